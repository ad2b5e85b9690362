package io.github.cmvrx.dosing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy's local tables and cut-offs change the recommendation of a matching case. */
class LocalPolicyTest {

  /** Ganciclovir induction with a local top band of 4 mg/kg q12h (every other row as the label). */
  static final String GCV_4 =
      DoseTables.HEADER
          + "\n"
          + "ganciclovir_induction,crcl_ml_min,70,true,,false,4,mg_per_kg,12,,false,false,"
          + "Example Hospital protocol v3\n"
          + "ganciclovir_induction,crcl_ml_min,50,true,70,false,2.5,mg_per_kg,12,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,25,true,50,false,2.5,mg_per_kg,24,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,10,true,25,false,1.25,mg_per_kg,24,,false,false,GCV-PI\n"
          + "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25,mg_per_kg,,3,true,false,GCV-PI\n"
          + "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,24,,false,true,"
          + "HORVATITS-2014\n";

  private static RegimenComponent ganciclovir(Recommendation r) {
    return r.regimen().stream().filter(c -> c.drug() == Drug.GANCICLOVIR).findFirst().orElseThrow();
  }

  @Test
  void localGanciclovirInductionTable_changesTheDoseAndSaysSo() {
    // Male, 68 y, 70 kg, SCr 1 mg/dL: CrCl = (140 - 68) x 70 / 72 = 70 mL/min, the top band.
    PatientCase c = CaseDraft.unitCockcroftGault().build();
    DoseTable local =
        DoseTables.standard().parseLocal(TableId.GANCICLOVIR_INDUCTION, "gcv.csv", GCV_4);
    Policy p = Policy.builder().putLocalTables(TableId.GANCICLOVIR_INDUCTION, local).build();

    // Label: 5 mg/kg x 70 kg = 350 mg q12h; local: 4 mg/kg x 70 kg = 280 mg q12h.
    assertThat(ganciclovir(TreatmentAdvisor.recommend(c)).dose().value()).isEqualTo(350);
    Recommendation r = TreatmentAdvisor.recommend(c, p);
    RegimenComponent gcv = ganciclovir(r);
    assertThat(gcv.dose().value()).isEqualTo(280);
    assertThat(gcv.intervalHours().getAsInt()).isEqualTo(12);
    assertThat(gcv.instructions())
        .anySatisfy(
            i ->
                assertThat(i)
                    .contains("local table ganciclovir_induction, gcv.csv line 2")
                    .contains("source: Example Hospital protocol v3"));
    RationaleEntry e =
        r.rationale().stream()
            .filter(x -> x.ruleId() == RuleId.DOSE_LOCAL_TABLE)
            .findFirst()
            .orElseThrow();
    assertThat(e.text())
        .contains("ganciclovir: local table ganciclovir_induction, gcv.csv line 2")
        .contains("in place of the label table (GCV-PI)")
        .contains("source as written: Example Hospital protocol v3");
    assertThat(TreatmentAdvisor.recommend(c).rationale())
        .noneMatch(x -> x.ruleId() == RuleId.DOSE_LOCAL_TABLE);
  }

  @Test
  void localCutOffs_stricterAncHoldsGanciclovir() {
    // ANC 700 /uL: above the label's 500 (ganciclovir given), below a local 1000 (held:
    // foscarnet instead, REG-GCV-ALTERNATIVE).
    CaseDraft d = CaseDraft.unitCockcroftGault();
    d.anc = 700;
    d.platelets = 150_000;
    d.hb = 11;
    PatientCase withAnc = d.build();
    Policy local =
        Policy.builder().cutOffs(CutOffs.of(Map.of(CutOff.CYTOPENIA_ANC, 1000.0))).build();
    assertThat(TreatmentAdvisor.recommend(withAnc).regimen())
        .extracting(RegimenComponent::drug)
        .containsExactly(Drug.GANCICLOVIR);
    Recommendation r = TreatmentAdvisor.recommend(withAnc, local);
    assertThat(r.regimen()).extracting(RegimenComponent::drug).containsExactly(Drug.FOSCARNET);
    assertThat(r.excluded())
        .anySatisfy(
            x -> {
              assertThat(x.drug()).isEqualTo(Drug.GANCICLOVIR);
              assertThat(x.reason()).contains("ANC 700 /uL < 1000");
            });
  }

  @Test
  void localInductionDays_shortenThePlannedCourse() {
    // Severe pneumonitis: REG-NONCNS-GCV, planned 21 days by default; a local 14 (SEED 2-3 weeks).
    PatientCase c = CaseDraft.unitCockcroftGault().build();
    Policy local =
        Policy.builder().cutOffs(CutOffs.of(Map.of(CutOff.NON_CNS_INDUCTION_DAYS, 14.0))).build();
    assertThat(ganciclovir(TreatmentAdvisor.recommend(c)).durationDays().getAsInt()).isEqualTo(21);
    assertThat(ganciclovir(TreatmentAdvisor.recommend(c, local)).durationDays().getAsInt())
        .isEqualTo(14);
  }

  @Test
  void equality_includesLocalTablesAndCutOffs() {
    DoseTable local =
        DoseTables.standard().parseLocal(TableId.GANCICLOVIR_INDUCTION, "gcv.csv", GCV_4);
    assertThat(Policy.builder().putLocalTables(TableId.GANCICLOVIR_INDUCTION, local).build())
        .isNotEqualTo(Policy.defaults())
        .isEqualTo(Policy.builder().putLocalTables(TableId.GANCICLOVIR_INDUCTION, local).build());
    assertThat(Policy.builder().build()).isEqualTo(Policy.defaults());
  }
}
