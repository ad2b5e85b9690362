package io.github.cmvrx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.cli.MainTest.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
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

  private String caseJson(String id, String creatinine) throws Exception {
    String example =
        Files.readString(Path.of("..", "examples", "hiv-cmv-encephalitis.json"), StandardCharsets.UTF_8);
    String oneLine = example.replace("\n", " ").replace("\r", " ");
    oneLine = oneLine.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("\"id\": " + id));
    return oneLine.replaceFirst(
        "\"serumCreatinine\"\\s*:\\s*\\{[^}]*\\}",
        "\"serumCreatinine\": {\"value\": " + creatinine + ", \"unit\": \"mg/dL\"}");
  }

  private static long lines(String out) {
    return out.lines().count();
  }

  /** Item 7: the probe line (creatinine 5e-324) no longer stops the run: every line answered. */
  @Test
  void ndjson_extremeCreatinineLine_everyLineAnsweredInOrder() throws Exception {
    String in = caseJson("\"a\"", "0.9") + "\n" + caseJson("\"b\"", "5e-324") + "\n"
        + caseJson("\"c\"", "0.9") + "\n";
    Run r = MainTest.run(in, "recommend", "--ndjson", "-");
    assertThat(r.exitCode()).isZero();
    List<String> out = r.out().lines().toList();
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).contains("\"id\":\"a\"").contains("\"status\":\"ok\"");
    assertThat(out.get(1)).contains("\"status\":\"refused\"").contains("\"line\":2");
    assertThat(out.get(2)).contains("\"id\":\"c\"").contains("\"status\":\"ok\"");
  }

  /** Item 7: a line the engine throws on gets an error line; the run goes on; exit 3. */
  @Test
  void ndjson_engineThrowsOnOneLine_errorLineRunGoesOnExit3() throws Exception {
    String in = caseJson("\"a\"", "0.9") + "\n" + caseJson("\"boom\"", "0.9") + "\n"
        + caseJson("\"c\"", "0.9") + "\n";
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == RecommendCommand.class) {
              return cls.cast(
                  new RecommendCommand(
                      (c, p) -> {
                        if (c.id().orElse("").equals("boom")) {
                          throw new IllegalStateException("engine failure on purpose");
                        }
                        return TreatmentAdvisor.recommend(c, p);
                      }));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.execute(
            new CommandLine(new Main(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))), factory),
            new String[] {"recommend", "--ndjson", "-"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Main.EXIT_SOME_LINES_FAILED).isEqualTo(3);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith("{\"status\":\"error\"")
        .contains("engine failure on purpose")
        .endsWith("\"line\":2}");
    assertThat(lines.get(2)).contains("\"id\":\"c\"");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 line could not be answered (first: line 2)");
  }

  /** Item 8: a line of non-JSON whitespace is a refused line with its number, not skipped. */
  @ParameterizedTest
  @ValueSource(strings = {"\f", "\u000B", "\u001C", "\u001F", "\u2003", "\u2028", "\u3000"})
  void ndjson_lineOfNonJsonWhitespace_refusedWithItsNumber(String blank) throws Exception {
    String in = caseJson("\"a\"", "0.9") + "\n" + blank + "\n" + " \t \r\n" + caseJson("\"c\"", "0.9") + "\n";
    Run r = MainTest.run(in, "recommend", "--ndjson", "-");
    assertThat(r.exitCode()).isZero();
    List<String> out = r.out().lines().toList();
    // line 3 (space, tab, CR) is JSON whitespace and skipped; line 2 is answered with a refusal
    assertThat(out).hasSize(3);
    assertThat(out.get(1)).contains("\"status\":\"refused\"").contains("\"line\":2");
    assertThat(out.get(2)).contains("\"id\":\"c\"");
  }

  /** Item 9: a failing standard output (a full disk) is reported, exit 4, for every command. */
  @ParameterizedTest
  @ValueSource(strings = {"recommend", "recommend-ndjson", "explain", "verify", "rules"})
  void anyCommand_outputFails_saysSoExit4(String which) throws Exception {
    Path file = dir.resolve("case.json");
    Files.writeString(file, caseJson("\"a\"", "0.9"), StandardCharsets.UTF_8);
    String[] args =
        switch (which) {
          case "recommend" -> new String[] {"recommend", file.toString()};
          case "recommend-ndjson" -> new String[] {"recommend", "--ndjson", file.toString()};
          case "explain" -> new String[] {"explain", file.toString()};
          case "verify" -> new String[] {"verify", "--patients", "20"};
          default -> new String[] {"rules"};
        };
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(full, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Main.EXIT_OUTPUT_FAILED).isEqualTo(4);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write to standard output");
  }

  /** Items 5 and 16: explain reads as recommend does: a Latin-1 byte is refused as not UTF-8. */
  @Test
  void explain_latin1Byte_refusedAsNotUtf8LikeRecommend() throws Exception {
    Path file = dir.resolve("latin1.json");
    byte[] bytes = caseJson("\"caf\u00e9\"", "0.9").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    Run explain = MainTest.run("", "explain", file.toString());
    Run recommend = MainTest.run("", "recommend", file.toString());
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).contains("not valid UTF-8").doesNotContain("\uFFFD");
    assertThat(recommend.out()).contains("not valid UTF-8");
  }

  /** Item 16: a folder, a missing case file and a missing policy are named with the reason. */
  @Test
  void explain_folderOrMissingFiles_namedWithReasonExit2() throws Exception {
    Run folder = MainTest.run("", "explain", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains(dir.toString()).contains("is a directory");
    Path file = dir.resolve("case.json");
    Files.writeString(file, caseJson("\"a\"", "0.9"), StandardCharsets.UTF_8);
    Path missing = dir.resolve("x.json");
    Run policy = MainTest.run("", "explain", "--policy", missing.toString(), file.toString());
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err()).contains("policy file " + missing).contains("no such file");
    Run verify = MainTest.run("", "verify", "--patients", "5", "--policy", missing.toString());
    assertThat(verify.exitCode()).isEqualTo(2);
    assertThat(verify.err()).contains("--policy " + missing + ": no such file");
    noStackTrace(folder);
  }

  /** Item 12: explain reads at most 4 MiB of an endless input, then refuses it as too large. */
  @Test
  @Timeout(60)
  void explain_endlessInput_boundedAndRefused() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The engine seam of the old layout is gone: the refusal below (a refused case naming the
    // size limit, exit 0) is what shows the input never reached the engine.
    CommandLine cl = new CommandLine(new ExplainCommand(endless));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("-");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("larger than the limit");
  }

  /** Item 13: an id holding newlines and terminal controls cannot forge lines in explain. */
  @Test
  void explain_idWithNewlinesAndEscapes_escapedNotPrintedAsLines() throws Exception {
    Path file = dir.resolve("inject.json");
    String id =
        "\"x\\nStatus: ok\\nRegimen:\\n  1. INJECTED Ganciclovir 9999 mg IV every 1 h\\u001b[31m\\u0007\"";
    Files.writeString(file, caseJson(id, "0.9"), StandardCharsets.UTF_8);
    Run r = MainTest.run("", "explain", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).noneMatch(l -> l.startsWith("  1. INJECTED"));
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(r.out()).contains("Case: x\\u000AStatus: ok\\u000ARegimen:");
  }

  /** Item 13: a cohort name with terminal controls is escaped in the verify summary. */
  @Test
  void verify_cohortNameWithEscape_escapedInSummary() throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, "{\"name\": \"evil\\u001b[2J\\nviolations    0\"}", StandardCharsets.UTF_8);
    Run r = MainTest.run("", "verify", "--cohort", file.toString(), "--patients", "10");
    assertThat(r.out()).doesNotContain("\u001b").contains("evil\\u001B[2J\\u000Aviolations");
  }

  /** Item 11: whatif --out at an existing file fails before the run, exit 2. */
  @Test
  void whatif_outIsAFile_usageErrorBeforeTheRun() throws Exception {
    Path a = Path.of("..", "examples", "policies").toAbsolutePath();
    List<Path> policies;
    try (var s = Files.list(a)) {
      policies = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(2).toList();
    }
    Path file = dir.resolve("taken");
    Files.writeString(file, "x");
    for (Path out : List.of(file, file.resolve("below"))) {
      Run r =
          MainTest.run(
              "", "whatif", "--patients", "10", "--policy", policies.get(0).toString(),
              "--policy", policies.get(1).toString(), "--out", out.toString());
      assertThat(r.exitCode()).as(out.toString()).isEqualTo(2);
      assertThat(r.err()).contains("--out");
      assertThat(r.out()).isEmpty();
      noStackTrace(r);
    }
  }
}
