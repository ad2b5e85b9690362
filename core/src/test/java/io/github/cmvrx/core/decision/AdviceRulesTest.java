package io.github.cmvrx.core.decision;

import static io.github.cmvrx.core.decision.Recs.alert;
import static io.github.cmvrx.core.decision.Recs.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.rule.RuleId;
import org.junit.jupiter.api.Test;

/**
 * Clinical basis §7 advice and the alerts about missing or unused input: the ganciclovir
 * blood-count thresholds of clinical basis §3.1 must be checkable (any of ANC, platelets, haemoglobin
 * unknown warns), and HIV fields on another host are reported, never silently dropped
 * (docs/decisions/0007).
 */
class AdviceRulesTest {

  private static CaseDraft withLabs(Labs labs) {
    CaseDraft d = CaseDraft.adult();
    d.labs = labs;
    return d;
  }

  @Test
  void advise_ganciclovirWithFullBloodCount_noCbcWarning() {
    assertThat(alert(decide(CaseDraft.adult()), "cbc_unknown")).isEmpty();
  }

  @Test
  void advise_ganciclovirWithAncUnknown_cbcWarning() {
    Labs labs =
        Labs.builder().platelets(CellCount.perMicrolitre(150_000)).hemoglobin(Haemoglobin.gramsPerDecilitre(11)).build();
    assertThat(alert(decide(withLabs(labs)), "cbc_unknown").orElseThrow().ruleId())
        .isEqualTo(RuleId.DOSE_GCV_CYTOPENIA);
  }

  @Test
  void advise_ganciclovirWithPlateletsUnknown_cbcWarning() {
    Labs labs = Labs.builder().anc(CellCount.perMicrolitre(2000)).hemoglobin(Haemoglobin.gramsPerDecilitre(11)).build();
    assertThat(alert(decide(withLabs(labs)), "cbc_unknown").orElseThrow().severity())
        .isEqualTo(AlertSeverity.WARNING);
  }

  @Test
  void advise_ganciclovirWithHaemoglobinUnknown_cbcWarning() {
    Labs labs = Labs.builder().anc(CellCount.perMicrolitre(2000)).platelets(CellCount.perMicrolitre(150_000)).build();
    assertThat(alert(decide(withLabs(labs)), "cbc_unknown")).isPresent();
  }

  @Test
  void advise_hivFieldsOnTransplantHost_warnedAsNotUsed() {
    CaseDraft onArt = CaseDraft.adult();
    onArt.onArt = true;
    CaseDraft suppressed = CaseDraft.adult();
    suppressed.suppressed = true;
    CaseDraft months = CaseDraft.adult();
    months.monthsCd4Above100 = 4.0;
    for (CaseDraft d : new CaseDraft[] {onArt, suppressed, months}) {
      assertThat(alert(decide(d), "hiv_fields_not_used").orElseThrow().ruleId())
          .isEqualTo(RuleId.INPUT_VALIDATION);
    }
  }

  @Test
  void advise_hivFieldsFalseOnTransplantHost_noWarning() {
    CaseDraft d = CaseDraft.adult();
    d.onArt = false;
    d.suppressed = false;
    assertThat(alert(decide(d), "hiv_fields_not_used")).isEmpty();
  }

  @Test
  void advise_hivFieldsOnHivHost_noWarning() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.HIV;
    d.onArt = true;
    d.suppressed = true;
    d.monthsCd4Above100 = 4.0;
    assertThat(alert(decide(d), "hiv_fields_not_used")).isEmpty();
    assertThat(alert(decide(d), "optimise_art")).isPresent();
  }

  @Test
  void advise_otherImmunocompromised_reduceImmunosuppression_immunocompetentNot() {
    CaseDraft other = CaseDraft.adult();
    other.host = HostCategory.OTHER_IMMUNOCOMPROMISED;
    assertThat(alert(decide(other), "reduce_immunosuppression")).isPresent();
    CaseDraft competent = CaseDraft.adult();
    competent.host = HostCategory.IMMUNOCOMPETENT;
    assertThat(alert(decide(competent), "reduce_immunosuppression")).isEmpty();
  }

  @Test
  void advise_onLetermovir_resistanceWarning() {
    CaseDraft d = CaseDraft.adult();
    d.onLetermovir = true;
    assertThat(alert(decide(d), "letermovir_resistance").orElseThrow().ruleId())
        .isEqualTo(RuleId.ADV_RESISTANCE_EMERGENCE);
  }
}
