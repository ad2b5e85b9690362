package io.github.cmvrx.simulation.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.simulation.edge.Threshold;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.simulation.invariant.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** verify follows the policy: edges of the loaded tables and cut-offs, label maxima from the label. */
class LocalPolicyVerifyTest {

  private static String gcvInduction(String topBand, String secondLower) {
    return DoseTables.HEADER
        + "\n"
        + "ganciclovir_induction,crcl_ml_min,"
        + secondLower
        + ",true,,false,"
        + topBand
        + ",mg_per_kg,12,,false,false,Example Hospital protocol\n"
        + "ganciclovir_induction,crcl_ml_min,50,true,"
        + secondLower
        + ",false,2.5,mg_per_kg,12,,false,false,GCV-PI\n"
        + "ganciclovir_induction,crcl_ml_min,25,true,50,false,2.5,mg_per_kg,24,,false,false,GCV-PI\n"
        + "ganciclovir_induction,crcl_ml_min,10,true,25,false,1.25,mg_per_kg,24,,false,false,GCV-PI\n"
        + "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25,mg_per_kg,,3,true,false,GCV-PI\n"
        + "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,24,,false,true,"
        + "HORVATITS-2014\n";
  }

  private static Policy withGanciclovirInduction(String file, String csv) {
    return Policy.builder()
        .putLocalTables(
            TableId.GANCICLOVIR_INDUCTION,
            DoseTables.standard().parseLocal(TableId.GANCICLOVIR_INDUCTION, file, csv))
        .build();
  }

  private static VerifyTally verify(Policy policy) {
    return new Verifier(
            new CohortGenerator(CohortSpecs.mixed(), 1, policy),
            policy,
            Engine.ADVISOR,
            Invariants.catalogue(),
            5)
        .run(0, 3000, 2, n -> {});
  }

  @Test
  void verify_localRowAboveTheLabelMaximum_violationNamingTheRow() {
    // 6 mg/kg q12h in the top band: above the label's 5 mg/kg per dose and 10 mg/kg a day
    // (clinical basis §3.1), although the table itself is well formed.
    VerifyTally t = verify(withGanciclovirInduction("gcv-6.csv", gcvInduction("6", "70")));
    assertThat(t.violations()).isPositive();
    assertThat(t.reported())
        .anySatisfy(
            v -> {
              assertThat(v.invariant()).isEqualTo("dose-within-label-maximum");
              assertThat(v.message())
                  .contains("GANCICLOVIR 6.0 mg/kg per dose is outside (0, 5.0] mg/kg")
                  .contains("dose from local table ganciclovir_induction, gcv-6.csv line 2");
            });
  }

  @Test
  void verify_localRowsWithinTheLabel_noViolation() {
    // 4 mg/kg in the top band and 2.5 mg/kg q12h from 50 to 65: within the label maxima.
    VerifyTally t = verify(withGanciclovirInduction("gcv-4.csv", gcvInduction("4", "65")));
    assertThat(t.violations()).as(t.reported().toString()).isZero();
  }

  @Test
  void thresholds_followTheLoadedTablesAndCutOffs() {
    Policy p =
        Policy.builder()
            .putLocalTables(
                TableId.GANCICLOVIR_INDUCTION,
                DoseTables.standard()
                    .parseLocal(
                        TableId.GANCICLOVIR_INDUCTION, "gcv-65.csv", gcvInduction("5", "65")))
            .cutOffs(CutOffs.of(Map.of(CutOff.CYTOPENIA_ANC, 750.0, CutOff.HIV_STOP_CD4, 150.0)))
            .build();
    var local = Threshold.of(p);
    assertThat(local)
        .anySatisfy(
            t -> {
              assertThat(t.kind()).isEqualTo(Threshold.Kind.CRCL);
              assertThat(t.value()).isEqualTo(65);
              assertThat(t.source()).contains("gcv-65.csv line 2");
            });
    assertThat(local)
        .extracting(t -> t.kind() + " " + t.value())
        .contains("ANC_PER_UL 750.0", "CD4_PER_UL 150.0", "CRCL 70.0")
        .doesNotContain("ANC_PER_UL 500.0", "CD4_PER_UL 100.0");
    // 70 stays: it is still an edge of the label maintenance table (clinical basis §3.1).
    assertThat(Threshold.defaults())
        .extracting(t -> t.kind() + " " + t.value())
        .doesNotContain("CRCL 65.0")
        .contains("ANC_PER_UL 500.0", "DAYS_OF_IV_THERAPY 3.0");
    CohortGenerator g =
        new CohortGenerator(
            CohortSpecs.mixed().toBuilder().boundaryShare(1).build(), 3, p);
    assertThat(g.thresholds()).isEqualTo(local);
  }
}
