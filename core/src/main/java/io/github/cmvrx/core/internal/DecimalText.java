package io.github.cmvrx.core.internal;

import java.util.Locale;

/**
 * Fast decimal text for numbers in rationale and alert texts, giving exactly the characters of
 * {@code String.format(Locale.ROOT, "%.Nf", value)}: the shortest decimal that reads back as the
 * double ({@link Double#toString(double)}), rounded half up to {@code N} places, which is how
 * {@link java.util.Formatter} rounds. {@code String.format} parses its pattern with a regular
 * expression and looks up locale symbols on every call; on the recommendation hot path that was
 * most of the time and allocation (benchmarks/README.md). Values this fast path does not cover
 * (negative, negative zero, not finite, or printed by {@code Double.toString} in scientific
 * notation, i.e. below 1e-3 or from 1e7) are handed to {@code String.format} itself, so the text
 * is identical for every double.
 */
public final class DecimalText {
  private DecimalText() {}

  /** Most decimal places this class is used with (%.0f to %.3f in the texts); more is allowed. */
  private static final int MAX_PLACES = 18;

  /**
   * Returns {@code value} with {@code places} decimal places, exactly as {@code
   * String.format(Locale.ROOT, "%.<places>f", value)}.
   *
   * @param value any double
   * @param places decimal places, 0 to 18
   * @return the text
   * @throws IllegalArgumentException if {@code places} is outside 0 to 18
   */
  public static String fixed(double value, int places) {
    if (places < 0 || places > MAX_PLACES) {
      throw new IllegalArgumentException(
          "decimal places (" + places + ") must be in [0, " + MAX_PLACES + "]");
    }
    if (!Double.isFinite(value) || Double.doubleToRawLongBits(value) < 0) {
      return viaFormatter(value, places);
    }
    String shortest = Double.toString(value);
    int dot = shortest.indexOf('.');
    if (dot < 0 || shortest.indexOf('E') >= 0) {
      return viaFormatter(value, places);
    }
    int fractionDigits = shortest.length() - dot - 1;
    // Kept digits, without the dot: the integer part, then `places` fraction digits.
    char[] kept = new char[dot + places];
    shortest.getChars(0, dot, kept, 0);
    for (int i = 0; i < places; i++) {
      kept[dot + i] = i < fractionDigits ? shortest.charAt(dot + 1 + i) : '0';
    }
    boolean carry = fractionDigits > places && shortest.charAt(dot + 1 + places) >= '5';
    for (int i = kept.length - 1; carry && i >= 0; i--) {
      if (kept[i] == '9') {
        kept[i] = '0';
      } else {
        kept[i]++;
        carry = false;
      }
    }
    StringBuilder out = new StringBuilder(kept.length + 2);
    if (carry) {
      out.append('1');
    }
    out.append(kept, 0, dot);
    if (places > 0) {
      out.append('.').append(kept, dot, places);
    }
    return out.toString();
  }

  /**
   * Returns a whole number without decimals and any other number as {@link Double#toString}
   * writes it: {@code "5"}, {@code "2.5"}; exactly {@code value == Math.rint(value) ?
   * String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%s", value)}.
   *
   * @param value any double
   * @return the text
   */
  public static String plain(double value) {
    return value == Math.rint(value) ? fixed(value, 0) : Double.toString(value);
  }

  private static String viaFormatter(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }
}
