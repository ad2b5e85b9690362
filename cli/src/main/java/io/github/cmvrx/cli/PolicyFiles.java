package io.github.cmvrx.cli;

import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.text.Escape;
import io.github.cmvrx.simulation.text.IoReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Reads the policy file named by an option of {@code verify} and {@code whatif} through the
 * contract facade ({@link JsonAdvisor#policy(Path)}); an invalid file is a usage error naming
 * every problem, never replaced by the defaults.
 */
final class PolicyFiles {
  private PolicyFiles() {}

  /**
   * Reads a policy file, turning every failure into a usage error that names the option.
   *
   * @param cl the command line, for the usage error
   * @param file the file, or null for the defaults
   * @param option the option name, e.g. {@code --policy}
   * @return the policy
   * @throws CommandLine.ParameterException if the file cannot be read or is invalid
   */
  static Policy readOrUsageError(CommandLine cl, @Nullable Path file, String option) {
    if (file == null) {
      return Policy.defaults();
    }
    Optional<String> unreadable = IoReason.unreadable(file);
    if (unreadable.isPresent()) {
      throw new CommandLine.ParameterException(
          cl, option + " " + Escape.text(file.toString()) + ": " + unreadable.get());
    }
    try {
      return JsonAdvisor.policy(file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          cl, option + " " + Escape.text(file.toString()) + ": " + IoReason.of(e), e);
    } catch (IllegalArgumentException e) {
      // Policy values are echoed in the message: escape them (issue 12 item 13).
      throw new CommandLine.ParameterException(
          cl,
          option
              + " "
              + Escape.text(file.toString())
              + ": "
              + Escape.text(String.valueOf(e.getMessage())),
          e);
    }
  }
}
