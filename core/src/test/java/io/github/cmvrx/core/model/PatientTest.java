package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Patient: the ranges of clinical basis §8 at both sides of every edge. */
class PatientTest {

  private static Patient patient(double age, double weight, double height, SerumCreatinine scr) {
    return Patient.builder()
        .age(Age.years(age))
        .sex(Sex.FEMALE)
        .weight(Mass.kilograms(weight))
        .height(Length.centimetres(height))
        .serumCreatinine(scr)
        .renalReplacement(RenalReplacement.NONE)
        .build();
  }

  private static Patient withAge(double age) {
    return patient(age, 70, 170, SerumCreatinine.mgPerDl(1.0));
  }

  private static Patient withWeight(double weight) {
    return patient(54, weight, 170, SerumCreatinine.mgPerDl(1.0));
  }

  private static Patient withHeight(double height) {
    return patient(54, 70, height, SerumCreatinine.mgPerDl(1.0));
  }

  private static Patient withScr(SerumCreatinine scr) {
    return patient(54, 70, 170, scr);
  }

  @Test
  void build_valid_keepsEveryValue() {
    Patient p = patient(54, 62, 165, SerumCreatinine.mgPerDl(1.1));
    assertThat(p.age()).isEqualTo(Age.years(54));
    assertThat(p.sex()).isEqualTo(Sex.FEMALE);
    assertThat(p.weight()).isEqualTo(Mass.kilograms(62));
    assertThat(p.height()).isEqualTo(Length.centimetres(165));
    assertThat(p.serumCreatinine()).contains(SerumCreatinine.mgPerDl(1.1));
    assertThat(p.renalReplacement()).isEqualTo(RenalReplacement.NONE);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.MIN_VALUE, 0.0001, 1, 120})
  void build_ageInside_accepted(double age) {
    assertThat(withAge(age).age().years()).isEqualTo(age);
  }

  @Test
  void build_ageJustAbove120_rejectedNamingFieldValueAndRange() {
    assertThatThrownBy(() -> withAge(120.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "patient.ageYears: value 120.0000001 is outside the accepted range (0, 120] years");
  }

  @Test
  void build_ageNextUpFrom120_rejected() {
    assertThatThrownBy(() -> withAge(Math.nextUp(120.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("patient.ageYears: value 120.00000000000001");
  }

  @Test
  void age_zero_rejectedByQuantity() {
    assertThatThrownBy(() -> withAge(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age (years) (0.0) must be a finite number > 0");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 0.5, 70, 400})
  void build_weightInside_accepted(double weight) {
    assertThat(withWeight(weight).weight().kilograms()).isEqualTo(weight);
  }

  @Test
  void build_weightJustAbove400_rejected() {
    assertThatThrownBy(() -> withWeight(400.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "patient.weightKg: value 400.0000001 is outside the accepted range [0.3, 400] kg");
    assertThatThrownBy(() -> withWeight(Math.nextUp(400.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("patient.weightKg: ");
  }

  @Test
  void build_height30_rejected() {
    assertThatThrownBy(() -> withHeight(30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("patient.heightCm: value 30 is outside the accepted range (30, 250] cm");
  }

  @Test
  void build_heightBelow30_rejected() {
    assertThatThrownBy(() -> withHeight(29.9999999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "patient.heightCm: value 29.9999999 is outside the accepted range (30, 250] cm");
  }

  @ParameterizedTest
  @ValueSource(doubles = {30.0000001, 152.4, 250})
  void build_heightInside_accepted(double height) {
    assertThat(withHeight(height).height().centimetres()).isEqualTo(height);
  }

  @Test
  void build_heightJustAbove250_rejected() {
    assertThatThrownBy(() -> withHeight(250.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "patient.heightCm: value 250.0000001 is outside the accepted range (30, 250] cm");
    assertThatThrownBy(() -> withHeight(Math.nextUp(250.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_heightSmallestAbove30_accepted() {
    assertThat(withHeight(Math.nextUp(30.0)).height().centimetres()).isGreaterThan(30);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.35, 1.5, 20})
  void build_scrMgPerDlInside_accepted(double value) {
    assertThat(withScr(SerumCreatinine.mgPerDl(value)).serumCreatinine())
        .contains(SerumCreatinine.mgPerDl(value));
  }

  @Test
  void build_scrMgPerDlAbove20_rejected() {
    assertThatThrownBy(() -> withScr(SerumCreatinine.mgPerDl(20.0000001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "patient.serumCreatinine.value: value 20.0000001 is outside the accepted range"
                + " [0.1, 20] mg/dL");
    assertThatThrownBy(() -> withScr(SerumCreatinine.mgPerDl(Math.nextUp(20.0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(doubles = {8.84, 44.2, 88.4, 1768})
  void build_scrUmolPerLInside_accepted(double value) {
    assertThat(withScr(SerumCreatinine.umolPerL(value)).serumCreatinine())
        .contains(SerumCreatinine.umolPerL(value));
  }

  @Test
  void build_scrUmolPerLAbove1768_rejected() {
    // 20 mg/dL x 88.4 = 1768 umol/L is the clinical basis §8 limit in SI units.
    assertThatThrownBy(() -> withScr(SerumCreatinine.umolPerL(1768.0000001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "patient.serumCreatinine.value: value 1768.0000001 is outside the accepted range"
                + " [8.84, 1768] umol/L");
    assertThatThrownBy(() -> withScr(SerumCreatinine.umolPerL(Math.nextUp(1768.0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_scr21UmolPerL_acceptedThoughAbove20() {
    // 21 umol/L is 0.24 mg/dL: the umol/L range must be used, not the mg/dL one.
    assertThat(withScr(SerumCreatinine.umolPerL(21)).serumCreatinine()).isPresent();
  }

  @Test
  void build_noScrOnIntermittentHaemodialysis_accepted() {
    Patient p =
        Patient.builder()
            .age(Age.years(60))
            .sex(Sex.MALE)
            .weight(Mass.kilograms(80))
            .height(Length.centimetres(180))
            .renalReplacement(RenalReplacement.INTERMITTENT_HEMODIALYSIS)
            .build();
    assertThat(p.serumCreatinine()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = RenalReplacement.class,
      names = {"INTERMITTENT_HEMODIALYSIS"},
      mode = EnumSource.Mode.EXCLUDE)
  void build_noScrOtherwise_rejected(RenalReplacement rrt) {
    assertThatThrownBy(
            () ->
                Patient.builder()
                    .age(Age.years(60))
                    .sex(Sex.MALE)
                    .weight(Mass.kilograms(80))
                    .height(Length.centimetres(180))
                    .serumCreatinine(Optional.empty())
                    .renalReplacement(rrt)
                    .build())
        .isInstanceOf(InvalidFieldsException.class)
        .hasMessage(
            "patient.serumCreatinine: required unless renalReplacement is"
                + " intermittent_hemodialysis (renalReplacement is "
                + rrt.name().toLowerCase(Locale.ROOT)
                + ")");
  }

  @Test
  void builder_ageSetTwice_throws() {
    assertThatThrownBy(() -> Patient.builder().age(Age.years(30)).age(Age.years(31)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("strict")
        .hasMessageContaining("age");
  }

  @Test
  void builder_serumCreatinineSetTwice_throws() {
    assertThatThrownBy(
            () ->
                Patient.builder()
                    .serumCreatinine(SerumCreatinine.mgPerDl(1))
                    .serumCreatinine(SerumCreatinine.mgPerDl(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serumCreatinine");
  }

  @Test
  void build_missingSexAndRenalReplacement_throwsNamingThem() {
    assertThatThrownBy(
            () ->
                Patient.builder()
                    .age(Age.years(30))
                    .weight(Mass.kilograms(70))
                    .height(Length.centimetres(170))
                    .serumCreatinine(SerumCreatinine.mgPerDl(1))
                    .build())
        .isInstanceOf(MissingFieldException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("patient.sex and patient.renalReplacement are required");
  }

  @Test
  void build_nothingSet_namesEveryRequiredAttribute() {
    assertThatThrownBy(() -> Patient.builder().build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage(
            "patient.age, patient.sex, patient.weight, patient.height and"
                + " patient.renalReplacement are required")
        .extracting(e -> ((MissingFieldException) e).fields())
        .isEqualTo(
            java.util.List.of(
                "patient.age",
                "patient.sex",
                "patient.weight",
                "patient.height",
                "patient.renalReplacement"));
  }

  @Test
  void equals_sameValues_equal() {
    assertThat(withAge(40)).isEqualTo(withAge(40)).hasSameHashCodeAs(withAge(40));
    assertThat(withAge(40)).isNotEqualTo(withAge(41));
  }
}
