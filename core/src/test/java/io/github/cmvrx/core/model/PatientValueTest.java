package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Patient as a hand-written value (decision 1442): the serum creatinine stored once, the strict
 * builder's messages and the text of the former generated class.
 */
class PatientValueTest {

  private static Patient.Builder adult() {
    return Patient.builder()
        .age(Age.years(54))
        .sex(Sex.FEMALE)
        .weight(Mass.kilograms(70))
        .height(Length.centimetres(165));
  }

  @Test
  void serumCreatinine_readTwice_sameStoredOptional() {
    Patient p =
        adult()
            .serumCreatinine(SerumCreatinine.mgPerDl(1.1))
            .renalReplacement(RenalReplacement.NONE)
            .build();

    assertThat(p.serumCreatinine())
        .isSameAs(p.serumCreatinine())
        .contains(SerumCreatinine.mgPerDl(1.1));
  }

  @Test
  void builder_attributeSetTwice_refused() {
    // "Builder of Patient is strict, attribute is already set: serumCreatinine" (generated).
    Patient.Builder b = adult().serumCreatinine(Optional.empty());

    assertThatThrownBy(() -> b.serumCreatinine(SerumCreatinine.mgPerDl(1.1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Patient is strict, attribute is already set: serumCreatinine");
    assertThatThrownBy(() -> b.age(Age.years(55)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Patient is strict, attribute is already set: age");
  }

  @Test
  void builder_requiredMissing_namedInDeclarationOrder() {
    // Generated: "Cannot build Patient, some of required attributes are not set
    // [age, weight, height, renalReplacement]".
    assertThatThrownBy(() -> Patient.builder().sex(Sex.MALE).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage(
            "patient.age, patient.weight, patient.height and patient.renalReplacement are"
                + " required");
  }

  @Test
  void toString_serumCreatinineOnlyWhenKnown() {
    assertThat(adult().renalReplacement(RenalReplacement.INTERMITTENT_HEMODIALYSIS).build())
        .hasToString(
            "Patient{age=Age[years=54.0], sex=FEMALE, weight=Mass[kilograms=70.0],"
                + " height=Length[centimetres=165.0],"
                + " renalReplacement=INTERMITTENT_HEMODIALYSIS}");
    assertThat(
            adult()
                .serumCreatinine(SerumCreatinine.mgPerDl(1.1))
                .renalReplacement(RenalReplacement.NONE)
                .build())
        .hasToString(
            "Patient{age=Age[years=54.0], sex=FEMALE, weight=Mass[kilograms=70.0],"
                + " height=Length[centimetres=165.0],"
                + " serumCreatinine=SerumCreatinine[value=1.1, unit=MG_PER_DL],"
                + " renalReplacement=NONE}");
  }
}
