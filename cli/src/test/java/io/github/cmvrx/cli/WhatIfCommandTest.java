package io.github.cmvrx.cli;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.simulation.invariant.Engine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WhatIfCommandTest {

  /**
   * A stand-in engine whose answer depends on the policy's rounding: ganciclovir 5 mg/kg q12h on
   * actual weight, rounded to the policy's increment. Only the what-if mechanics are under test.
   */
  static final Engine ROUNDING_ENGINE =
      (c, p) -> {
        double mg = 5 * c.patient().weight().kilograms();
        if (p.roundingMg() > 0) {
          mg = Math.round(mg / p.roundingMg()) * p.roundingMg();
        }
        return Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addRegimen(
                RegimenComponent.builder()
                    .drug(Drug.GANCICLOVIR)
                    .route(Route.IV)
                    .dose(Milligrams.of(mg))
                    .doseMgPerKg(5)
                    .intervalHours(12)
                    .infusionMinutes(60)
                    .ruleId(RuleId.DOSE_GCV_RENAL)
                    .build())
            .addRationale(RationaleEntry.of(RuleId.DOSE_GCV_RENAL, "test"))
            .build();
      };

  @CanIgnoreReturnValue
  static int run(Path dir, String threads, StringWriter out) throws Exception {
    // Policy A: the label defaults; policy B: round every dose to 50 mg.
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("b.json"), "{\"roundingMg\": 50}");
    CommandLine cl = new CommandLine(new WhatIfCommand(ROUNDING_ENGINE));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(
        "--cohort", "mixed", "--patients", "6000", "--seed", "2", "--threads", threads,
        "--policy", dir.resolve("a.json").toString(), "--policy", dir.resolve("b.json").toString(),
        "--out", dir.resolve("out" + threads).toString());
  }

  @Test
  void whatif_oneAndTwoThreads_identicalJsonAndCsv(@TempDir Path dir) throws Exception {
    StringWriter out1 = new StringWriter();
    StringWriter out2 = new StringWriter();
    assertThat(run(dir, "1", out1)).isEqualTo(0);
    assertThat(run(dir, "2", out2)).isEqualTo(0);
    List<String> files;
    try (Stream<Path> s = Files.list(dir.resolve("out1"))) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files)
        .contains(
            "by_host.csv", "by_kidney_band.csv", "by_bmi_band.csv", "by_age_group.csv",
            "by_disease_site.csv", "changes.csv", "daily_dose.csv", "dose_change.csv",
            "examples.csv", "policies.csv", "regimen_moves.csv", "report.html", "rules.csv",
            "whatif.json");
    for (String f : files) {
      if (f.endsWith(".html")) {
        continue; // the HTML carries the date of the run; JSON and CSV carry no clock
      }
      assertThat(Files.readString(dir.resolve("out2").resolve(f), StandardCharsets.UTF_8))
          .as(f)
          .isEqualTo(Files.readString(dir.resolve("out1").resolve(f), StandardCharsets.UTF_8));
    }
  }

  @Test
  void whatif_roundingPolicy_changesDosesButNotRegimens(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    assertThat(run(dir, "1", out)).isEqualTo(0);
    String changes = Files.readString(dir.resolve("out1").resolve("changes.csv"));
    assertThat(changes).contains("regimen,regimen (drugs and routes),6000,0,0\n");
    // Rounding 5 mg/kg x weight to 50 mg leaves it unchanged only when it already is a multiple.
    String doseLine = changes.lines().filter(l -> l.startsWith("dose,")).findFirst().orElseThrow();
    long changed = Long.parseLong(doseLine.split(",")[3]);
    assertThat(changed).isGreaterThan(5900);
    assertThat(out.toString()).contains("dose").contains("ganciclovir");
    String html = Files.readString(dir.resolve("out1").resolve("report.html"));
    // Self-contained: inline SVG, nothing loaded from anywhere (the SVG namespace URI is a name).
    assertThat(html).contains("class=\"bars\"").doesNotContain("<script", "src=", "href=", "@import");
  }

  @Test
  void whatif_onePolicy_usageErrorExit2(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), "{}");
    CommandLine cl = new CommandLine(new WhatIfCommand(ROUNDING_ENGINE));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("--patients", "1", "--policy", dir.resolve("a.json").toString())).isEqualTo(2);
  }
}
