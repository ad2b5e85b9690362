package io.github.cmvrx.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Mass in pounds: 1 lb = 0.45359237 kg exactly (international yard and pound, 1959). */
class MassTest {

  @Test
  void kilogramsPerPound_isExact() {
    assertThat(Mass.KILOGRAMS_PER_POUND).isEqualTo(0.45359237);
  }

  @Test
  void pounds_hundred_is45point359237Kilograms() {
    // 100 lb x 0.45359237 kg/lb = 45.359237 kg.
    assertThat(Mass.pounds(100).kilograms()).isCloseTo(45.359237, within(45.359237 * 1e-12));
  }

  @Test
  void pounds_137_isAbout62Kilograms() {
    // 137 lb x 0.45359237 = 62.14215469 kg: the README patient's 62 kg, written in pounds.
    assertThat(Mass.pounds(137).kilograms()).isCloseTo(62.14215469, within(62.14 * 1e-12));
  }

  @Test
  void pounds_negative_throwsNamingTheUnit() {
    assertThatThrownBy(() -> Mass.pounds(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mass (lb)");
  }

  @Test
  void kilograms_isTheValueGiven() {
    assertThat(Mass.kilograms(62).kilograms()).isEqualTo(62.0);
  }
}
