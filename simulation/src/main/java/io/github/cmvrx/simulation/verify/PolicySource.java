package io.github.cmvrx.simulation.verify;

import io.github.cmvrx.dosing.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

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

  /**
   * Reads a policy file, turning every failure into a usage error that names the option.
   *
   * @param cl the command line, for the usage error
   * @param file the file, or null for the defaults
   * @param option the option name, e.g. {@code --policy}
   * @return the policy
   * @throws CommandLine.ParameterException if the file cannot be read or is invalid
   */
  default Policy readOrUsageError(CommandLine cl, @Nullable Path file, String option) {
    if (file == null) {
      return Policy.defaults();
    }
    try {
      return read(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, option + " " + file + ": " + e.getMessage(), e);
    }
  }
}
