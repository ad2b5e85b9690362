package io.github.cmvrx.cli;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.simulation.invariant.Engine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {

  /** Runs the command; returns exit code and what went to standard output. */
  record Run(int exit, String out, String err) {}

  @CanIgnoreReturnValue
  static Run run(Engine engine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new VerifyCommand(engine));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** An engine that always gives letermovir as treatment (clinical basis §4.10 forbids it). */
  static final Engine LETERMOVIR_ENGINE =
      (c, p) ->
          Recommendation.builder()
              .status(Status.OK)
              .phase(RecommendationPhase.INDUCTION)
              .addRegimen(
                  RegimenComponent.builder()
                      .drug(Drug.LETERMOVIR)
                      .route(Route.ORAL)
                      .dose(Milligrams.of(480))
                      .intervalHours(24)
                      .ruleId(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY)
                      .build())
              .addRationale(RationaleEntry.of(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY, "wrong on purpose"))
              .assessment(
                  Assessment.builder()
                      .dosingWeight(c.patient().weight())
                      .bodySurfaceArea(BodySurfaceArea.squareMetres(1.8))
                      .renalReplacement(c.patient().renalReplacement())
                      .paediatric(false)
                      .build())
              .build();

  @Test
  void verify_realEngine_noViolationsExit0() {
    Run r = run(Engine.ADVISOR, "--cohort", "mixed", "--patients", "2000", "--seed", "5", "--threads", "2");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("patients      2000")
        .contains("ok            2000")
        .contains("violations    0");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void verify_wrongEngine_reportsViolationWithSeedIndexAndCaseExit1() {
    Run r = run(LETERMOVIR_ENGINE, "--cohort", "hsct", "--patients", "50", "--seed", "9");
    assertThat(r.exit()).isEqualTo(VerifyCommand.EXIT_VIOLATION);
    assertThat(r.out())
        .contains("no-letermovir-in-regimen                   50")
        .contains("VIOLATION 1: invariant ")
        .contains("seed 9, index 0")
        .contains("case: {\"patient\":");
  }

  @Test
  void verify_oneAndTwoThreads_sameSummary() {
    Run one = run(LETERMOVIR_ENGINE, "--patients", "9000", "--seed", "3", "--threads", "1");
    Run two = run(LETERMOVIR_ENGINE, "--patients", "9000", "--seed", "3", "--threads", "2");
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void verify_firstIndex_reproducesAViolation() {
    Run all = run(LETERMOVIR_ENGINE, "--patients", "10", "--seed", "4", "--max-reported", "100");
    Run single = run(LETERMOVIR_ENGINE, "--patients", "1", "--seed", "4", "--first-index", "7");
    String line7 =
        all.out().lines().filter(l -> l.contains("index 7:")).findFirst().orElseThrow();
    assertThat(single.out()).contains(line7.substring(line7.indexOf("invariant")));
  }

  @Test
  void verify_unknownCohort_usageErrorExit2() {
    Run r = run(Engine.ADVISOR, "--cohort", "no-such-preset-or-file", "--patients", "1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-preset-or-file");
  }

  @Test
  void verify_negativePatients_usageErrorExit2() {
    assertThat(run(Engine.ADVISOR, "--patients", "-1").exit()).isEqualTo(2);
  }

  @Test
  void verify_policyFile_readByPolicyJson_invalidIsUsageError(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.json");
    Files.writeString(p, "{\"roundingMg\": 25}");
    Run ok = run(Engine.ADVISOR, "--patients", "20", "--policy", p.toString());
    assertThat(ok.exit()).isEqualTo(0);
    assertThat(ok.out()).contains("policy " + p);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"roundingMgg\": 25}");
    Run r = run(Engine.ADVISOR, "--patients", "1", "--policy", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("roundingMgg");
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, " { } ");
    assertThat(run(Engine.ADVISOR, "--patients", "1", "--policy", empty.toString()).exit()).isEqualTo(0);
  }

  @Test
  void verify_cohortFile_isRead(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("small.json");
    Files.writeString(f, "{\"base\":\"hiv-cns\",\"patients\":30}");
    Run r = run(Engine.ADVISOR, "--cohort", f.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("cohort small").contains("patients      30");
  }

  @Test
  void verify_badCohortFile_usageErrorNamingTheKey(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"patientz\":30}");
    Run r = run(Engine.ADVISOR, "--cohort", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("patientz");
  }
}
