package io.github.cmvrx.simulation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Display rounding: half up, trailing zeros dropped, plain digits, no locale. */
class DisplayNumbersTest {

  @Test
  void format_wholeNumber_noDecimals() {
    assertThat(DisplayNumbers.format(350.0, 2)).isEqualTo("350");
    assertThat(DisplayNumbers.format(4200.0, 2)).isEqualTo("4200");
  }

  @Test
  void format_largeNumber_noExponentNoGrouping() {
    assertThat(DisplayNumbers.format(1.0e7, 2)).isEqualTo("10000000");
  }

  @Test
  void format_fewerDecimalsThanAllowed_kept() {
    assertThat(DisplayNumbers.format(87.5, 2)).isEqualTo("87.5");
    assertThat(DisplayNumbers.format(0.625, 3)).isEqualTo("0.625");
  }

  @Test
  void format_halfUp() {
    assertThat(DisplayNumbers.format(77.875, 2)).isEqualTo("77.88");
    assertThat(DisplayNumbers.format(97.25, 1)).isEqualTo("97.3");
    assertThat(DisplayNumbers.format(97.24, 1)).isEqualTo("97.2");
  }

  @Test
  void format_zeroAndNegativeZero_zero() {
    assertThat(DisplayNumbers.format(0.0, 2)).isEqualTo("0");
    assertThat(DisplayNumbers.format(-0.0, 2)).isEqualTo("0");
    assertThat(DisplayNumbers.format(0.0004, 3)).isEqualTo("0");
  }

  @Test
  void format_nonFinite_throws() {
    assertThatThrownBy(() -> DisplayNumbers.format(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot display a non-finite number (NaN)");
  }
}
