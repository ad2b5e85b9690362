package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rounded value never contradicts the limit it is compared with (decision record 1407): a value
 * that its style would write as its limit, or on the wrong side of it, gets more decimals until
 * it reads on its true side; a value equal to its limit, and a value not near it, read as before.
 * Expected texts are worked out by hand: the style's rounding (half up from the shortest
 * decimal), then one more place at a time.
 */
class TrueSideTest {

  private static String text(MessageKey key, Object... args) {
    return Renderer.english().render(Message.of(key, args));
  }

  private static Message crcl(double mlPerMin) {
    return Message.of(MessageKey.CRCL, mlPerMin);
  }

  @Test
  void haemoglobinNextToItsThreshold_getsOneMorePlace() {
    // upto2: 7.9953 -> 8.00 -> "8", equal to 8; 3 places: 7.995 (fourth decimal 3, down), < 8.
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.9953, 8.0))
        .isEqualTo("haemoglobin 7.995 g/dL < 8");
    // 7.99996: 2, 3 and 4 places all round to 8 ("8"); 5 places: 7.99996.
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.99996, 8.0))
        .isEqualTo("haemoglobin 7.99996 g/dL < 8");
    // 7.994 is 7.99 with upto2: already below 8, unchanged.
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.994, 8.0))
        .isEqualTo("haemoglobin 7.99 g/dL < 8");
  }

  @Test
  void aClearanceInsideBelow10_getsTheLimitFromTheEnclosingText() {
    // BELOW_10 hands 10 to the nested CRCL: f1 writes 9.96 as "10.0", equal to 10; f2: 9.96.
    assertThat(text(MessageKey.BELOW_10, crcl(9.96))).isEqualTo("CrCl 9.96 mL/min is below 10");
    // The eGFR of a child the same way (f1 9.951 -> "10.0"; f2 9.95, fourth place dropped).
    assertThat(text(MessageKey.BELOW_10, Message.of(MessageKey.BEDSIDE_SCHWARTZ_EGFR, 9.951)))
        .isEqualTo("bedside Schwartz eGFR 9.95 mL/min/1.73 m2 is below 10");
    // 9.94 is "9.9" with f1: unchanged.
    assertThat(text(MessageKey.BELOW_10, crcl(9.94))).isEqualTo("CrCl 9.9 mL/min is below 10");
    // The same clearance where no text compares it keeps its style: "10.0".
    assertThat(text(MessageKey.CRCL, 9.96)).isEqualTo("CrCl 10.0 mL/min");
  }

  @Test
  void aValueAtItsLimit_keepsItsStyle() {
    assertThat(text(MessageKey.BELOW_10, crcl(10.0))).isEqualTo("CrCl 10.0 mL/min is below 10");
    assertThat(text(MessageKey.CYTOPENIA_HAEMOGLOBIN, 8.0, 8.0))
        .isEqualTo("haemoglobin 8 g/dL < 8");
    assertThat(text(MessageKey.FOS_NOT_RECOMMENDED_INDUCTION, 0.4))
        .isEqualTo("CrCl 0.400 mL/min/kg is at or below 0.4: foscarnet not recommended (induction)");
  }

  @Test
  void arithmeticNoiseOnALimit_readsAsTheLimit_asTheBandLookupTreatsIt() {
    // A clearance of exactly 40 in decimal computed as 39.99999999999999: on the 1e-6 grid the
    // bands compare on (decision record 0209) it is 40, in [40.0, 60.0); it reads "40.0" there,
    // not as a value below the band.
    Message band = Message.of(MessageKey.BAND_CLOSED_OPEN, 40.0, 60.0);
    assertThat(
            text(
                MessageKey.KIDNEY_FUNCTION_IN_BAND,
                crcl(39.99999999999999),
                band,
                Message.verbatim("d")))
        .isEqualTo("CrCl 40.0 mL/min in band [40.0, 60.0): d");
    assertThat(
            text(
                MessageKey.KIDNEY_FUNCTION_IN_BAND,
                crcl(70.00000000000003),
                Message.of(MessageKey.BAND_CLOSED_UNBOUNDED, 70.0),
                Message.verbatim("d")))
        .isEqualTo("CrCl 70.0 mL/min in band [70.0, inf): d");
    // 132.6 umol/L is 1.5000000000000002 mg/dL, not above 1.5 on that grid: "1.50", as before.
    assertThat(text(MessageKey.CDV_CREATININE_HIGH, 1.5000000000000002))
        .isEqualTo("serum creatinine 1.50 mg/dL > 1.5");
  }

  @Test
  void aValueFarFromItsLimit_isUnchanged() {
    assertThat(text(MessageKey.CYTOPENIA_ANC, 64.38127817654687, 500.0))
        .isEqualTo("ANC 64.38 /uL < 500");
    assertThat(text(MessageKey.CDV_CREATININE_HIGH, 2.345))
        .isEqualTo("serum creatinine 2.35 mg/dL > 1.5");
    assertThat(text(MessageKey.BELOW_10, crcl(4.25))).isEqualTo("CrCl 4.3 mL/min is below 10");
  }

  @Test
  void aValueAboveItsLimit_thatReadsAsIt_getsMorePlaces() {
    // f2: 1.504 -> "1.50", equal to 1.5; f3: 1.504 > 1.5.
    assertThat(text(MessageKey.CDV_CREATININE_HIGH, 1.504))
        .isEqualTo("serum creatinine 1.504 mg/dL > 1.5");
    // f3: 0.39996 -> "0.400", equal to 0.4; f4 "0.4000" still; f5: 0.39996.
    assertThat(text(MessageKey.FOS_NOT_RECOMMENDED_MAINTENANCE, 0.39996))
        .isEqualTo(
            "CrCl 0.39996 mL/min/kg is below 0.4: foscarnet not recommended (maintenance)");
    // Two limits in the template (0.3 and 0.5): 0.2996 -> "0.30" reads as 0.3; f3: 0.300, the
    // same number; f4: 0.2996.
    assertThat(text(MessageKey.CDV_CREATININE_RISE_REDUCE, 0.2996))
        .startsWith("serum creatinine 0.2996 mg/dL above baseline (0.3 to < 0.5)");
  }

  @Test
  void aBandArgument_givesBothEdgesAsLimits() {
    Message band = Message.of(MessageKey.BAND_OPEN_CLOSED, 0.5, 0.6);
    // f3: 0.5004 -> "0.500", which reads as the open lower edge 0.5; f4: 0.5004.
    assertThat(text(MessageKey.FOS_PER_KG_IN_BAND, 0.5004, band, Message.verbatim("d")))
        .isEqualTo("CrCl 0.5004 mL/min/kg in band (0.5, 0.6]: d");
    // The nested CRCL inside KIDNEY_FUNCTION_IN_BAND, edges 50.0 and 70.0: f1 50.04 -> "50.0";
    // f2: 50.04.
    Message kidneyBand = Message.of(MessageKey.BAND_CLOSED_OPEN, 50.0, 70.0);
    assertThat(
            text(MessageKey.KIDNEY_FUNCTION_IN_BAND, crcl(50.04), kidneyBand, Message.verbatim("d")))
        .isEqualTo("CrCl 50.04 mL/min in band [50.0, 70.0): d");
    // 69.96 is "70.0" with f1, the excluded upper edge; f2: 69.96.
    assertThat(
            text(MessageKey.KIDNEY_FUNCTION_IN_BAND, crcl(69.96), kidneyBand, Message.verbatim("d")))
        .isEqualTo("CrCl 69.96 mL/min in band [50.0, 70.0): d");
  }

  @Test
  void aTextOnTheWrongSide_getsMoreDigits() {
    // sig3 writes 0.12346 as "0.123", below a limit of 0.12345 the value is above; 4 digits:
    // 0.1235 (fifth digit 6, up), above 0.12345. (A limit with more digits than the style.)
    assertThat(text(MessageKey.IMPLAUSIBLE_BASELINE_SERUM_CREATININE, 0.12346, 0.12345, "x"))
        .isEqualTo("0.1235 mg/dL is below 0.12345 mg/dL for age x");
  }

  @Test
  void maribavirAgeAndWeight_eachAgainstItsOwnLimit() {
    // f1: 11.96 -> "12.0" reads as 12; f2: 11.96. Weight 40 is far from 35: "40.0".
    assertThat(text(MessageKey.MBV_AGE_WEIGHT, 11.96, 40.0))
        .isEqualTo(
            "needs age >= 12 years and weight >= 35 kg (age 11.96 years, weight 40.0 kg)");
  }

  @Test
  void theJsonString_agreesWithTheText() {
    Message[] messages = {
      Message.of(MessageKey.BELOW_10, crcl(9.96)),
      Message.of(MessageKey.CYTOPENIA_HAEMOGLOBIN, 7.99996, 8.0),
      Message.of(
          MessageKey.KIDNEY_FUNCTION_IN_BAND,
          crcl(69.96),
          Message.of(MessageKey.BAND_CLOSED_OPEN, 50.0, 70.0),
          Message.verbatim("d")),
    };
    for (Message m : messages) {
      StringBuilder out = new StringBuilder("{\"a\":");
      Renderer.english().appendJsonString(out, m);
      assertThat(out.toString()).isEqualTo("{\"a\":\"" + Renderer.english().render(m) + "\"");
    }
  }

  @Test
  void aMalformedLimitIsRefused() {
    Map<MessageKey, String> wording = new EnumMap<>(MessageCatalogueTest.placeholdersOnly());
    wording.put(MessageKey.CRCL, "CrCl {0,f1~ten} mL/min");
    assertThatThrownBy(() -> MessageCatalogue.of(wording)).hasMessageContaining("CRCL");
    wording.put(MessageKey.CRCL, "CrCl {0,f1~{1}} mL/min");
    assertThatThrownBy(() -> MessageCatalogue.of(wording)).hasMessageContaining("1 arguments");
    wording.put(MessageKey.CRCL, "CrCl {0,f1~{0} mL/min");
    assertThatThrownBy(() -> MessageCatalogue.of(wording)).hasMessageContaining("unclosed");
  }

  private static final Pattern HAEMOGLOBIN = Pattern.compile("haemoglobin (\\S+) g/dL < (\\S+)");
  private static final Pattern KIDNEY = Pattern.compile("CrCl (\\S+) mL/min in band \\[(\\S+),");
  private static final Pattern CREATININE = Pattern.compile("(\\S+) mg/dL is below (\\S+) mg/dL");

  /**
   * The rule, stated with BigDecimal: the written value, read back, is on the value's side of
   * the limit (or the value equals the limit); and where the style's own text (rounded half up
   * from the shortest decimal) already reads on that side, the text is exactly that.
   */
  private static void check(double v, double limit, String written, String styleText) {
    BigDecimal read = new BigDecimal(written);
    BigDecimal lim = new BigDecimal(Double.toString(limit));
    int want = Double.compare(v, limit);
    if (v == limit) {
      assertThat(written).isEqualTo(styleText);
      return;
    }
    assertThat(read.compareTo(lim)).as("%s for %s against %s", written, v, limit).isEqualTo(want);
    if (new BigDecimal(styleText).compareTo(lim) == want) {
      assertThat(written).as("%s for %s", written, v).isEqualTo(styleText);
    }
  }

  private static String group(Pattern p, String text, int g) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(g);
  }

  private static BigDecimal shortest(double v) {
    return new BigDecimal(Double.toString(v));
  }

  @Test
  void valuesNearRandomLimits_readOnTheirTrueSide() {
    // Limits from 1 to 500 with 0 to 2 decimals, values within +-0.02 of them in steps of 1e-5.
    qt().withFixedSeed(1407L)
        .forAll(integers().between(100, 50_000), integers().between(-2_000, 2_000))
        .checkAssert(
            (hundredths, steps) -> {
              double limit = hundredths / 100.0;
              double v = limit + steps / 100_000.0;
              // upto2 against an argument
              String hb = text(MessageKey.CYTOPENIA_HAEMOGLOBIN, v, limit);
              assertThat(group(HAEMOGLOBIN, hb, 2)).isEqualTo(NumberText.plain(limit));
              String upto2 =
                  shortest(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
              check(v, limit, group(HAEMOGLOBIN, hb, 1), upto2);
              // f1 in a nested CRCL against both edges of a band (limit, limit + 10)
              Message band = Message.of(MessageKey.BAND_CLOSED_OPEN, limit, limit + 10);
              String kidney =
                  text(MessageKey.KIDNEY_FUNCTION_IN_BAND, crcl(v), band, Message.verbatim("d"));
              String f1 = shortest(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
              check(v, limit, group(KIDNEY, kidney, 1), f1);
              // sig3 against an argument
              String scr =
                  text(MessageKey.IMPLAUSIBLE_SERUM_CREATININE, v, limit, Message.verbatim("x"));
              BigDecimal sig =
                  shortest(v).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
              // 3 significant digits, trailing zeros kept: places 2 - (decimal exponent).
              int exponent = sig.precision() - sig.scale() - 1;
              String sig3 =
                  sig.setScale(Math.max(0, 2 - exponent), RoundingMode.HALF_UP).toPlainString();
              if (Math.abs(v) >= 1_000) {
                sig3 = shortest(v).setScale(0, RoundingMode.HALF_UP).toPlainString();
              }
              check(v, limit, group(CREATININE, scr, 1), sig3);
            });
  }
}
