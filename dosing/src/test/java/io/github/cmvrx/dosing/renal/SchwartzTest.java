package io.github.cmvrx.dosing.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchwartzTest {

  /** Bedside: 0.413 x 140 cm / 0.7 mg/dL = 82.6 mL/min/1.73 m2 (SCHWARTZ-2009, clinical basis §2.7). */
  @Test
  void bedside_child140cm_is82point6() {
    assertThat(
            Schwartz.bedside(Age.years(10), Length.centimetres(140), SerumCreatinine.mgPerDl(0.7))
                .mlPerMinPer173())
        .isCloseTo(82.6, within(1e-9));
  }

  /**
   * Published worked example: child 100 cm, SCr 0.5 mg/dL: 0.413 x 100 / 0.5 = 82.6
   * (calculatorlib.com, pediatric GFR calculator, worked example).
   */
  @Test
  void bedside_publishedExample100cmScr05_is82point6() {
    assertThat(
            Schwartz.bedside(Age.years(4), Length.centimetres(100), SerumCreatinine.mgPerDl(0.5))
                .mlPerMinPer173())
        .isCloseTo(82.6, within(1e-9));
  }

  /**
   * Published worked example: child 100 cm, SCr 0.4 mg/dL: 0.413 x 100 / 0.4 = 103 (103.25)
   * (doctaverse.pages.dev, "Bedside Schwartz eGFR in children", worked example).
   */
  @Test
  void bedside_publishedExample100cmScr04_is103() {
    assertThat(
            Schwartz.bedside(Age.years(4), Length.centimetres(100), SerumCreatinine.mgPerDl(0.4))
                .mlPerMinPer173())
        .isCloseTo(103.25, within(1e-9));
  }

  /** BigDecimal reference at the domain edges (height 30.01 and 250 cm, SCr 0.1 and 20). */
  @ParameterizedTest
  @CsvSource({"1, 30.01, 20", "17.99, 250, 0.1", "1, 250, 0.1", "17.99, 30.01, 20"})
  void bedside_domainEdges_matchesBigDecimalReference(double age, double cm, double scr) {
    BigDecimal ref =
        new BigDecimal("0.413")
            .multiply(BigDecimal.valueOf(cm))
            .divide(BigDecimal.valueOf(scr), MathContext.DECIMAL128);
    assertThat(
            Schwartz.bedside(Age.years(age), Length.centimetres(cm), SerumCreatinine.mgPerDl(scr))
                .mlPerMinPer173())
        .isCloseTo(ref.doubleValue(), within(ref.doubleValue() * 1e-12));
  }

  @Test
  void bedside_under1Year_rejected() {
    assertThatThrownBy(
            () -> Schwartz.bedside(Age.years(0.5), Length.centimetres(70), SerumCreatinine.mgPerDl(0.3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0.5)")
        .hasMessageContaining("[1.0, 18.0)");
  }

  @Test
  void bedside_at18_rejected() {
    assertThatThrownBy(
            () -> Schwartz.bedside(Age.years(18), Length.centimetres(170), SerumCreatinine.mgPerDl(0.8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(18.0)");
  }

  /**
   * Label k by age and sex (VGC-PI §2.3, clinical basis §2): height 100 cm, SCr 1 mg/dL, so the result is 100
   * x k.
   */
  @ParameterizedTest
  @CsvSource({
    "0.5, MALE, true, 33",
    "0.5, FEMALE, false, 45",
    "1.5, MALE, true, 45",
    "1.99, FEMALE, false, 45",
    "2, MALE, false, 55",
    "12.99, MALE, false, 55",
    "13, MALE, false, 70",
    "16.99, MALE, false, 70",
    "13, FEMALE, false, 55",
    "16.99, FEMALE, false, 55",
  })
  void label_kByAgeAndSex(double age, Sex sex, boolean lbw, double expected) {
    assertThat(
            Schwartz.label(Age.years(age), sex, lbw, Length.centimetres(100), SerumCreatinine.mgPerDl(1))
                .mlPerMin())
        .isCloseTo(expected, within(1e-9));
  }

  /** 0.55 x 100 / 0.3 = 183.3, capped at 150 (VGC-PI §2.3). */
  @Test
  void label_above150_capped() {
    assertThat(
            Schwartz.label(
                    Age.years(8), Sex.FEMALE, false, Length.centimetres(100), SerumCreatinine.mgPerDl(0.3))
                .mlPerMin())
        .isEqualTo(150.0);
  }

  @Test
  void label_at17_rejected() {
    assertThatThrownBy(
            () ->
                Schwartz.label(
                    Age.years(17), Sex.MALE, false, Length.centimetres(170), SerumCreatinine.mgPerDl(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(17.0)");
  }
}
