package io.github.cmvrx.spark;

import io.github.cmvrx.core.text.Disclaimer;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code cmvrx-spark}: {@code verify}, {@code whatif} and {@code score} on Apache Spark. The
 * entry point of {@code ./cmvrx-spark} (local mode) and of {@code spark-submit --class
 * io.github.cmvrx.spark.Main} on a cluster.
 */
@Command(
    name = "cmvrx-spark",
    mixinStandardHelpOptions = true,
    description = "verify, whatif and batch scoring of CMV treatment recommendations on Apache Spark.",
    footer = {
      "",
      "Exit codes: 0 done, 1 internal error, an invariant violated (verify) or a failed count"
          + " check (score), 2 usage error or unreadable input.",
      Disclaimer.TEXT
    },
    subcommands = {
      VerifySparkCommand.class,
      WhatIfSparkCommand.class,
      ScoreCommand.class,
      HelpCommand.class,
    })
public final class Main implements Callable<Integer> {
  private static final String DEBUG = "--debug";

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  @Option(
      names = DEBUG,
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  private boolean debug;

  /** Creates the top command (picocli fills it). */
  public Main() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /**
   * Runs the program in-process with the given command line and streams; the Spark session, if
   * one was started, is left running for the caller (tests share one).
   *
   * @param commandLine the assembled command line
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(CommandLine commandLine, String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean debug = Arrays.asList(args).contains(DEBUG);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          failed.getOut().flush();
          String message = exception.getMessage();
          errWriter.println(
              failed.getCommandName()
                  + ": internal error: "
                  + (message == null ? exception.getClass().getName() : message));
          if (debug) {
            exception.printStackTrace(errWriter);
          } else {
            errWriter.println("(run again with --debug for the stack trace)");
          }
          return 1;
        });
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Runs the program, stops Spark and exits with the exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    int code;
    try {
      code = execute(new CommandLine(new Main()), args, System.out, System.err);
    } finally {
      scala.Option<SparkSession> session = SparkSession.getDefaultSession();
      if (session.isDefined()) {
        session.get().stop();
      }
    }
    System.exit(code);
  }
}
