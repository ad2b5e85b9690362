package io.github.cmvrx.core.decision;

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
 * (spec 3.1: ANC 500 /uL, platelets 25,000 /uL, haemoglobin 8 g/dL), and the CNS reasons for
 * cidofovir and maribavir are their own (spec 3.4: does not cross into the CSF; spec 3.5: no
 * evidence).
 */
class DrugOptionsTest {

  @Test
  void cytopenias_eachBelowItsThreshold_namesValueAndThreshold() {
    Labs labs =
        Labs.builder()
            .anc(CellCount.of(400))
            .platelets(CellCount.of(20_000))
            .hemoglobin(Haemoglobin.of(7.5))
            .build();
    assertThat(DrugOptions.cytopenias(labs))
        .containsExactly(
            "ANC 400 /uL < 500", "platelets 20000 /uL < 25,000", "haemoglobin 7.5 g/dL < 8");
  }

  @Test
  void cytopenias_atTheThresholds_none() {
    Labs labs =
        Labs.builder()
            .anc(CellCount.of(500))
            .platelets(CellCount.of(25_000))
            .hemoglobin(Haemoglobin.of(8))
            .build();
    assertThat(DrugOptions.cytopenias(labs)).isEmpty();
  }

  @Test
  void ruleExclusion_cnsDisease_cidofovirAndMaribavirEachWithItsReason() {
    CaseDraft d = CaseDraft.adult().cns();
    DrugOptions o = new DrugOptions(d.build(), new FakeDosing(), DosePhase.INDUCTION);
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
      DrugOptions o = new DrugOptions(CaseDraft.adult().build(), new FakeDosing(), phase);
      assertThat(o.phase()).isEqualTo(phase);
    }
  }
}
