package io.github.cmvrx.cli;

import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.PolicyReport;
import io.github.cmvrx.contract.JsonAdvisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy check FILE}: validates a policy file (its choices, cut-offs and local tables, with
 * the same checks as the label tables), prints it resolved and, row by row, how it differs from
 * the label defaults. Exit 0 when valid, 2 when refused (every problem named: key, file, line).
 */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Work with policy files.",
    subcommands = {PolicyCommand.Check.class})
public final class PolicyCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  CommandSpec spec;

  /** Creates the command; picocli sets the options. */
  public PolicyCommand() {}

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: check FILE");
  }

  /** {@code policy check FILE}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Validate a policy, print it resolved and how it differs from the label defaults;"
              + " exit 0 valid, 2 refused.")
  public static final class Check implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The policy JSON file.")
    @SuppressWarnings("NullAway.Init") // required parameter, set by picocli before call()
    Path file;

    /** Creates the command; picocli sets the parameter. */
    public Check() {}

    @Override
    public Integer call() {
      CommandLine cl = spec.commandLine();
      Policy policy;
      try {
        policy = JsonAdvisor.policy(file);
      } catch (IOException | IllegalArgumentException e) {
        PrintWriter err = cl.getErr();
        err.println("policy " + file + ": refused");
        err.println("  " + e.getMessage());
        err.flush();
        return 2;
      }
      cl.getOut().print(PolicyReport.text(file.toString(), policy));
      cl.getOut().flush();
      return 0;
    }
  }
}
