package io.github.cmvrx.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/**
 * Serum creatinine unit conversion: mg/dL = umol/L / 88.4 (clinical basis §2.1, "standard
 * conversion"). Expected values are computed by hand from that factor.
 */
class SerumCreatinineTest {

  /** Tolerance for a converted value: a few ulps relative to its magnitude (style 2.5, 18). */
  private static final double RELATIVE_TOLERANCE = 1e-12;

  @Test
  void conversionFactor_isSpecValue() {
    assertThat(SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL).isEqualTo(88.4);
  }

  @Test
  void mgPerDl_from884UmolPerL_isOne() {
    // 88.4 / 88.4 = 1 exactly.
    assertThat(SerumCreatinine.umolPerL(88.4).mgPerDl()).isEqualTo(1.0);
  }

  @Test
  void umolPerL_fromOneMgPerDl_is884() {
    assertThat(SerumCreatinine.mgPerDl(1.0).umolPerL()).isEqualTo(88.4);
  }

  @Test
  void mgPerDl_from1768UmolPerL_isTwenty() {
    // The upper limit of clinical basis §8: 20 mg/dL x 88.4 = 1768 umol/L.
    assertThat(SerumCreatinine.umolPerL(1768).mgPerDl()).isCloseTo(20.0, within(20.0 * 1e-12));
  }

  @Test
  void umolPerL_fromOnePointFiveMgPerDl_is1326() {
    // The cidofovir cut-off 1.5 mg/dL (CDV-PI) is 1.5 x 88.4 = 132.6 umol/L.
    assertThat(SerumCreatinine.mgPerDl(1.5).umolPerL()).isCloseTo(132.6, within(132.6 * 1e-12));
  }

  @Test
  void mgPerDl_from442UmolPerL_isFive() {
    // 442 / 88.4 = 5.
    assertThat(SerumCreatinine.umolPerL(442).mgPerDl()).isCloseTo(5.0, within(5.0 * 1e-12));
  }

  @Test
  void accessors_sameUnit_returnReportedValueUnchanged() {
    assertThat(SerumCreatinine.mgPerDl(0.73).mgPerDl()).isEqualTo(0.73);
    assertThat(SerumCreatinine.umolPerL(61.0).umolPerL()).isEqualTo(61.0);
  }

  @Test
  void factories_keepTheReportedUnit() {
    assertThat(SerumCreatinine.mgPerDl(1.0).unit()).isEqualTo(CreatinineUnit.MG_PER_DL);
    assertThat(SerumCreatinine.umolPerL(88.4).unit()).isEqualTo(CreatinineUnit.UMOL_PER_L);
  }

  @Test
  void equals_sameConcentrationDifferentUnit_notEqual() {
    // Documented: equality compares the reported value and unit.
    assertThat(SerumCreatinine.mgPerDl(1.0)).isNotEqualTo(SerumCreatinine.umolPerL(88.4));
  }

  @Test
  void unitSymbols_areTheJsonContractStrings() {
    assertThat(CreatinineUnit.MG_PER_DL.symbol()).isEqualTo("mg/dL");
    assertThat(CreatinineUnit.UMOL_PER_L.symbol()).isEqualTo("umol/L");
  }

  @Test
  void constructor_nullUnit_throws() {
    assertThatThrownBy(() -> new SerumCreatinine(1.0, nullUnit()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }

  @Test
  void roundTrip_mgPerDlToUmolPerLAndBack_returnsTheValue() {
    qt().withFixedSeed(20261124L)
        .forAll(doubles().between(1e-6, 20.0))
        .checkAssert(
            mg -> {
              double back =
                  SerumCreatinine.umolPerL(SerumCreatinine.mgPerDl(mg).umolPerL()).mgPerDl();
              assertThat(back).isCloseTo(mg, within(mg * RELATIVE_TOLERANCE));
            });
  }

  @Test
  void roundTrip_umolPerLToMgPerDlAndBack_returnsTheValue() {
    qt().withFixedSeed(884L)
        .forAll(doubles().between(1e-4, 1768.0))
        .checkAssert(
            umol -> {
              double back =
                  SerumCreatinine.mgPerDl(SerumCreatinine.umolPerL(umol).mgPerDl()).umolPerL();
              assertThat(back).isCloseTo(umol, within(umol * RELATIVE_TOLERANCE));
            });
  }

  @Test
  void conversion_isMonotone() {
    qt().withFixedSeed(7L)
        .forAll(doubles().between(1e-3, 1768.0), doubles().between(1e-3, 1768.0))
        .assuming((a, b) -> a < b)
        .check(
            (a, b) ->
                SerumCreatinine.umolPerL(a).mgPerDl() <= SerumCreatinine.umolPerL(b).mgPerDl());
  }

  private static CreatinineUnit nullUnit() {
    return null;
  }
}
