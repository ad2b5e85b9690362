package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.rule.RuleId;
import org.junit.jupiter.api.Test;

/**
 * Why a drug is not usable: the cytopenia reasons name the value and the GCV-PI §5.1 threshold
 * (clinical basis §3.1: ANC 500 /uL, platelets 25,000 /uL, haemoglobin 8 g/dL), and the CNS reasons for
 * cidofovir and maribavir are their own (clinical basis §3.4: does not cross into the CSF; clinical basis §3.5: no
 * evidence).
 */
class DrugOptionsTest {

  @Test
  void cytopenias_eachBelowItsThreshold_namesValueAndThreshold() {
    Labs labs =
        Labs.builder()
            .anc(CellCount.perMicrolitre(400))
            .platelets(CellCount.perMicrolitre(20_000))
            .hemoglobin(Haemoglobin.gramsPerDecilitre(7.5))
            .build();
    assertThat(Eligibility.cytopenias(labs, CutOffs.defaults()))
        .map(Message::toString)
        .containsExactly(
            "ANC 400 /uL < 500", "platelets 20000 /uL < 25,000", "haemoglobin 7.5 g/dL < 8");
  }

  @Test
  void cytopenias_atTheThresholds_none() {
    Labs labs =
        Labs.builder()
            .anc(CellCount.perMicrolitre(500))
            .platelets(CellCount.perMicrolitre(25_000))
            .hemoglobin(Haemoglobin.gramsPerDecilitre(8))
            .build();
    assertThat(Eligibility.cytopenias(labs, CutOffs.defaults())).isEmpty();
  }

  @Test
  void cytopenias_localStricterCutOffs_heldAtValuesTheLabelAccepts() {
    // A local policy holding ganciclovir below ANC 1000 /uL, platelets 50,000 /uL and
    // haemoglobin 9 g/dL (stricter than GCV-PI §5.1's 500 / 25,000 / 8): counts of 999, 49,999 and
    // 8.9 pass the label but fall below each local cut-off.
    CutOffs local =
        CutOffs.of(
            java.util.Map.of(
                CutOff.CYTOPENIA_ANC, 1000.0,
                CutOff.CYTOPENIA_PLATELETS, 50_000.0,
                CutOff.CYTOPENIA_HAEMOGLOBIN, 9.0));
    Labs labs =
        Labs.builder()
            .anc(CellCount.perMicrolitre(999))
            .platelets(CellCount.perMicrolitre(49_999))
            .hemoglobin(Haemoglobin.gramsPerDecilitre(8.9))
            .build();
    assertThat(Eligibility.cytopenias(labs, CutOffs.defaults())).isEmpty();
    assertThat(Eligibility.cytopenias(labs, local))
        .map(Message::toString)
        .containsExactly(
            "ANC 999 /uL < 1000", "platelets 49999 /uL < 50,000", "haemoglobin 8.9 g/dL < 9");
  }

  @Test
  void ruleExclusion_cnsDisease_cidofovirAndMaribavirEachWithItsReason() {
    CaseDraft d = CaseDraft.adult().cns();
    DrugOptions o = new DrugOptions(Eligibility.of(d.build(), CutOffs.defaults()), DoseFacts.collect(new FakeDosing(), DosePhase.INDUCTION));
    assertThat(o.ruleExclusion(Drug.CIDOFOVIR).orElseThrow().reason()).contains("CSF");
    assertThat(o.ruleExclusion(Drug.MARIBAVIR).orElseThrow().reason())
        .contains("no evidence")
        .doesNotContain("CSF");
    assertThat(o.ruleExclusion(Drug.MARIBAVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.REG_CNS_PARTIAL);
  }

  @Test
  void phase_isThePhaseAskedFor() {
    for (DosePhase phase : DosePhase.values()) {
      DrugOptions o = new DrugOptions(Eligibility.of(CaseDraft.adult().build(), CutOffs.defaults()), DoseFacts.collect(new FakeDosing(), phase));
      assertThat(o.phase()).isEqualTo(phase);
    }
  }
}
