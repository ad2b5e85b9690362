package io.github.cmvrx.simulation.verify;

import io.github.cmvrx.dosing.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a policy file. The real reader is {@code io.github.cmvrx.dosing.json.PolicyJson.read}
 * (written in parallel); until it is wired in, {@link #DEFAULTS_ONLY} accepts only {@code {}}
 * (all defaults) and refuses anything else with a message saying so, so no policy is ever
 * silently replaced by the defaults.
 */
@FunctionalInterface
public interface PolicySource {
  /** The temporary reader: {@code {}} only. */
  PolicySource DEFAULTS_ONLY =
      file -> {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.replaceAll("\\s", "").equals("{}")) {
          return Policy.defaults();
        }
        throw new IllegalArgumentException(
            "policy "
                + file
                + ": only {} (all defaults) can be read until the policy JSON reader"
                + " (PolicyJson.read) is wired in");
      };

  /**
   * Reads the policy in a file.
   *
   * @param file the file
   * @return the policy
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the key, if the policy is invalid
   */
  Policy read(Path file) throws IOException;
}
