package io.github.cmvrx.dosing.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MostellerTest {

  /** 180 cm, 80 kg: sqrt(14400 / 3600) = 2.0 m2 (MOSTELLER-1987 formula, clinical basis §2.6). */
  @Test
  void bodySurfaceArea_180cm80kg_is2() {
    assertThat(Mosteller.bodySurfaceArea(Length.centimetres(180), Mass.kilograms(80)).squareMetres())
        .isCloseTo(2.0, within(1e-12));
  }

  /**
   * Published worked example: 175 cm, 70 kg: 12,250 / 3600 = 3.4028, square root 1.845 m2
   * (omnicalc-8ti.pages.dev, body surface area calculator, worked example).
   */
  @Test
  void bodySurfaceArea_publishedExample175cm70kg_is1point845() {
    assertThat(Mosteller.bodySurfaceArea(Length.centimetres(175), Mass.kilograms(70)).squareMetres())
        .isCloseTo(1.845, within(0.0005));
  }

  /** 100 cm, 36 kg: sqrt(3600 / 3600) = 1.0 m2. */
  @Test
  void bodySurfaceArea_100cm36kg_is1() {
    assertThat(Mosteller.bodySurfaceArea(Length.centimetres(100), Mass.kilograms(36)).squareMetres())
        .isCloseTo(1.0, within(1e-12));
  }

  /** BigDecimal reference at the domain extremes (height 30.01-250 cm, weight 0.01-400 kg). */
  @ParameterizedTest
  @CsvSource({"30.01, 0.01", "250, 400", "30.01, 400", "250, 0.01"})
  void bodySurfaceArea_extremes_matchesBigDecimalReference(double cm, double kg) {
    BigDecimal ref =
        BigDecimal.valueOf(cm)
            .multiply(BigDecimal.valueOf(kg))
            .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL128)
            .sqrt(MathContext.DECIMAL128);
    assertThat(Mosteller.bodySurfaceArea(Length.centimetres(cm), Mass.kilograms(kg)).squareMetres())
        .isCloseTo(ref.doubleValue(), within(ref.doubleValue() * 1e-12));
  }
}
