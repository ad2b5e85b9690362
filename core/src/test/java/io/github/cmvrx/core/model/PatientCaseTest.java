package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.MissingFieldException;
import org.junit.jupiter.api.Test;

/** PatientCase: required sections, defaults for optional ones, scope (spec, Scope). */
class PatientCaseTest {

  private static Patient patient(double ageYears) {
    return Patient.builder()
        .age(Age.years(ageYears))
        .sex(Sex.MALE)
        .weight(Mass.kilograms(4))
        .height(Length.centimetres(52))
        .serumCreatinine(SerumCreatinine.mgPerDl(0.4))
        .renalReplacement(RenalReplacement.NONE)
        .build();
  }

  private static PatientCase.Builder complete(double ageYears) {
    PatientCase.Builder b = PatientCase.builder();
    b.patient(patient(ageYears))
        .host(Host.builder().category(HostCategory.HSCT).build())
        .disease(
            Disease.builder().addSites(DiseaseSite.PNEUMONITIS).severity(Severity.SEVERE).build())
        .treatment(Treatment.builder().phase(TreatmentPhase.NONE).build());
    return b;
  }

  @Test
  void build_withoutVirologyAndLabs_defaultsToUnknown() {
    PatientCase c = complete(40).build();
    assertThat(c.virology()).isEqualTo(Virology.unknown());
    assertThat(c.labs()).isEqualTo(Labs.unknown());
    assertThat(c.id()).isEmpty();
  }

  @Test
  void build_missingTreatment_throwsNamingIt() {
    assertThatThrownBy(
            () ->
                PatientCase.builder()
                    .patient(patient(40))
                    .host(Host.builder().category(HostCategory.HSCT).build())
                    .disease(
                        Disease.builder()
                            .addSites(DiseaseSite.PNEUMONITIS)
                            .severity(Severity.SEVERE)
                            .build())
                    .build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("treatment is required");
  }

  @Test
  void build_nothingSet_namesEveryRequiredSection() {
    assertThatThrownBy(() -> PatientCase.builder().build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("patient, host, disease and treatment are required");
  }

  @Test
  void builder_idSetTwice_throws() {
    assertThatThrownBy(() -> PatientCase.builder().id("a").id("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
  }

  @Test
  void builder_labsSetTwice_throws() {
    assertThatThrownBy(() -> PatientCase.builder().labs(Labs.unknown()).labs(Labs.unknown()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("labs");
  }

  @Test
  void isInScope_exactly28Days_true() {
    // Clinical basis §0: age under 28 days (28 / 365.25 years) is out of scope.
    assertThat(complete(28.0 / 365.25).build().isInScope()).isTrue();
  }

  @Test
  void isInScope_justUnder28Days_false() {
    assertThat(complete(Math.nextDown(28.0 / 365.25)).build().isInScope()).isFalse();
    assertThat(complete(27.0 / 365.25).build().isInScope()).isFalse();
  }

  @Test
  void isInScope_adult_true() {
    assertThat(complete(40).id("case-1").build().isInScope()).isTrue();
  }
}
