package io.github.cmvrx.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cmvrx} program. Subcommands are registered in one place, the {@code subcommands}
 * list of the {@link Command} annotation below: adding a command is adding one class there.
 */
@Command(
    name = "cmvrx",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Decision and dosing support for the treatment of severe CMV infection.",
    footer = {
      "",
      "Exit codes: 0 answered (a refused case is still 0), 1 internal error,"
          + " 2 usage error or unreadable input.",
      "Decision support only: verify every dose; this does not replace clinical judgement."
    },
    subcommands = {
      RecommendCommand.class,
      ExplainCommand.class,
      RulesCommand.class,
      VerifyCommand.class,
      WhatIfCommand.class,
      PolicyCommand.class,
      FhirCommand.class,
      CardsCommand.class,
      ServeCommand.class,
      HelpCommand.class,
    })
public final class Main implements Callable<Integer> {
  /** Exit code: done (a refused case is an answer, so still 0). */
  public static final int EXIT_OK = 0;

  /** Exit code: an internal error (a bug); the message is on standard error. */
  public static final int EXIT_INTERNAL_ERROR = 1;

  /** Exit code: a usage error, or input that could not be read (missing file, bad policy). */
  public static final int EXIT_USAGE = 2;

  private static final String DEBUG = "--debug";

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  @Option(
      names = DEBUG,
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  private boolean debug;

  private final InputStream stdin;

  Main(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Returns the standard input the program was given.
   *
   * @return the input stream, never closed by commands
   */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  /**
   * Runs the program in-process with the given streams.
   *
   * @param args the command-line arguments
   * @param in standard input
   * @param out standard output (JSON only)
   * @param err standard error (messages)
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_INTERNAL_ERROR} or {@link #EXIT_USAGE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return execute(new CommandLine(new Main(in)), args, out, err);
  }

  /** Runs an assembled command line (tests add commands to it) with the given streams. */
  static int execute(CommandLine commandLine, String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean debug = Arrays.asList(args).contains(DEBUG);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          failed.getOut().flush();
          errWriter.println(
              failed.getCommandName() + ": internal error: " + describe(exception));
          if (debug) {
            exception.printStackTrace(errWriter);
          } else {
            errWriter.println("(run again with --debug for the stack trace)");
          }
          return EXIT_INTERNAL_ERROR;
        });
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return message == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + message;
  }

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }
}
