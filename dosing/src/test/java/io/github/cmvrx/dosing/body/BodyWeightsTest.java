package io.github.cmvrx.dosing.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyWeightsTest {

  /** Man of 5 ft 10 in (177.8 cm): 50 + 2.3 x 10 = 73 kg (DEVINE-1974 formula, clinical basis §2.4). */
  @Test
  void idealDevine_man70inches_is73() {
    assertThat(BodyWeights.idealDevine(Sex.MALE, Length.centimetres(177.8)).orElseThrow().kilograms())
        .isCloseTo(73.0, within(1e-9));
  }

  /** Woman of 5 ft 5 in (165.1 cm): 45.5 + 2.3 x 5 = 57 kg (DEVINE-1974, clinical basis §2.4). */
  @Test
  void idealDevine_woman65inches_is57() {
    assertThat(BodyWeights.idealDevine(Sex.FEMALE, Length.centimetres(165.1)).orElseThrow().kilograms())
        .isCloseTo(57.0, within(1e-9));
  }

  /** Exactly 60 inches (152.4 cm): base weight, 50 kg for a man. */
  @Test
  void idealDevine_exactly60inches_isBase() {
    assertThat(BodyWeights.idealDevine(Sex.MALE, Length.centimetres(152.4)).orElseThrow().kilograms())
        .isCloseTo(50.0, within(1e-9));
  }

  /** Below 60 inches IBW is not defined (clinical basis §2.10). */
  @Test
  void idealDevine_below60inches_empty() {
    assertThat(BodyWeights.idealDevine(Sex.FEMALE, Length.centimetres(152.3))).isEmpty();
    assertThat(BodyWeights.idealDevine(Sex.MALE, Length.centimetres(31))).isEmpty();
  }

  /** BigDecimal reference at the top of the height domain, 250 cm. */
  @ParameterizedTest
  @CsvSource({"MALE, 250", "FEMALE, 250", "MALE, 152.41"})
  void idealDevine_edges_matchesBigDecimalReference(Sex sex, double cm) {
    BigDecimal inches =
        BigDecimal.valueOf(cm).divide(new BigDecimal("2.54"), MathContext.DECIMAL128);
    BigDecimal ref =
        new BigDecimal(sex == Sex.MALE ? "50" : "45.5")
            .add(new BigDecimal("2.3").multiply(inches.subtract(BigDecimal.valueOf(60))));
    assertThat(BodyWeights.idealDevine(sex, Length.centimetres(cm)).orElseThrow().kilograms())
        .isCloseTo(ref.doubleValue(), within(1e-9));
  }

  /** IBW 70, actual 120: 70 + 0.4 x 50 = 90 kg (BAUER-2001, clinical basis §2). */
  @Test
  void adjusted_ibw70actual120_is90() {
    assertThat(BodyWeights.adjusted(Mass.kilograms(70), Mass.kilograms(120)).kilograms())
        .isCloseTo(90.0, within(1e-9));
  }

  @Test
  void adjusted_actualBelowIdeal_rejected() {
    assertThatThrownBy(() -> BodyWeights.adjusted(Mass.kilograms(70), Mass.kilograms(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("60.0 kg")
        .hasMessageContaining("70.0 kg");
  }

  /** 1.3 x 70 = 91 kg: 91 is not above it, 91.1 is (clinical basis §2.4, "exceeds 1.3 x IBW"). */
  @Test
  void isObese_boundary() {
    assertThat(BodyWeights.isObese(Mass.kilograms(70), Mass.kilograms(91))).isFalse();
    assertThat(BodyWeights.isObese(Mass.kilograms(70), Mass.kilograms(91.1))).isTrue();
  }
}
