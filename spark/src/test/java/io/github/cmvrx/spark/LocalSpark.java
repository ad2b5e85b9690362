package io.github.cmvrx.spark;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * One local[2] Spark session for every test class of the module (starting Spark takes seconds),
 * and helpers that run the cmvrx and cmvrx-spark command lines in-process.
 */
final class LocalSpark {
  private LocalSpark() {}

  private static SparkSession session;

  /** Returns the shared session, started on first use; Spark stops it at JVM exit. */
  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("cmvrx-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .getOrCreate();
    }
    return session;
  }

  /** What a command printed and returned. */
  record Run(int exit, String out, String err) {}

  /** Runs {@code cmvrx-spark} in-process on the shared session ({@code --master} is ignored). */
  @CanIgnoreReturnValue
  static Run spark(CommandLine commandLine, String... args) {
    var unused = session();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.execute(
            commandLine,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the single-JVM {@code cmvrx} in-process. */
  @CanIgnoreReturnValue
  static Run cmvrx(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        io.github.cmvrx.cli.Main.run(
            args,
            new java.io.ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
