package io.github.cmvrx.cli;

import io.github.cmvrx.simulation.text.RulesText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code rules [--json]} command: prints every rule id with its description and sources. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Print every rule id with its description and sources.")
public final class RulesCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of text.")
  private boolean json;

  /** Creates the command; picocli sets the options. */
  public RulesCommand() {}

  /**
   * Prints the catalogue to picocli's standard output.
   *
   * @return the exit code, 0
   */
  @Override
  public Integer call() {
    spec.commandLine().getOut().print(json ? RulesText.json() : RulesText.text());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
