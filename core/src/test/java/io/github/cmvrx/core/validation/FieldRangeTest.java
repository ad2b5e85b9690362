package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FieldRange: interval semantics, descriptions and messages (clinical basis §8). */
class FieldRangeTest {

  private static final FieldRange HALF_OPEN =
      new FieldRange("x.value", "kg", 0, false, 400, true, "test");
  private static final FieldRange CLOSED =
      new FieldRange("x.count", "cells/uL", 0, true, 5000, true, "test");
  private static final FieldRange OPEN_DECIMAL =
      new FieldRange("x.ratio", "mL/min/kg", 0.4, false, 1.4, false, "test");

  @Test
  void describe_caseLimits_matchClinicalSpec8() {
    assertThat(CaseLimits.AGE_YEARS.describe()).isEqualTo("(0, 120] years");
    assertThat(CaseLimits.WEIGHT_KG.describe()).isEqualTo("[0.3, 400] kg");
    assertThat(CaseLimits.HEIGHT_CM.describe()).isEqualTo("(30, 250] cm");
    assertThat(CaseLimits.SERUM_CREATININE_MG_DL.describe()).isEqualTo("[0.1, 20] mg/dL");
    // 20 mg/dL x 88.4 = 1768 umol/L.
    assertThat(CaseLimits.SERUM_CREATININE_UMOL_L.describe()).isEqualTo("[8.84, 1768] umol/L");
  }

  @Test
  void describe_plausibilityLimits_closedIntervals() {
    assertThat(CaseLimits.CD4_PER_UL.describe()).isEqualTo("[0, 5000] cells/uL");
    assertThat(CaseLimits.ANC_PER_UL.describe()).isEqualTo("[0, 100000] cells/uL");
    assertThat(CaseLimits.PLATELETS_PER_UL.describe()).isEqualTo("[0, 2000000] cells/uL");
    assertThat(CaseLimits.HEMOGLOBIN_G_PER_DL.describe()).isEqualTo("[0.5, 25] g/dL");
    assertThat(CaseLimits.URINE_PROTEIN_MG_PER_DL.describe()).isEqualTo("[0, 5000] mg/dL");
    assertThat(CaseLimits.MONTHS_CD4_ABOVE_100.describe()).isEqualTo("[0, 1440] months");
    assertThat(CaseLimits.DAYS_OF_IV_THERAPY.describe()).isEqualTo("[0, 3650] days");
    assertThat(CaseLimits.DAYS_OF_INDUCTION.describe()).isEqualTo("[0, 3650] days");
  }

  @Test
  void describe_openDecimalBounds_printsDecimals() {
    assertThat(OPEN_DECIMAL.describe()).isEqualTo("(0.4, 1.4) mL/min/kg");
  }

  @Test
  void fieldNames_areJsonContractPaths() {
    assertThat(CaseLimits.AGE_YEARS.field()).isEqualTo("patient.ageYears");
    assertThat(CaseLimits.WEIGHT_KG.field()).isEqualTo("patient.weightKg");
    assertThat(CaseLimits.HEIGHT_CM.field()).isEqualTo("patient.heightCm");
    assertThat(CaseLimits.SERUM_CREATININE_MG_DL.field())
        .isEqualTo("patient.serumCreatinine.value");
    assertThat(CaseLimits.CD4_PER_UL.field()).isEqualTo("host.cd4PerUl");
    assertThat(CaseLimits.MONTHS_CD4_ABOVE_100.field()).isEqualTo("host.monthsCd4Above100");
    assertThat(CaseLimits.ANC_PER_UL.field()).isEqualTo("labs.ancPerUl");
    assertThat(CaseLimits.PLATELETS_PER_UL.field()).isEqualTo("labs.plateletsPerUl");
    assertThat(CaseLimits.HEMOGLOBIN_G_PER_DL.field()).isEqualTo("labs.hemoglobinGPerDl");
    assertThat(CaseLimits.URINE_PROTEIN_MG_PER_DL.field()).isEqualTo("labs.urineProteinMgPerDl");
    assertThat(CaseLimits.DAYS_OF_IV_THERAPY.field()).isEqualTo("treatment.daysOfIvTherapy");
  }

  @Test
  void minAgeInScope_is28DaysInYears() {
    // Clinical basis §0: under 28 days is out of scope; 28 / 365.25 years = 0.07665982...
    assertThat(CaseLimits.MIN_AGE_IN_SCOPE_YEARS).isEqualTo(28.0 / 365.25);
  }

  @Test
  void accepts_halfOpen_edges() {
    assertThat(HALF_OPEN.accepts(0)).isFalse();
    assertThat(HALF_OPEN.accepts(Double.MIN_VALUE)).isTrue();
    assertThat(HALF_OPEN.accepts(400)).isTrue();
    assertThat(HALF_OPEN.accepts(Math.nextUp(400.0))).isFalse();
  }

  @Test
  void accepts_closed_edges() {
    assertThat(CLOSED.accepts(0)).isTrue();
    assertThat(CLOSED.accepts(-0.0)).isTrue();
    assertThat(CLOSED.accepts(-Double.MIN_VALUE)).isFalse();
    assertThat(CLOSED.accepts(5000)).isTrue();
    assertThat(CLOSED.accepts(Math.nextUp(5000.0))).isFalse();
  }

  @Test
  void accepts_open_edges() {
    assertThat(OPEN_DECIMAL.accepts(0.4)).isFalse();
    assertThat(OPEN_DECIMAL.accepts(Math.nextUp(0.4))).isTrue();
    assertThat(OPEN_DECIMAL.accepts(1.4)).isFalse();
    assertThat(OPEN_DECIMAL.accepts(Math.nextDown(1.4))).isTrue();
  }

  @Test
  void accepts_nonFinite_false() {
    FieldRange everything =
        new FieldRange(
            "x", "u", Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "test");
    assertThat(everything.accepts(Double.NaN)).isFalse();
    assertThat(everything.accepts(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(everything.accepts(Double.NEGATIVE_INFINITY)).isFalse();
    assertThat(everything.accepts(0)).isTrue();
  }

  @Test
  void check_inside_empty() {
    assertThat(CaseLimits.AGE_YEARS.check(120)).isEmpty();
  }

  @Test
  void check_aboveMax_errorNamesFieldValueAndRange() {
    assertThat(CaseLimits.AGE_YEARS.check(120.0000001))
        .contains(
            new FieldError(
                "patient.ageYears",
                "value 120.0000001 is outside the accepted range (0, 120] years"));
  }

  @Test
  void check_excludedMin_errorPrintsWholeNumber() {
    assertThat(CaseLimits.HEIGHT_CM.check(30))
        .contains(
            new FieldError(
                "patient.heightCm", "value 30 is outside the accepted range (30, 250] cm"));
  }

  @Test
  void check_nan_errorSaysNaN() {
    assertThat(CaseLimits.WEIGHT_KG.check(Double.NaN))
        .contains(
            new FieldError(
                "patient.weightKg", "value NaN is outside the accepted range [0.3, 400] kg"));
  }

  @Test
  void check_infinity_errorSaysInfinity() {
    assertThat(CaseLimits.WEIGHT_KG.check(Double.POSITIVE_INFINITY).map(FieldError::message))
        .contains("value Infinity is outside the accepted range [0.3, 400] kg");
  }

  @Test
  void check_negativeDecimal_errorPrintsDecimal() {
    assertThat(CaseLimits.CD4_PER_UL.check(-0.5).map(FieldError::message))
        .contains("value -0.5 is outside the accepted range [0, 5000] cells/uL");
  }

  @Test
  void check_valueIsWrittenAsGiven_neverRounded() {
    // A refused value is its shortest decimal: rounded, 5000.0000001 would read as the edge
    // (decision record 1406).
    assertThat(CaseLimits.CD4_PER_UL.check(5000.0000001).map(FieldError::message))
        .contains("value 5000.0000001 is outside the accepted range [0, 5000] cells/uL");
  }

  @Test
  void check_negativeZero_isWrittenAsZero() {
    assertThat(CaseLimits.WEIGHT_KG.check(-0.0).map(FieldError::message))
        .contains("value 0 is outside the accepted range [0.3, 400] kg");
  }

  @Test
  void describe_aWholeEdgeFrom1e15_hasNoExponent() {
    // NumberText's plain style writes every whole number with its digits (was "1.0E16")
    FieldRange huge = new FieldRange("x.huge", "u", 0, true, 1e16, true, "test");
    assertThat(huge.describe()).isEqualTo("[0, 10000000000000000] u");
  }

  @Test
  void require_inside_returnsValue() {
    assertThat(CaseLimits.WEIGHT_KG.require(70.5)).isEqualTo(70.5);
  }

  @Test
  void require_outside_throwsWithFieldPrefix() {
    assertThatThrownBy(() -> CaseLimits.WEIGHT_KG.require(400.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("patient.weightKg: value 400.5 is outside the accepted range [0.3, 400] kg");
  }

  @Test
  void constructor_minAboveMax_throws() {
    assertThatThrownBy(() -> new FieldRange("x.y", "kg", 5, true, 1, true, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range of x.y: min 5.0 > max 1.0");
  }

  @Test
  void constructor_nanBound_throws() {
    assertThatThrownBy(() -> new FieldRange("x.y", "kg", Double.NaN, true, 1, true, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.y");
  }

  @Test
  void constructor_pointRange_acceptsOnlyThePoint() {
    FieldRange point = new FieldRange("x.y", "kg", 3, true, 3, true, "test");
    assertThat(point.accepts(3)).isTrue();
    assertThat(point.accepts(Math.nextUp(3.0))).isFalse();
    assertThat(point.accepts(Math.nextDown(3.0))).isFalse();
  }

  @Test
  void accepts_property_exactlyTheValuesInsideHalfOpenRange() {
    qt().withFixedSeed(120L)
        .forAll(doubles().between(-1000, 1000))
        .check(v -> HALF_OPEN.accepts(v) == (v > 0 && v <= 400));
  }

  @Test
  void accepts_property_exactlyTheValuesInsideOpenRange() {
    qt().withFixedSeed(14L)
        .forAll(doubles().between(-5, 5))
        .check(v -> OPEN_DECIMAL.accepts(v) == (v > 0.4 && v < 1.4));
  }

  @Test
  void check_property_emptyIffAccepted() {
    qt().withFixedSeed(400L)
        .forAll(doubles().any())
        .check(v -> CLOSED.check(v).isEmpty() == CLOSED.accepts(v));
  }

  @Test
  void check_property_errorAlwaysNamesFieldAndRange() {
    qt().withFixedSeed(401L)
        .forAll(doubles().any())
        .assuming(v -> !CaseLimits.AGE_YEARS.accepts(v))
        .check(
            v -> {
              Optional<FieldError> error = CaseLimits.AGE_YEARS.check(v);
              return error.isPresent()
                  && error.get().field().equals("patient.ageYears")
                  && error.get().message().endsWith("(0, 120] years");
            });
  }

  @Test
  void fieldError_null_throws() {
    assertThatThrownBy(() -> new FieldError("f", nullString()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  private static String nullString() {
    return null;
  }
}
