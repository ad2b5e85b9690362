package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * NumberText must print exactly what {@code String.format(Locale.ROOT, "%.Nf", v)} prints (the
 * JDK formatter is its specification), for the values the texts use and for awkward ones: halves
 * on the shortest decimal, carries through nines, the scientific-notation ranges, signs, NaN.
 */
class NumberTextTest {

  private static String jdk(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }

  private static void assertSameAsJdk(double v) {
    for (int places = 0; places <= 4; places++) {
      assertThat(NumberText.fixed(v, places))
          .as("%s with %s places", v, places)
          .isEqualTo(jdk(v, places));
    }
    String plain = v == Math.rint(v) ? jdk(v, 0) : String.format(Locale.ROOT, "%s", v);
    assertThat(NumberText.plain(v)).as("plain %s", v).isEqualTo(plain);
  }

  @Test
  void fixed_handPickedValues_matchTheJdkFormatter() {
    double[] values = {
      0, 1, 5, 2.5, 0.5, 1.5, 0.05, 0.15, 0.25, 0.125, 1.005, 9.95, 99.95, 999.9999, 9.5, 69.95,
      70, 69.99999999999999, 0.001, 0.0009999, 0.00096, 0.0096, 0.004, 0.006, 1.25, 123.456,
      9_999_999.99, 1e7, 1.0e7 + 0.5, 4.9e-324, Double.MAX_VALUE, Double.MIN_NORMAL, -0.0, -1.5,
      -0.04, -70.05, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-3, 5e-4
    };
    for (double v : values) {
      assertSameAsJdk(v);
    }
  }

  @Test
  void fixed_decimalGridAndHalfwayValues_matchTheJdkFormatter() {
    // Values a lab or the engine produces: k / 10^d, and the halfway points between them.
    for (int d = 0; d <= 4; d++) {
      double scale = Math.pow(10, d);
      for (int k = 0; k <= 20_000; k += 7) {
        assertSameAsJdk(k / scale);
        assertSameAsJdk((k + 0.5) / scale);
      }
    }
  }

  @Test
  void fixed_valuesNearHalfwayPoints_matchTheJdkFormatter() {
    // Both sides of the fast path's halfway margin (1e-3 of a unit), and very close to halfway.
    double[] offsets = {0, 1e-9, 1e-6, 1e-4, 9.99e-4, 1e-3, 1.001e-3, 2e-3};
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      int places = random.nextInt(0, 5);
      double unit = Math.pow(10, -places);
      long k = random.nextLong(0, 10_000_000L);
      for (double offset : offsets) {
        assertSameAsJdk((k + 0.5 + offset) * unit);
        assertSameAsJdk((k + 0.5 - offset) * unit);
      }
    }
    assertSameAsJdk(9_999_999.95);
    assertSameAsJdk(9_999_999.9999);
    assertSameAsJdk(Math.nextDown(1e7));
  }

  @Test
  void fixed_randomDoublesOfEveryMagnitude_matchTheJdkFormatter() {
    SplittableRandom random = new SplittableRandom(20261124);
    for (int i = 0; i < 100_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(-5, 9));
      double v = random.nextDouble() * magnitude * (random.nextInt(10) == 0 ? -1 : 1);
      assertSameAsJdk(v);
    }
  }

  @Test
  void fixed_placesOutsideRange_throwsNamingThePlaces() {
    assertThatThrownBy(() -> NumberText.fixed(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(-1)");
    assertThatThrownBy(() -> NumberText.fixed(1, 19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(19)");
  }

  @Test
  void append_writesAfterTheExistingTextWhatTheStringFormsReturn() {
    // Worked by hand from the rule: the shortest decimal, rounded half up, then the style.
    assertThat(NumberText.appendFixed(new StringBuilder("dose "), 0.05, 1)).hasToString("dose 0.1");
    assertThat(NumberText.appendFixed(new StringBuilder("x"), 3.14159, 4)).hasToString("x3.1416");
    assertThat(NumberText.appendFixed(new StringBuilder("x"), 0.004, 3)).hasToString("x0.004");
    assertThat(NumberText.appendFixed(new StringBuilder("x"), 9.995, 2)).hasToString("x10.00");
    assertThat(NumberText.appendPlain(new StringBuilder("n="), 5)).hasToString("n=5");
    assertThat(NumberText.appendPlain(new StringBuilder("n="), 2.5)).hasToString("n=2.5");
    assertThat(NumberText.appendUpTo(new StringBuilder("v="), 72.9651, 2)).hasToString("v=72.97");
    assertThat(NumberText.appendUpTo(new StringBuilder("v="), 155.5, 2)).hasToString("v=155.5");
    assertThat(NumberText.appendGrouped(new StringBuilder("n="), 25_000)).hasToString("n=25,000");
    assertThat(NumberText.appendGrouped(new StringBuilder("n="), 1_234_567))
        .hasToString("n=1,234,567");
    assertThat(NumberText.appendGrouped(new StringBuilder("n="), 1000)).hasToString("n=1000");
  }

  @Test
  void appendUpTo_trimsOnlyItsOwnDigits() {
    // Zeros and a dot before the number belong to the text already written.
    assertThat(NumberText.appendUpTo(new StringBuilder("100"), 0.0, 2)).hasToString("1000");
    assertThat(NumberText.appendUpTo(new StringBuilder("1."), 20.0, 3)).hasToString("1.20");
    assertThat(NumberText.appendUpTo(new StringBuilder("x"), -0.001, 2)).hasToString("x0");
    assertThat(NumberText.appendUpTo(new StringBuilder("-"), -0.0, 1)).hasToString("-0");
    assertThat(NumberText.appendUpTo(new StringBuilder("x"), -1.25, 1)).hasToString("x-1.3");
  }

  @Test
  void upTo_roundsHalfUpOnTheShortestDecimalAndDropsTrailingZeros() {
    // Hand-worked: 77.875 -> 77.88; 97.25 -> 97.3; 0.1 + 0.2 (0.30000000000000004) -> 0.3;
    // 1.005 (shortest decimal "1.005") -> 1.01, not 1.00 as its binary value would round.
    assertThat(NumberText.upTo(77.875, 2)).isEqualTo("77.88");
    assertThat(NumberText.upTo(97.25, 1)).isEqualTo("97.3");
    assertThat(NumberText.upTo(0.1 + 0.2, 6)).isEqualTo("0.3");
    assertThat(NumberText.upTo(1.005, 2)).isEqualTo("1.01");
    assertThat(NumberText.upTo(0.0078125, 6)).isEqualTo("0.007813");
    assertThat(NumberText.upTo(350.0, 2)).isEqualTo("350");
    assertThat(NumberText.upTo(1.0e7, 2)).isEqualTo("10000000");
    assertThat(NumberText.upTo(0.0000004, 6)).isEqualTo("0");
  }

  @Test
  void significant_threeDigits_handWorked() {
    // Trailing zeros kept, half up on the shortest decimal, a carry moves the point:
    // 0.2 -> 0.200; 11.11 -> 11.1; 250 / 1.75^2 = 81.63 -> 81.6; 0.1495 -> 0.150 (shortest
    // decimal "0.1495", half up); 9.995 -> 10.0 (carry: one decimal fewer); 99.96 -> 100;
    // 123.4 -> 123; a whole part is never cut: 1234.5 -> 1235 (where %.3g writes 1.23e+03).
    assertThat(NumberText.significant(0.2, 3)).isEqualTo("0.200");
    assertThat(NumberText.significant(11.11, 3)).isEqualTo("11.1");
    assertThat(NumberText.significant(250 / (1.75 * 1.75), 3)).isEqualTo("81.6");
    assertThat(NumberText.significant(0.1495, 3)).isEqualTo("0.150");
    assertThat(NumberText.significant(9.995, 3)).isEqualTo("10.0");
    assertThat(NumberText.significant(99.96, 3)).isEqualTo("100");
    assertThat(NumberText.significant(123.4, 3)).isEqualTo("123");
    assertThat(NumberText.significant(1234.5, 3)).isEqualTo("1235");
    assertThat(NumberText.significant(0.00012345, 3)).isEqualTo("0.000123");
    assertThat(NumberText.significant(0, 3)).isEqualTo("0.00");
    assertThat(NumberText.significant(-0.25, 2)).isEqualTo("-0.25");
    assertThat(NumberText.appendSignificant(new StringBuilder("bmi "), 5, 3))
        .hasToString("bmi 5.00");
    assertThatThrownBy(() -> NumberText.significant(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void significant_matchesTheJdkGeneralFormatInTheRangeWithoutAnExponent() {
    // %.3g writes a plain decimal from 1e-4 up to 1000 after rounding: there the style is
    // exactly the JDK formatter (the texts' body mass index and creatinine values lie there).
    SplittableRandom random = new SplittableRandom(1405);
    for (int i = 0; i < 200_000; i++) {
      double v = Math.pow(10, -4 + random.nextDouble() * 6.99);
      double shortDecimal = Math.round(v * 1000) / 1000.0;
      for (double x : new double[] {v, shortDecimal}) {
        if (x >= 1e-4 && x < 999.5) {
          assertThat(NumberText.significant(x, 3))
              .as("%s", x)
              .isEqualTo(String.format(Locale.ROOT, "%.3g", x));
        }
      }
    }
  }
}
