package io.github.cmvrx.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.exposure.ExposureEstimator;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.simulation.invariant.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exposure section of a what-if run, with the real engine and the CALDES-2009 model. */
class WhatIfExposureTest {

  private static final long SEED = 5;
  private static final int PATIENTS = 2000;
  private static final Policy A = Policy.defaults();
  private static final Policy B = Policy.builder().roundingMg(50).build();

  private static WhatIf whatIf(Policy a, Policy b) {
    return new WhatIf(
        new CohortGenerator(CohortSpecs.mixed(), SEED),
        a,
        b,
        Engine.ADVISOR,
        ExposureEstimator.caldes2009());
  }

  private static WhatIfReport report(WhatIfTally t) {
    return new WhatIfReport(
        new WhatIfRun(
            "mixed", SEED, 0, "a.json", "b.json", A, B, "test", "2026-12-02",
            "./cmvrx whatif ..."),
        t);
  }

  @Test
  void oneAndTwoThreadsWriteIdenticalExposureSections(@TempDir Path dir) throws Exception {
    WhatIfTally one = whatIf(A, B).run(0, PATIENTS, 1, n -> {});
    WhatIfTally two = whatIf(A, B).run(0, PATIENTS, 2, n -> {});
    assertThat(one.exposure).isNotNull().isEqualTo(two.exposure);
    report(one).write(dir.resolve("one"));
    report(two).write(dir.resolve("two"));
    List<String> files;
    try (Stream<Path> s = Files.list(dir.resolve("one"))) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files)
        .contains(
            "exposure_distribution.csv",
            "exposure_by_kidney_band.csv",
            "exposure_by_weight_band.csv",
            "exposure_paired_change.csv",
            "exposure_transitions.csv",
            "exposure_not_estimated.csv");
    for (String f : files) {
      assertThat(Files.readString(dir.resolve("two").resolve(f), StandardCharsets.UTF_8))
          .as(f)
          .isEqualTo(Files.readString(dir.resolve("one").resolve(f), StandardCharsets.UTF_8));
    }
    String json = Files.readString(dir.resolve("one").resolve("whatif.json"));
    assertThat(json).contains("\"exposureDistribution\"").contains("\"exposurePairedChange\"");
    String html = Files.readString(dir.resolve("one").resolve("report.html"));
    assertThat(html).contains("Ganciclovir exposure (CALDES-2009)").contains("reference 80-120");
  }

  @Test
  void withoutExposureTheReportHasNoExposureSection() {
    WhatIf plain =
        new WhatIf(new CohortGenerator(CohortSpecs.mixed(), SEED), A, B, Engine.ADVISOR);
    WhatIfTally t = plain.run(0, 500, 1, n -> {});
    assertThat(t.exposure).isNull();
    WhatIfReport r = report(t);
    assertThat(r.tables().keySet()).noneMatch(k -> k.startsWith("exposure"));
    assertThat(r.json()).doesNotContain("exposure");
    assertThat(r.html()).doesNotContain("exposure");
    assertThat(r.summary()).doesNotContain("exposure");
  }

  @Test
  void everyGanciclovirComponentIsCountedOncePerPolicy() {
    // independent count: walk the same cohort and count ganciclovir and valganciclovir
    // components of each policy's regimen
    CohortGenerator g = new CohortGenerator(CohortSpecs.mixed(), SEED);
    long[] expected = new long[2];
    Policy[] policies = {A, B};
    for (int i = 0; i < PATIENTS; i++) {
      PatientCase c = g.generate(i);
      for (int p = 0; p < 2; p++) {
        for (RegimenComponent rc : Engine.ADVISOR.recommend(c, policies[p]).regimen()) {
          if (rc.drug().isGanciclovirFamily()) {
            expected[p]++;
          }
        }
      }
    }
    ExposureTally x = whatIf(A, B).run(0, PATIENTS, 1, n -> {}).exposure;
    assertThat(x).isNotNull();
    for (int p = 0; p < 2; p++) {
      long counted = 0;
      for (long[] band : x.byKidneyBand[p]) {
        for (long n : band) {
          counted += n;
        }
      }
      assertThat(counted).as("policy %d", p).isEqualTo(expected[p]).isPositive();
    }
    long patients = 0;
    for (long[] row : x.transitions) {
      for (long n : row) {
        patients += n;
      }
    }
    assertThat(patients).isEqualTo(PATIENTS);
  }

  @Test
  void samePolicyTwiceChangesNoPatientsExposure() {
    // the etas depend on (seed, index) only, so the same policy twice gives every patient the
    // same exposure: every paired change is 0 and every transition is on the diagonal
    ExposureTally x = whatIf(A, A).run(0, PATIENTS, 2, n -> {}).exposure;
    assertThat(x).isNotNull();
    assertThat(x.aucChange.count()).isPositive();
    assertThat(x.aucChange.unchanged).isEqualTo(x.aucChange.count());
    assertThat(x.cminChange.unchanged).isEqualTo(x.cminChange.count());
    for (int i = 0; i < x.transitions.length; i++) {
      for (int j = 0; j < x.transitions.length; j++) {
        if (i != j) {
          assertThat(x.transitions[i][j]).isZero();
        }
      }
    }
  }

  @Test
  void roundingToFiftyMgNeverRaisesAuc24() {
    // B rounds IV doses to a multiple of 50 mg, never above the computed dose (clinical basis §3.0,
    // Decision (practical doses)); the patient's etas are the same under both policies, so the
    // paired AUC24 change has the sign of the dose change: never up, down for some.
    ExposureTally x = whatIf(A, B).run(0, PATIENTS, 1, n -> {}).exposure;
    assertThat(x).isNotNull();
    assertThat(x.aucChange.increases.count()).isZero();
    assertThat(x.aucChange.decreases.count()).isPositive();
    assertThat(x.aucChange.mean()).isNegative();
  }

  @Test
  void signedHistogramPercentiles() {
    ExposureTally.SignedHistogram h = new ExposureTally.SignedHistogram();
    for (double v : new double[] {-10, -1, 0, 0, 2, 20}) {
      h.add(v);
    }
    assertThat(h.count()).isEqualTo(6);
    assertThat(h.mean()).isCloseTo(11.0 / 6, within(1e-12));
    // sorted: -10, -1, 0, 0, 2, 20; p0..p16.7 -> -10 (bin centre within 2.3%)
    assertThat(h.percentile(10)).isCloseTo(-10, within(0.23));
    assertThat(h.percentile(30)).isCloseTo(-1, within(0.023));
    assertThat(h.percentile(50)).isEqualTo(0);
    assertThat(h.percentile(80)).isCloseTo(2, within(0.046));
    assertThat(h.percentile(100)).isCloseTo(20, within(0.46));
  }
}
