package io.github.cmvrx.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Length in inches: 1 inch = 2.54 cm exactly (international yard and pound, 1959). */
class LengthTest {

  @Test
  void inches_152point4Centimetres_isSixty() {
    // 60 inches is the Devine lower limit (DEVINE-1974): 60 x 2.54 = 152.4 cm.
    assertThat(Length.centimetres(152.4).inches()).isCloseTo(60.0, within(60.0 * 1e-12));
  }

  @Test
  void inches_254Centimetres_isHundred() {
    assertThat(Length.centimetres(254.0).inches()).isCloseTo(100.0, within(100.0 * 1e-12));
  }

  @Test
  void centimetresPerInch_isExact() {
    assertThat(Length.CENTIMETRES_PER_INCH).isEqualTo(2.54);
  }

  @Test
  void compareTo_ordersByCentimetres() {
    assertThat(Length.centimetres(150.0)).isLessThan(Length.centimetres(150.5));
    assertThat(Mass.kilograms(70.0)).isGreaterThan(Mass.kilograms(69.9));
  }

  @Test
  void inchesFactory_67Inches_is170point18Centimetres() {
    // A height of 67 in is 67 x 2.54 = 170.18 cm, not 67 cm (issue 9: Length.of(67) took it as cm).
    assertThat(Length.inches(67).centimetres()).isCloseTo(170.18, within(170.18 * 1e-12));
  }

  @Test
  void inchesFactory_roundTripsThroughInches() {
    assertThat(Length.inches(60).inches()).isCloseTo(60.0, within(60.0 * 1e-12));
  }

  @Test
  void inchesFactory_zero_throwsNamingTheUnit() {
    assertThatThrownBy(() -> Length.inches(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length (in)");
  }
}
