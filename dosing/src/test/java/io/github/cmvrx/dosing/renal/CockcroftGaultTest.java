package io.github.cmvrx.dosing.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CockcroftGaultTest {

  /**
   * Published worked example: 70-year-old man, 75 kg, SCr 1.0 mg/dL: (140 - 70) x 75 / (72 x 1.0) =
   * 5250 / 72 = 72.9 mL/min (droracle.ai, "How to calculate creatinine clearance",
   * articles/797449).
   */
  @Test
  void creatinineClearance_publishedExampleMan70_is72point9() {
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(70), Sex.MALE, Mass.kilograms(75), SerumCreatinine.mgPerDl(1.0))
            .mlPerMin();
    assertThat(crcl).isCloseTo(72.92, within(0.01));
  }

  /**
   * Published worked example: 50-year-old man, 80 kg, SCr 1.0 mg/dL: 90 x 80 / 72 = 100 mL/min
   * (theprimecalculator.com, creatinine clearance formula, worked example).
   */
  @Test
  void creatinineClearance_publishedExampleMan50_is100() {
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(50), Sex.MALE, Mass.kilograms(80), SerumCreatinine.mgPerDl(1.0))
            .mlPerMin();
    assertThat(crcl).isCloseTo(100.0, within(1e-9));
  }

  /**
   * From the clearance per kg: the same woman, (140 - 50) / 72 x 0.85 = 1.0625 mL/min/kg, times
   * 80 kg = 85 mL/min, exactly the value of the four-argument form (clinical basis §2.2).
   */
  @Test
  void creatinineClearance_fromPerKg_sameValueAsFromAgeSexAndCreatinine() {
    var perKg = CockcroftGault.perKilogram(Age.years(50), Sex.FEMALE, SerumCreatinine.mgPerDl(1.0));
    assertThat(perKg.mlPerMinPerKg()).isCloseTo(1.0625, within(1e-12));
    double crcl = CockcroftGault.creatinineClearance(perKg, Mass.kilograms(80)).mlPerMin();
    assertThat(crcl).isCloseTo(85.0, within(1e-9));
    assertThat(crcl)
        .isEqualTo(
            CockcroftGault.creatinineClearance(
                    Age.years(50), Sex.FEMALE, Mass.kilograms(80), SerumCreatinine.mgPerDl(1.0))
                .mlPerMin());
  }

  /** Same patient, female: 100 x 0.85 = 85 mL/min (CG-1976 female factor, clinical basis §2.2). */
  @Test
  void creatinineClearance_female_timesPoint85() {
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(50), Sex.FEMALE, Mass.kilograms(80), SerumCreatinine.mgPerDl(1.0))
            .mlPerMin();
    assertThat(crcl).isCloseTo(85.0, within(1e-9));
  }

  /**
   * Creatinine in umol/L: 88.4 umol/L is 1 mg/dL (clinical basis §2.1), so the result equals the mg/dL
   * example, 100 mL/min.
   */
  @Test
  void creatinineClearance_umolPerL_sameAsMgPerDl() {
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(50), Sex.MALE, Mass.kilograms(80), SerumCreatinine.umolPerL(88.4))
            .mlPerMin();
    assertThat(crcl).isCloseTo(100.0, within(1e-9));
  }

  /** Foscarnet per kg: (140 - 40) / (72 x 1.0) = 1.3889 mL/min/kg (FOS-PI formula, clinical basis §2.3). */
  @Test
  void perKilogram_man40_is1point389() {
    assertThat(
            CockcroftGault.perKilogram(Age.years(40), Sex.MALE, SerumCreatinine.mgPerDl(1.0))
                .mlPerMinPerKg())
        .isCloseTo(100.0 / 72.0, within(1e-12));
  }

  /** Female per kg: (140 - 68) / (72 x 2) x 0.85 = 0.425 mL/min/kg (FOS-PI, clinical basis §2.3). */
  @Test
  void perKilogram_woman68Scr2_isPoint425() {
    assertThat(
            CockcroftGault.perKilogram(Age.years(68), Sex.FEMALE, SerumCreatinine.mgPerDl(2.0))
                .mlPerMinPerKg())
        .isCloseTo(0.425, within(1e-12));
  }

  /**
   * BigDecimal reference at the edges of the domain: age 18 and 120, creatinine 0.1 (the physiological floor) and 20 mg/dL,
   * weight 0.5 and 400 kg. Relies on the correctness of BigDecimal arithmetic.
   */
  @ParameterizedTest
  @CsvSource({
    "18, MALE, 400, 0.1",
    "18, FEMALE, 0.5, 20",
    "120, MALE, 0.5, 20",
    "120, FEMALE, 400, 0.1",
    "18, MALE, 1, 20",
    "119.99, FEMALE, 3, 0.2",
  })
  void creatinineClearance_domainEdges_matchesBigDecimalReference(
      double age, Sex sex, double kg, double scr) {
    BigDecimal ref =
        BigDecimal.valueOf(140)
            .subtract(BigDecimal.valueOf(age))
            .multiply(BigDecimal.valueOf(kg))
            .divide(
                BigDecimal.valueOf(72).multiply(BigDecimal.valueOf(scr)), MathContext.DECIMAL128);
    if (sex == Sex.FEMALE) {
      ref = ref.multiply(new BigDecimal("0.85"));
    }
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(age), sex, Mass.kilograms(kg), SerumCreatinine.mgPerDl(scr))
            .mlPerMin();
    assertThat(crcl).isCloseTo(ref.doubleValue(), within(Math.abs(ref.doubleValue()) * 1e-12));
    assertThat(crcl).isGreaterThanOrEqualTo(0);
  }

  @Test
  void creatinineClearance_under18_rejectedNamingValueAndRange() {
    assertThatThrownBy(
            () ->
                CockcroftGault.creatinineClearance(
                    Age.years(17.9), Sex.MALE, Mass.kilograms(60), SerumCreatinine.mgPerDl(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("age (years) (17.9)")
        .hasMessageContaining("[18.0, 120.0]");
  }

  @Test
  void perKilogram_over120_rejected() {
    assertThatThrownBy(
            () -> CockcroftGault.perKilogram(Age.years(120.5), Sex.MALE, SerumCreatinine.mgPerDl(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("120.5");
  }

  @Test
  void creatinineClearance_creatinineAbove20_rejectedNamingField() {
    assertThatThrownBy(
            () ->
                CockcroftGault.creatinineClearance(
                    Age.years(50), Sex.MALE, Mass.kilograms(60), SerumCreatinine.mgPerDl(20.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patient.serumCreatinine.value")
        .hasMessageContaining("20.5");
  }

  /** The umol/L limit is 20 x 88.4 = 1768 umol/L (clinical basis §8); exactly at it is accepted. */
  @Test
  void creatinineClearance_umolAtLimit_accepted() {
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(68), Sex.MALE, Mass.kilograms(72), SerumCreatinine.umolPerL(1768))
            .mlPerMin();
    // (140 - 68) x 72 / (72 x 20) = 3.6 mL/min
    assertThat(crcl).isCloseTo(3.6, within(1e-9));
  }
}
