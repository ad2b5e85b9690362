package io.github.cmvrx.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Length in inches: 1 inch = 2.54 cm exactly (international yard and pound, 1959). */
class LengthTest {

  @Test
  void inches_152point4Centimetres_isSixty() {
    // 60 inches is the Devine lower limit (DEVINE-1974): 60 x 2.54 = 152.4 cm.
    assertThat(Length.of(152.4).inches()).isCloseTo(60.0, within(60.0 * 1e-12));
  }

  @Test
  void inches_254Centimetres_isHundred() {
    assertThat(Length.of(254.0).inches()).isCloseTo(100.0, within(100.0 * 1e-12));
  }

  @Test
  void centimetresPerInch_isExact() {
    assertThat(Length.CENTIMETRES_PER_INCH).isEqualTo(2.54);
  }

  @Test
  void compareTo_ordersByCentimetres() {
    assertThat(Length.of(150.0)).isLessThan(Length.of(150.5));
    assertThat(Mass.of(70.0)).isGreaterThan(Mass.of(69.9));
  }
}
