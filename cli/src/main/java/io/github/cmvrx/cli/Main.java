package io.github.cmvrx.cli;

import io.github.cmvrx.core.text.Disclaimer;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
          + " 2 usage error or unreadable input, 3 some NDJSON lines could not be answered,"
          + " 4 the output could not be written.",
      Disclaimer.TEXT
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

  /**
   * Exit code: NDJSON, some lines could not be answered by the engine; each has an error line
   * with its number and the run went on (docs/decisions/0902).
   */
  public static final int EXIT_SOME_LINES_FAILED = 3;

  /**
   * Exit code: the output could not be written (full disk, closed pipe): answers were lost
   * (docs/decisions/0902).
   */
  public static final int EXIT_OUTPUT_FAILED = 4;

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

  private @Nullable PrintStream stdout;

  Main(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Returns whether writing standard output has failed so far (flushing what is buffered).
   *
   * @param out the command's writer onto standard output
   * @return true if an answer could not be written
   */
  boolean outputFailed(PrintWriter out) {
    out.flush();
    PrintStream s = stdout;
    return out.checkError() || (s != null && s.checkError());
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
    Main main = new Main(in);
    main.stdout = out;
    return execute(new CommandLine(main), args, out, err);
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
      int code = commandLine.execute(args);
      outWriter.flush();
      if (outWriter.checkError() || out.checkError()) {
        // A full disk or a closed pipe: every answer may be lost, so say so (issue 12 item 9).
        errWriter.println(
            "cmvrx: cannot write to standard output (disk full, or the reader closed it):"
                + " answers were lost");
        return EXIT_OUTPUT_FAILED;
      }
      return code;
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
