package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a case as values: every broken rule, each on its field, none parsed from text. */
class CaseValidationTest {

  @Test
  void sites_none_oneErrorOnTheList() {
    assertThat(CaseValidation.sites(List.of()))
        .containsExactly(
            new FieldError("disease.sites", "at least one disease site is required (was [])"));
  }

  @Test
  void sites_dnaemiaOnlyWithEndOrganSites_namesThoseSitesInTheOrderGiven() {
    // Clinical basis §8: dnaemia only (no end-organ disease) contradicts any end-organ site.
    assertThat(
            CaseValidation.sites(
                List.of(DiseaseSite.PNEUMONITIS, DiseaseSite.DNAEMIA_ONLY, DiseaseSite.RETINITIS)))
        .containsExactly(
            new FieldError(
                "disease.sites",
                "contradictory input: dnaemia_only cannot be given together with an end-organ"
                    + " site (pneumonitis, retinitis)"));
  }

  @Test
  void sites_dnaemiaOnlyAlone_orEndOrganSitesAlone_noError() {
    assertThat(CaseValidation.sites(List.of(DiseaseSite.DNAEMIA_ONLY))).isEmpty();
    assertThat(CaseValidation.sites(List.of(DiseaseSite.RETINITIS, DiseaseSite.PNEUMONITIS)))
        .isEmpty();
  }

  @Test
  void serumCreatinineRequired_onlyWhenMissingOffIntermittentHaemodialysis() {
    assertThat(CaseValidation.serumCreatinineRequired(false, RenalReplacement.NONE))
        .contains(
            new FieldError(
                "patient.serumCreatinine",
                "required unless renalReplacement is intermittent_hemodialysis"
                    + " (renalReplacement is none)"));
    assertThat(
            CaseValidation.serumCreatinineRequired(
                false, RenalReplacement.INTERMITTENT_HEMODIALYSIS))
        .isEmpty();
    assertThat(CaseValidation.serumCreatinineRequired(true, RenalReplacement.NONE)).isEmpty();
  }

  @Test
  void ageInScope_under28Days_outOfScope() {
    // Clinical basis §0: 28 days = 28 / 365.25 years = 0.0767 years; 0.05 years is younger.
    assertThat(CaseValidation.ageInScope(0.05))
        .contains(
            new FieldError(
                "patient.ageYears",
                "value 0.05 years is under 28 days (0.0767 years): congenital or neonatal CMV is"
                    + " out of scope"));
    assertThat(CaseValidation.ageInScope(28.0 / 365.25)).isEmpty();
  }

  @Test
  void patientBuilder_everyBadValue_oneExceptionCarryingEachFieldError() {
    // Weight [0.3, 400] kg (docs/decisions/0900), height (30, 250] cm and serum creatinine
    // required off haemodialysis (clinical basis §8): three rules broken at once.
    InvalidFieldsException e =
        catchThrowableOfType(
            InvalidFieldsException.class,
            () ->
                Patient.builder()
                    .age(Age.years(40))
                    .sex(Sex.FEMALE)
                    .weight(Mass.kilograms(401))
                    .height(Length.centimetres(260))
                    .renalReplacement(RenalReplacement.NONE)
                    .build());
    assertThat(e.errors())
        .containsExactly(
            new FieldError(
                "patient.weightKg", "value 401 is outside the accepted range [0.3, 400] kg"),
            new FieldError(
                "patient.heightCm", "value 260 is outside the accepted range (30, 250] cm"),
            new FieldError(
                "patient.serumCreatinine",
                "required unless renalReplacement is intermittent_hemodialysis"
                    + " (renalReplacement is none)"));
    assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "patient.weightKg: value 401 is outside the accepted range [0.3, 400] kg;"
                + " patient.heightCm: ");
  }

  @Test
  void validate_validPatient_noError() {
    Patient p =
        Patient.builder()
            .age(Age.years(40))
            .sex(Sex.FEMALE)
            .weight(Mass.kilograms(60))
            .height(Length.centimetres(165))
            .serumCreatinine(new SerumCreatinine(0.8, CreatinineUnit.MG_PER_DL))
            .renalReplacement(RenalReplacement.NONE)
            .build();
    assertThat(CaseValidation.validate(p)).isEmpty();
  }

  @Test
  void fieldRangeRequire_throwsTheFieldErrorAsAValue() {
    InvalidFieldsException e =
        catchThrowableOfType(
            InvalidFieldsException.class, () -> CaseLimits.HEIGHT_CM.require(30));
    assertThat(e.errors())
        .containsExactly(
            new FieldError(
                "patient.heightCm", "value 30 is outside the accepted range (30, 250] cm"));
  }
}
