package io.github.cmvrx.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The what-if report's percentages and doses follow the one rounding rule (decision record 1441):
 * the shortest decimal, half up. The values are those that changed when the rule replaced half
 * even, worked by hand.
 */
class FormatTest {

  @Test
  void percent_tieAtTheThirdDecimal_roundsUp() {
    // 697 of 4000 = 17.425 %: 17.43 (half even gave 17.42).
    assertThat(Format.percent(697, 4000)).isEqualTo("17.43");
    // 21 of 32 = 65.625 %: 65.63 (half even gave 65.62).
    assertThat(Format.percent(21, 32)).isEqualTo("65.63");
    // 1 of 8 = 12.5 %: no rounding needed.
    assertThat(Format.percent(1, 8)).isEqualTo("12.5");
    assertThat(Format.percent(0, 40)).isEqualTo("0");
    assertThat(Format.percent(1, 0)).isEmpty();
  }

  @Test
  void percentText_tieAtTheSecondDecimal_roundsUp() {
    // 385 of 2000 = 19.25 %: 19.3% (half even gave 19.2%).
    assertThat(Format.percentText(Format.percentValue(385, 2000))).isEqualTo("19.3%");
    // 13 of 16 = 81.25 %: 81.3%.
    assertThat(Format.percentText(Format.percentValue(13, 16))).isEqualTo("81.3%");
    assertThat(Format.percentText(Format.percentValue(1, 0))).isEmpty();
  }

  @Test
  void mg_oneDecimalHalfUp_signedWithPlus() {
    assertThat(Format.mg(87.25)).isEqualTo("87.3");
    assertThat(Format.mg(900)).isEqualTo("900");
    assertThat(Format.signedMg(0.05)).isEqualTo("+0.1");
    assertThat(Format.signedMg(-10.75)).isEqualTo("-10.8");
    assertThat(Format.signedMg(0)).isEqualTo("0");
    assertThat(Format.fixed(2.5, 0)).isEqualTo("3");
  }
}
