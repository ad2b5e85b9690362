package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Treatment as a hand-written value (decision 1442): optionals stored once (the whole numbers as
 * one {@link OptionalInt} each), the strict builder's messages and the text of the former generated
 * class.
 */
class TreatmentValueTest {

  @Test
  void values_readTwice_sameStoredOptional() {
    Treatment t =
        Treatment.builder()
            .phase(TreatmentPhase.INDUCTION)
            .daysOfIvTherapy(5)
            .canTakeOral(true)
            .onLetermovir(false)
            .build();

    assertThat(t.daysOfIvTherapy()).isSameAs(t.daysOfIvTherapy()).hasValue(5);
    assertThat(t.daysOfInduction()).isSameAs(t.daysOfInduction()).isEmpty();
    assertThat(t.canTakeOral()).isSameAs(t.canTakeOral()).contains(true);
    assertThat(t.onLetermovir()).isSameAs(t.onLetermovir()).contains(false);
    assertThat(t.clinicallyImproving()).isSameAs(t.clinicallyImproving()).isEmpty();
    assertThat(t.giAbsorptionImpaired()).isSameAs(t.giAbsorptionImpaired());
    assertThat(t.ganciclovirIntolerance()).isSameAs(t.ganciclovirIntolerance());
    assertThat(t.nephrotoxicComedication()).isSameAs(t.nephrotoxicComedication());
  }

  @Test
  void builder_attributeSetTwice_refused() {
    // "Builder of Treatment is strict, attribute is already set: daysOfIvTherapy" (generated).
    Treatment.Builder b = Treatment.builder().daysOfIvTherapy(OptionalInt.empty());

    assertThatThrownBy(() -> b.daysOfIvTherapy(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Treatment is strict, attribute is already set: daysOfIvTherapy");
    Treatment.Builder c = Treatment.builder().nephrotoxicComedication(true);
    assertThatThrownBy(() -> c.nephrotoxicComedication(Optional.of(true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Builder of Treatment is strict, attribute is already set: nephrotoxicComedication");
  }

  @Test
  void builder_withoutPhase_missingField() {
    // Generated: "Cannot build Treatment, some of required attributes are not set [phase]".
    assertThatThrownBy(() -> Treatment.builder().canTakeOral(true).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("treatment.phase is required");
  }

  @Test
  void optionalSetters_sameValueAsPlainSetters() {
    Treatment plain =
        Treatment.builder().phase(TreatmentPhase.MAINTENANCE).daysOfInduction(21).build();
    Treatment optional =
        Treatment.builder()
            .phase(TreatmentPhase.MAINTENANCE)
            .daysOfInduction(OptionalInt.of(21))
            .onLetermovir(Optional.empty())
            .build();

    assertThat(optional).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(optional)
        .isNotEqualTo(Treatment.builder().phase(TreatmentPhase.MAINTENANCE).build());
  }

  @Test
  void toString_phaseKnownValuesThenInducers() {
    assertThat(Treatment.builder().phase(TreatmentPhase.INDUCTION).build())
        .hasToString("Treatment{phase=INDUCTION, inducers=[]}");
    assertThat(
            Treatment.builder()
                .phase(TreatmentPhase.INDUCTION)
                .daysOfIvTherapy(14)
                .ganciclovirIntolerance(true)
                .addInducers(Inducer.PHENYTOIN)
                .build())
        .hasToString(
            "Treatment{phase=INDUCTION, daysOfIvTherapy=14, ganciclovirIntolerance=true,"
                + " inducers=[PHENYTOIN]}");
  }
}
