package io.github.cmvrx.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
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

/** What-if report v2 on the real engine: label defaults vs adjusted dosing weight. */
class WhatIfReportV2Test {
  static final long PATIENTS = 4000;
  static final Policy ADJUSTED = Policy.builder().dosingWeight(WeightBasis.ADJUSTED).build();

  static WhatIfReport report(int threads) {
    WhatIf w =
        new WhatIf(
            new CohortGenerator(CohortSpecs.mixed(), 1), Policy.defaults(), ADJUSTED, Engine.ADVISOR);
    WhatIfTally t = w.run(0, PATIENTS, threads, n -> {});
    return new WhatIfReport(
        new WhatIfRun(
            "mixed", 1, 0, "default.json", "adjusted-weight.json", Policy.defaults(), ADJUSTED,
            "test", "2026-12-02", "./cmvrx whatif ..."),
        t);
  }

  private static long column(String csv, String firstCell, int column) {
    String line =
        csv.lines().filter(l -> l.startsWith(firstCell + ",")).findFirst().orElseThrow();
    return Long.parseLong(line.split(",")[column]);
  }

  @Test
  void obesityRule_countedFromAlertsForTheObese_andWeightBandShown() {
    WhatIfReport r = report(1);
    var tables = r.tables();
    String rules = tables.get("rules").csv();
    // ADV-OBESITY-WEIGHT raises an alert (actual weight > 1.3 x IBW, spec 7) whatever the dosing
    // weight, so it fires for the same obese patients under both policies, and not for zero.
    long a = column(rules, RuleId.ADV_OBESITY_WEIGHT.id(), 2);
    long b = column(rules, RuleId.ADV_OBESITY_WEIGHT.id(), 3);
    String byIbw = tables.get("by_weight_vs_ibw").csv();
    long obese = column(byIbw, "actual > 1.3 x IBW (obese)", 1);
    assertThat(obese).isGreaterThan(100);
    assertThat(a).isEqualTo(b);
    // Every obese patient answered under a gets the alert (unless refused: out of scope).
    assertThat(a).isGreaterThan(obese * 9 / 10).isLessThanOrEqualTo(obese);
    // Only the obese change dose: adjusted weight is the actual weight for everyone else.
    long changedObese = column(byIbw, "actual > 1.3 x IBW (obese)", 2);
    assertThat(changedObese).isGreaterThan(0);
    assertThat(column(byIbw, "actual <= 1.3 x IBW", 2)).isZero();
    assertThat(tables.get("by_bmi_band").csv()).contains("BMI >= 40 kg/m2");
    String html = r.html();
    assertThat(html)
        .contains("actual weight vs ideal body weight")
        .contains("BMI 30 to &lt; 35 kg/m2")
        .contains("Clinical disclaimer")
        .contains("cmvrx test, run on 2026-12-02")
        .contains("choice dosingWeight: label actual -&gt; adjusted")
        .contains("<td>" + RuleId.ADV_OBESITY_WEIGHT.id() + "</td><td class=\"n\">" + a + "</td>")
        .doesNotContain("<script", "src=", "href=", "@import");
  }

  @Test
  void dailyDoses_exactPercentilesAreDosesGiven() {
    WhatIfReport r = report(1);
    String daily = r.tables().get("daily_dose").csv();
    // Maribavir is 400, 800 or 1200 mg twice daily (MBV-PI): 800, 1600 or 2400 mg a day; an exact
    // percentile can only be one of these.
    String maribavir =
        daily.lines().filter(l -> l.startsWith("a,maribavir,")).findFirst().orElseThrow();
    String[] cells = maribavir.split(",");
    for (int i = 5; i <= 9; i++) {
      assertThat(cells[i]).as(maribavir).isIn("800", "1600", "2400", "");
    }
    assertThat(r.tables().get("changes").csv()).contains("share_changed_percent");
    assertThat(r.json()).contains("\"schemaVersion\" : 2").contains("\"tool\" : \"cmvrx whatif\"");
  }

  @Test
  void oneAndTwoThreads_identicalJsonAndCsv(@TempDir Path dir) throws Exception {
    report(1).write(dir.resolve("t1"));
    report(2).write(dir.resolve("t2"));
    List<String> files;
    try (Stream<Path> s = Files.list(dir.resolve("t1"))) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).contains("whatif.json", "rules.csv", "by_weight_vs_ibw.csv", "report.html");
    for (String f : files) {
      // Same run description here, so the HTML (which carries the date) is identical too.
      assertThat(Files.readString(dir.resolve("t2").resolve(f), StandardCharsets.UTF_8))
          .as(f)
          .isEqualTo(Files.readString(dir.resolve("t1").resolve(f), StandardCharsets.UTF_8));
    }
  }
}
