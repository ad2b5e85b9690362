package io.github.cmvrx.simulation.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.decision.CutOff;
import io.github.cmvrx.core.decision.CutOffs;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.simulation.edge.Threshold;
import io.github.cmvrx.simulation.invariant.CaseCodec;
import io.github.cmvrx.simulation.invariant.Engine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

  private static VerifyCommandTest.Run run(Policy policy, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        new CommandLine(new VerifyCommand(Engine.ADVISOR, CaseCodec.JSON, file -> policy));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new VerifyCommandTest.Run(exit, out.toString(), err.toString());
  }

  @Test
  void verify_localRowAboveTheLabelMaximum_exit1NamingTheRow() {
    // 6 mg/kg q12h in the top band: above the label's 5 mg/kg per dose and 10 mg/kg a day
    // (clinical specification 3.1), although the table itself is well formed.
    Policy p = withGanciclovirInduction("gcv-6.csv", gcvInduction("6", "70"));
    VerifyCommandTest.Run r =
        run(p, "--cohort", "mixed", "--patients", "3000", "--seed", "1", "--policy", "p.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("dose-within-label-maximum")
        .contains("GANCICLOVIR 6.0 mg/kg per dose is outside (0, 5.0] mg/kg")
        .contains("dose from local table ganciclovir_induction, gcv-6.csv line 2");
  }

  @Test
  void verify_localRowsWithinTheLabel_exit0() {
    // 4 mg/kg in the top band and 2.5 mg/kg q12h from 50 to 65: within the label maxima.
    Policy p = withGanciclovirInduction("gcv-4.csv", gcvInduction("4", "65"));
    VerifyCommandTest.Run r =
        run(p, "--cohort", "mixed", "--patients", "3000", "--seed", "1", "--policy", "p.json");
    assertThat(r.exit()).as(r.out()).isEqualTo(0);
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
    // 70 stays: it is still an edge of the label maintenance table (clinical spec 3.1).
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
