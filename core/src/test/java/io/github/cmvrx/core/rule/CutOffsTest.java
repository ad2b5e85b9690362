package io.github.cmvrx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local cut-offs: label defaults, accepted ranges, refusal messages. */
class CutOffsTest {

  @Test
  void defaults_areTheLabelAndGuidelineValues() {
    CutOffs d = CutOffs.defaults();
    // GCV-PI §5.1: hold below ANC 500 /uL, platelets 25,000 /uL, haemoglobin 8 g/dL.
    assertThat(d.get(CutOff.CYTOPENIA_ANC)).isEqualTo(500);
    assertThat(d.get(CutOff.CYTOPENIA_PLATELETS)).isEqualTo(25_000);
    assertThat(d.get(CutOff.CYTOPENIA_HAEMOGLOBIN)).isEqualTo(8);
    // SEED: IV to oral after 3 days at the earliest; planned non-CNS induction 21 days (0002).
    assertThat(d.days(CutOff.IV_TO_ORAL_MIN_IV_DAYS)).isEqualTo(3);
    assertThat(d.days(CutOff.NON_CNS_INDUCTION_DAYS)).isEqualTo(21);
    // NIH-OI: CD4 > 100 /uL; spec 5 Decision: 6 months.
    assertThat(d.get(CutOff.HIV_STOP_CD4)).isEqualTo(100);
    assertThat(d.get(CutOff.HIV_STOP_MONTHS)).isEqualTo(6);
    assertThat(d.local()).isEmpty();
  }

  @Test
  void boxed_isTheValue_boxedOnce() {
    CutOffs c = CutOffs.of(Map.of(CutOff.HIV_STOP_CD4, 150.0));
    // A local 150 cells/uL and the label's ANC 500 /uL (GCV-PI §5.1), each the same box on
    // every read.
    assertThat(c.boxed(CutOff.HIV_STOP_CD4)).isEqualTo(150.0).isSameAs(c.boxed(CutOff.HIV_STOP_CD4));
    assertThat(c.boxed(CutOff.CYTOPENIA_ANC)).isEqualTo(500.0);
  }

  @Test
  void of_insideRange_kept() {
    CutOffs c = CutOffs.of(Map.of(CutOff.HIV_STOP_CD4, 150.0, CutOff.IV_TO_ORAL_MIN_IV_DAYS, 5.0));
    assertThat(c.get(CutOff.HIV_STOP_CD4)).isEqualTo(150);
    assertThat(c.days(CutOff.IV_TO_ORAL_MIN_IV_DAYS)).isEqualTo(5);
    assertThat(c.local()).containsOnlyKeys(CutOff.HIV_STOP_CD4, CutOff.IV_TO_ORAL_MIN_IV_DAYS);
    assertThat(c).isNotEqualTo(CutOffs.defaults());
    assertThat(CutOffs.of(Map.of())).isEqualTo(CutOffs.defaults());
  }

  @Test
  void of_lessStrictThanTheLabel_refusedNamingKeyValueAndRange() {
    assertThatThrownBy(() -> CutOffs.of(Map.of(CutOff.CYTOPENIA_ANC, 400.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cytopeniaAncPerUl")
        .hasMessageContaining("400")
        .hasMessageContaining("[500, 1500] /uL");
  }

  @Test
  void of_edgesOfTheRange_acceptedAndOneStepOutside_refused() {
    for (CutOff c : CutOff.values()) {
      assertThat(CutOffs.of(Map.of(c, c.min())).get(c)).isEqualTo(c.min());
      assertThat(CutOffs.of(Map.of(c, c.max())).get(c)).isEqualTo(c.max());
      double step = c.whole() ? 1 : c.max() / 1000;
      assertThatThrownBy(() -> CutOffs.of(Map.of(c, c.min() - step)))
          .hasMessageContaining(c.key());
      assertThatThrownBy(() -> CutOffs.of(Map.of(c, c.max() + step)))
          .hasMessageContaining(c.key());
      assertThat(c.labelDefault()).isBetween(c.min(), c.max());
    }
  }

  @Test
  void of_fractionalDays_refused() {
    assertThatThrownBy(() -> CutOffs.of(Map.of(CutOff.NON_CNS_INDUCTION_DAYS, 17.5)))
        .hasMessageContaining("nonCnsInductionDays")
        .hasMessageContaining("whole numbers");
  }
}
