package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A value of the case echoed back in a text (a measured input, perhaps converted to the
 * contract's unit) is written with at most 2 decimals, rounded half up from its shortest decimal,
 * trailing zeros dropped (style {@code upto2}, decision record 1406); the limits beside it are
 * written as given. Expected texts are worked out by hand.
 */
class EchoedValuesTest {

  private static String text(MessageKey key, Object... args) {
    return Renderer.english().render(Message.of(key, args));
  }

  @Test
  void cytopenia_valuesWithAtMostTwoDecimals() {
    // a generated ANC of 64.38127817654687 /uL: 64.38 (third decimal 1, rounded down)
    assertThat(text(MessageKey.CYTOPENIA_ANC, 64.38127817654687, 500.0))
        .isEqualTo("ANC 64.38 /uL < 500");
    // 21,456.789 /uL: 21456.79; the threshold keeps its grouping
    assertThat(text(MessageKey.CYTOPENIA_PLATELETS, 21_456.789, 25_000.0))
        .isEqualTo("platelets 21456.79 /uL < 25,000");
    // 72 g/L converted to g/dL: 7.2 stays 7.2 (no zero added)
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.2, 8.0))
        .isEqualTo("haemoglobin 7.2 g/dL < 8");
    // 7.125 g/dL: a tie, rounded up from the decimal as written: 7.13
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.125, 8.0))
        .isEqualTo("haemoglobin 7.13 g/dL < 8");
  }

  @Test
  void cytopenia_aValueWithin0005OfItsThreshold_neverReadsAsTheThreshold() {
    // upto2 rounds 7.996 to 8.00, "8", which would read "8 g/dL < 8"; one more place, 7.996, reads
    // below 8 (decision record 1407; 1406 had listed "8 < 8").
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.996, 8.0))
        .isEqualTo("haemoglobin 7.996 g/dL < 8");
  }

  @Test
  void cidofovirUrineProtein_valuesWithAtMostTwoDecimals() {
    // 303.8381377055128 mg/dL: 303.84
    assertThat(text(MessageKey.CDV_PROTEINURIA_STOP, 303.8381377055128))
        .isEqualTo("proteinuria 3+ (303.84 mg/dL): discontinue cidofovir");
    // 100 mg/L converted to mg/dL is 10; 1,250.5 mg/L is 125.05 mg/dL
    assertThat(text(MessageKey.CDV_URINE_PROTEIN_HIGH, 125.05))
        .isEqualTo("urine protein 125.05 mg/dL >= 100 (2+)");
    // serum creatinine f2 (1.2 -> 1.20), CrCl f1 (60.25 -> 60.3, a tie rounded up), urine
    // protein upto2 (12.345 -> 12.35)
    assertThat(text(MessageKey.CDV_ELIGIBLE, 1.2, 60.25, 12.345))
        .isEqualTo(
            "eligible: serum creatinine 1.20 mg/dL, CrCl 60.3 mL/min, urine protein 12.35 mg/dL,"
                + " no nephrotoxic drug");
  }

  @Test
  void aWholeCount_readsAsGiven() {
    assertThat(text(MessageKey.IMPLAUSIBLE_ANC, 60_000.0, 50_000.0))
        .isEqualTo("60000 cells/uL is above 50000 cells/uL");
    assertThat(text(MessageKey.IMPLAUSIBLE_AGE, 115.0, 110.0)).isEqualTo("115 years is above 110");
  }

  @Test
  void anEchoedWeight_isTheShortestDecimalRoundedHalfUpToTwoPlaces() {
    // The rule written independently of NumberText: BigDecimal of the shortest decimal,
    // half up to 2 places, trailing zeros dropped.
    qt().withFixedSeed(1406L)
        .forAll(doubles().between(0.001, 400))
        .check(
            kg -> {
              String expected =
                  new BigDecimal(Double.toString(kg))
                      .setScale(2, RoundingMode.HALF_UP)
                      .stripTrailingZeros()
                      .toPlainString();
              String t =
                  text(
                      MessageKey.IMPLAUSIBLE_WEIGHT,
                      kg,
                      30.0,
                      250.0,
                      Message.of(MessageKey.AGE_GROUP_ADULT));
              return t.equals(expected + " kg is outside [30, 250] kg for age 18 years and over");
            });
  }
}
