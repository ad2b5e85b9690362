package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The field paths and wording of {@link MissingFieldException}. */
class MissingFieldExceptionTest {

  @Test
  void oneField_isRequired() {
    MissingFieldException e =
        new MissingFieldException("Cannot build Patient, some of required attributes are not set [sex]");
    assertThat(e).hasMessage("patient.sex is required").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.fields()).containsExactly("patient.sex");
  }

  @Test
  void threeFields_listedWithAnd() {
    MissingFieldException e =
        new MissingFieldException(
            "Cannot build RegimenComponent, some of required attributes are not set"
                + " [drug, dose, ruleId]");
    assertThat(e)
        .hasMessage(
            "regimenComponent.drug, regimenComponent.dose and regimenComponent.ruleId are required");
    assertThat(e.fields())
        .isEqualTo(List.of("regimenComponent.drug", "regimenComponent.dose", "regimenComponent.ruleId"));
  }

  @Test
  void patientCase_isTheRoot() {
    MissingFieldException e =
        new MissingFieldException(
            "Cannot build PatientCase, some of required attributes are not set [host]");
    assertThat(e).hasMessage("host is required");
  }

  @Test
  void unknownWording_isKeptWhole() {
    MissingFieldException e = new MissingFieldException("something else went wrong");
    assertThat(e).hasMessage("something else went wrong");
    assertThat(e.fields()).isEmpty();
  }
}
