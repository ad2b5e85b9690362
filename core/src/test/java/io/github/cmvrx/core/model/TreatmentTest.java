package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.validation.MissingFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Treatment: days in [0, 3650] (CaseLimits, decision 0003) at both sides of both edges. */
class TreatmentTest {

  private static Treatment.Builder base() {
    Treatment.Builder b = Treatment.builder();
    b.phase(TreatmentPhase.INDUCTION);
    return b;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 14, 3650})
  void build_daysInside_accepted(int days) {
    Treatment t = base().daysOfIvTherapy(days).daysOfInduction(days).build();
    assertThat(t.daysOfIvTherapy()).hasValue(days);
    assertThat(t.daysOfInduction()).hasValue(days);
  }

  @Test
  void build_daysOfIvTherapyNegative_rejected() {
    assertThatThrownBy(() -> base().daysOfIvTherapy(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "treatment.daysOfIvTherapy: value -1 is outside the accepted range [0, 3650] days");
  }

  @Test
  void build_daysOfIvTherapyAboveMax_rejected() {
    assertThatThrownBy(() -> base().daysOfIvTherapy(3651).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "treatment.daysOfIvTherapy: value 3651 is outside the accepted range [0, 3650] days");
  }

  @Test
  void build_daysOfInductionOutside_rejected() {
    assertThatThrownBy(() -> base().daysOfInduction(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "treatment.daysOfInduction: value -1 is outside the accepted range [0, 3650] days");
    assertThatThrownBy(() -> base().daysOfInduction(3651).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("treatment.daysOfInduction: value 3651");
  }

  @Test
  void build_onlyPhase_everythingElseUnknown() {
    Treatment t = base().build();
    assertThat(t.phase()).isEqualTo(TreatmentPhase.INDUCTION);
    assertThat(t.daysOfIvTherapy()).isEmpty();
    assertThat(t.canTakeOral()).isEmpty();
    assertThat(t.giAbsorptionImpaired()).isEmpty();
    assertThat(t.onLetermovir()).isEmpty();
    assertThat(t.inducers()).isEmpty();
  }

  @Test
  void builder_phaseSetTwice_throws() {
    assertThatThrownBy(() -> base().phase(TreatmentPhase.MAINTENANCE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("phase");
  }

  @Test
  void builder_canTakeOralSetTwice_throws() {
    assertThatThrownBy(() -> base().canTakeOral(true).canTakeOral(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("canTakeOral");
  }

  @Test
  void build_missingPhase_throws() {
    assertThatThrownBy(() -> Treatment.builder().canTakeOral(true).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("treatment.phase is required");
  }
}
