package io.github.cmvrx.simulation.verify;

import io.github.cmvrx.simulation.text.Escape;
import io.github.cmvrx.simulation.text.IoReason;
import java.util.Optional;

import io.github.cmvrx.dosing.json.JsonResult;
import io.github.cmvrx.dosing.json.PolicyJson;
import io.github.cmvrx.dosing.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Reads a policy file. {@link #JSON} reads the policy JSON of the shared case-format with {@code
 * PolicyJson}; an invalid file is refused with every problem named, never replaced by the
 * defaults.
 */
@FunctionalInterface
public interface PolicySource {
  /** The policy JSON reader of the shared case-format. */
  PolicySource JSON =
      file -> {
        JsonResult<Policy> result = PolicyJson.read(Files.readString(file, StandardCharsets.UTF_8));
        if (result instanceof JsonResult.Valid<Policy> valid) {
          return valid.value();
        }
        throw new IllegalArgumentException(
            String.join("; ", PolicyJson.describe((JsonResult.Invalid<Policy>) result)));
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
    Optional<String> unreadable = IoReason.unreadable(file);
    if (unreadable.isPresent()) {
      throw new CommandLine.ParameterException(
          cl, option + " " + Escape.text(file.toString()) + ": " + unreadable.get());
    }
    try {
      return read(file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          cl, option + " " + Escape.text(file.toString()) + ": " + IoReason.of(e), e);
    } catch (IllegalArgumentException e) {
      // Policy values are echoed in the message: escape them (issue 12 item 13).
      throw new CommandLine.ParameterException(
          cl,
          option + " " + Escape.text(file.toString()) + ": " + Escape.text(String.valueOf(e.getMessage())),
          e);
    }
  }
}
