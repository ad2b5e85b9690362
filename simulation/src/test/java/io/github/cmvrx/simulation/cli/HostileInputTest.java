package io.github.cmvrx.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.simulation.cli.MainTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile probes of issue 12 that go through the command line, each through {@code
 * Main.run} as a user runs it: no silent wrong answer, no lost record, no crash with the wrong
 * exit code, no stack trace.
 */
class HostileInputTest {

  @TempDir Path dir;

  private static void noStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  /** Item 1: an index range that overflows a long is a usage error, not "violations 0". */
  @Test
  void verify_firstIndexOverflowingLong_usageErrorExit2() {
    Run r = MainTest.run("", "verify", "--first-index", "9223372036854775800", "--patients", "20");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("violations");
    assertThat(r.err()).contains("--first-index").contains("[0, 9223372036854775787]");
    noStackTrace(r);
  }

  /** Item 1: the last index a long can hold is still accepted (one patient). */
  @Test
  void verify_lastIndexOfLong_onePatientChecked() {
    Run r = MainTest.run("", "verify", "--first-index", "9223372036854775806", "--patients", "1");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("patients      1");
  }

  /** Item 6: a run of no patients checks nothing and is a usage error. */
  @Test
  void verify_zeroPatients_usageErrorExit2() {
    Run r = MainTest.run("", "verify", "--patients", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("violations");
    assertThat(r.err()).contains("--patients: value 0 must be >= 1");
  }

  /** Item 10: cohort keys that generate invalid patients are refused at load, exit 2. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"adultAgeYears\": {\"mean\": 300, \"sd\": 5, \"min\": 18, \"max\": 400}}"
            + "|adultAgeYears.max: value 400 is outside the accepted range [18, 120] years",
        "{\"adultAgeYears\": {\"mean\": 40, \"sd\": 5, \"min\": -5, \"max\": 90}}"
            + "|adultAgeYears.min: value -5 is outside the accepted range [18, 120] years",
        "{\"maleHeightCm\": {\"mean\": 10, \"sd\": 1, \"min\": 8, \"max\": 12}}"
            + "|maleHeightCm.min: value 8 is outside the accepted range [50, 250] cm",
        "{\"maxDaysOfIvTherapy\": 5000}"
            + "|maxDaysOfIvTherapy: value 5000 is outside the accepted range [0, 3650] days",
        "{\"maxDaysOfIvTherapy\": 1e10}"
            + "|maxDaysOfIvTherapy: value 10000000000 is outside the accepted range [0, 3650] days",
        "{\"maxMonthsCd4Above100\": 1e300}"
            + "|maxMonthsCd4Above100: value 1.0E300 is outside the accepted range [0, 1440] months",
        "{\"maleCreatinineMgDl\": {\"median\": 0.05, \"gsd\": 1.2, \"min\": 0.01, \"max\": 1}}"
            + "|maleCreatinineMgDl.min: value 0.01 is outside the accepted range [0.1, 20] mg/dL",
      })
  void verify_cohortGeneratingInvalidPatients_refusedAtLoadNamingKeyExit2(
      String json, String message) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Run r = MainTest.run("", "verify", "--cohort", file.toString(), "--patients", "50");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.out()).doesNotContain("violations");
    noStackTrace(r);
  }
}
