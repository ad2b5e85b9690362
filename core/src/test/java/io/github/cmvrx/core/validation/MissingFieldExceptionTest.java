package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Patient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field paths and wording of {@link MissingFieldException}. */
class MissingFieldExceptionTest {

  @Test
  void oneField_isRequired() {
    MissingFieldException e = MissingFieldException.of("Patient", List.of("sex"));
    assertThat(e).hasMessage("patient.sex is required").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.fields()).containsExactly("patient.sex");
  }

  @Test
  void threeFields_listedWithAnd() {
    MissingFieldException e =
        MissingFieldException.of("RegimenComponent", List.of("drug", "dose", "ruleId"));
    assertThat(e)
        .hasMessage(
            "regimenComponent.drug, regimenComponent.dose and regimenComponent.ruleId are required");
    assertThat(e.fields())
        .isEqualTo(List.of("regimenComponent.drug", "regimenComponent.dose", "regimenComponent.ruleId"));
  }

  @Test
  void patientCase_isTheRoot() {
    MissingFieldException e = MissingFieldException.of("PatientCase", List.of("host"));
    assertThat(e).hasMessage("host is required");
  }

  /** A generated builder's sentence is kept whole, even one that names attributes. */
  @Test
  void generatedSentence_isKeptWhole_oneErrorOnTheRoot() {
    String sentence = "Cannot build Policy, some of required attributes are not set [dosingWeight]";
    MissingFieldException e = new MissingFieldException(sentence);
    assertThat(e).hasMessage(sentence);
    assertThat(e.fields()).isEmpty();
    assertThat(e.errors()).containsExactly(new FieldError("$", sentence));
  }

  /** The hand-written builders name the fields themselves: no wording is read back. */
  @Test
  void of_namesEachFieldByItsPath_oneErrorPerField() {
    MissingFieldException e = MissingFieldException.of("Assessment", List.of("dosingWeight", "paediatric"));

    assertThat(e).hasMessage("assessment.dosingWeight and assessment.paediatric are required");
    assertThat(e.fields()).containsExactly("assessment.dosingWeight", "assessment.paediatric");
    assertThat(e.errors())
        .containsExactly(
            new FieldError("assessment.dosingWeight", "required field is missing"),
            new FieldError("assessment.paediatric", "required field is missing"));
  }

  @Test
  void of_patientCase_isTheRoot() {
    assertThat(MissingFieldException.of("PatientCase", List.of("host", "disease")).fields())
        .containsExactly("host", "disease");
  }

  @Test
  void of_noField_refused() {
    assertThatThrownBy(() -> MissingFieldException.of("Patient", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Patient");
  }

  /** A real builder: a patient with nothing set misses every required attribute, in order. */
  @Test
  void patientBuilder_nothingSet_everyRequiredFieldNamed() {
    assertThatThrownBy(() -> Patient.builder().build())
        .isInstanceOfSatisfying(
            MissingFieldException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "patient.age",
                        "patient.sex",
                        "patient.weight",
                        "patient.height",
                        "patient.renalReplacement"));
  }
}
