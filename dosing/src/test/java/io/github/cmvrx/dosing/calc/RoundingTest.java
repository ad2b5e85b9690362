package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rounding to the policy increment, never above the computed dose (docs/decisions/0204). */
class RoundingTest {

  @ParameterizedTest
  @CsvSource({
    "350, 0, 350",
    "352.4, 5, 350",
    "352.5, 5, 350",
    "347.6, 5, 345",
    "349.99, 50, 300",
    "350, 50, 350",
    "100, 0.1, 100",
    "3, 5, 3",
    "0.3125, 0.25, 0.25",
  })
  void roundNotAbove_examples(double exact, double step, double expected) {
    assertThat(Rounding.roundNotAbove(exact, step)).isEqualTo(expected);
  }

  @Test
  void roundNotAbove_negativeIncrement_rejected() {
    assertThatThrownBy(() -> Rounding.roundNotAbove(100, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(-1.0 mg)");
  }

  @Test
  void roundNotAbove_nan_rejected() {
    assertThatThrownBy(() -> Rounding.roundNotAbove(Double.NaN, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }
}
