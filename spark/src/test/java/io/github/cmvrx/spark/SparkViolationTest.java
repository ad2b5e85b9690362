package io.github.cmvrx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.invariant.Engine;
import io.github.cmvrx.cli.VerifyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A cohort that hits a violation reports the same violations, with their seed, index and case,
 * on Spark as on one JVM. The violation is forced honestly: the real engine, wrapped so that for
 * some patients (age in years divisible by 9) it adds letermovir to an answered regimen, which
 * the invariant {@code no-letermovir-in-regimen} forbids (letermovir is prophylaxis only). The
 * invariants, the cohort and the reporting are the production ones.
 */
class SparkViolationTest {

  static Recommendation letermovirForSome(PatientCase c, Policy p) {
    Recommendation r = Engine.ADVISOR.recommend(c, p);
    if (r.status() != Status.OK || c.patient().age().years() % 9 != 0) {
      return r;
    }
    return Recommendation.builder()
        .id(r.id())
        .status(r.status())
        .phase(r.phase())
        .addAllRegimen(r.regimen())
        .addAllAlternatives(r.alternatives())
        .addAllExcluded(r.excluded())
        .addAllAlerts(r.alerts())
        .addAllMonitoring(r.monitoring())
        .addAllRationale(r.rationale())
        .assessment(r.assessment())
        .addRegimen(
            RegimenComponent.builder()
                .drug(Drug.LETERMOVIR)
                .route(Route.ORAL)
                .dose(Milligrams.of(480))
                .intervalHours(24)
                .ruleId(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY)
                .build())
        .build();
  }

  private static String oneJvm(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl =
        new CommandLine(
            new VerifyCommand(SparkViolationTest::letermovirForSome));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute(args)).isEqualTo(VerifyCommand.EXIT_VIOLATION);
    return out.toString();
  }

  @Test
  void verify_violationsOnExecutors_sameReportAsOneJvm() {
    String[] args = {"--cohort", "mixed", "--patients", "800", "--seed", "8", "--max-reported", "3"};
    String expected = oneJvm(args);
    EngineSource broken = () -> SparkViolationTest::letermovirForSome;
    for (String partitions : new String[] {"2", "5"}) {
      String[] sparkArgs = new String[args.length + 2];
      sparkArgs[0] = "--partitions";
      sparkArgs[1] = partitions;
      System.arraycopy(args, 0, sparkArgs, 2, args.length);
      LocalSpark.Run r = LocalSpark.spark(new CommandLine(new VerifySparkCommand(broken)), sparkArgs);
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).isEqualTo(expected);
    }
    // The report holds the forced violations (more than the 3 printed in full), located by seed
    // and index, with the case.
    assertThat(expected)
        .containsPattern("violations +([4-9]|[1-9][0-9]+)\\n")
        .contains("VIOLATION 1: invariant no-letermovir-in-regimen, seed 8, index ")
        .contains("VIOLATION 3: ")
        .doesNotContain("VIOLATION 4: ")
        .contains("case: {");
  }
}
