package io.github.cmvrx.cli;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The top command: version, help, usage errors. */
class MainTest {

  /** The result of one in-process run. */
  record Run(int exitCode, String out, String err) {}

  @CanIgnoreReturnValue
  static Run run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  @CanIgnoreReturnValue
  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            stdin,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_version_printsProjectVersion() {
    Run r = run("", "--version");
    assertThat(r.exitCode()).isZero();
    // The build filters version.properties with the Maven project version (simulation/pom.xml).
    assertThat(r.out().trim()).matches("cmvrx \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void version_fromBuild_isNotTheFallback() {
    assertThat(VersionProvider.version()).isNotEqualTo(VersionProvider.FALLBACK);
  }

  @Test
  void run_help_listsRecommend() {
    Run r = run("", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("recommend").contains("Exit codes");
  }

  @Test
  void run_noCommand_usageOnStderrExit2() {
    Run r = run("");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Usage: cmvrx");
  }

  @Test
  void run_unknownCommand_exit2() {
    Run r = run("", "recomend", "x.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("recomend");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void run_unknownOption_exit2() {
    Run r = run("", "recommend", "--polcy", "p.json", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--polcy");
  }

  /** A command that fails as a bug would. */
  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("kaboom");
    }
  }

  static Run runWithBoom(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    picocli.CommandLine commandLine =
        new picocli.CommandLine(new Main(new ByteArrayInputStream(new byte[0])));
    commandLine.addSubcommand(new Boom());
    int code =
        Main.execute(
            commandLine,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_internalError_exit1MessageWithoutStackTrace() {
    Run r = runWithBoom("boom");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INTERNAL_ERROR);
    assertThat(r.err()).contains("internal error: IllegalStateException: kaboom").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void run_internalErrorWithDebug_printsStackTrace() {
    Run r = runWithBoom("--debug", "boom");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INTERNAL_ERROR);
    assertThat(r.err()).contains("kaboom").contains("\tat ");
  }
}
