package io.github.cmvrx.core.text;

import java.util.Locale;

/**
 * The one number formatter of the message texts. One rounding rule: a number is first written as
 * its shortest decimal ({@link Double#toString(double)}), then rounded half up to the places a
 * style asks for; no grouping unless asked, never an exponent, never the machine's locale. The
 * styles: {@link #plain} (a whole number without decimals, any other number as its shortest
 * decimal), {@link #fixed} (exactly N places), {@link #upTo} (at most N places, trailing zeros
 * dropped) and {@link #grouped} (a whole count of 10,000 or more with commas).
 *
 * <p>Fast decimal text for numbers in rationale and alert texts, giving exactly the characters of
 * {@code String.format(Locale.ROOT, "%.Nf", value)}: the shortest decimal that reads back as the
 * double ({@link Double#toString(double)}), rounded half up to {@code N} places, which is how
 * {@link java.util.Formatter} rounds. {@code String.format} parses its pattern with a regular
 * expression and looks up locale symbols on every call; on the recommendation hot path that was
 * most of the time and allocation (benchmarks/README.md). Most values are rounded from the double
 * directly, without building its shortest decimal; values near a halfway point take the shortest
 * decimal and round its digits. Values neither path covers
 * (negative, negative zero, not finite, or printed by {@code Double.toString} in scientific
 * notation, i.e. below 1e-3 or from 1e7) are handed to {@code String.format} itself, so the text
 * is identical for every double.
 */
public final class NumberText {
  private NumberText() {}

  /** Most decimal places this class is used with (%.0f to %.3f in the texts); more is allowed. */
  private static final int MAX_PLACES = 18;

  /** Powers of ten for the fast path, 10^0 to 10^4: at most 4 places. */
  private static final double[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

  /** The fast path is for values below 1e7, so a scaled value stays below 1e11. */
  private static final double FAST_PATH_LIMIT = 1e7;

  /** Half a unit of the last kept place. */
  private static final double HALF = 0.5;

  /**
   * How far from a halfway point the fast path may decide: about a hundred times the largest
   * difference (about 1e-5 of a unit) between the value and its shortest decimal below 1e11.
   */
  private static final double HALFWAY_MARGIN = 1e-3;

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
    if (places < POWERS_OF_TEN.length && value < FAST_PATH_LIMIT) {
      // The shortest decimal of `value` and `value` itself lie within about 1e-5 of a unit of
      // the last kept place here (value below 1e7, at most 4 places), so both round the same
      // way unless they are within that distance of a halfway point; those few go the slow way.
      double scaled = value * POWERS_OF_TEN[places];
      double whole = Math.floor(scaled);
      double fraction = scaled - whole;
      if (Math.abs(fraction - HALF) > HALFWAY_MARGIN) {
        return text((long) whole + (fraction > HALF ? 1 : 0), places);
      }
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

  /**
   * Returns {@code value} rounded half up to at most {@code places} decimals, trailing zeros (and a
   * trailing dot) dropped: {@code 62}, {@code 72.97}, {@code 155.5}.
   *
   * @param value any double
   * @param places at most this many decimals, 0 to 18
   * @return the text
   */
  public static String upTo(double value, int places) {
    String text = fixed(value, places);
    if (places == 0) {
      return text;
    }
    int end = text.length();
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    if (text.charAt(end - 1) == '.') {
      end--;
    }
    String out = end == text.length() ? text : text.substring(0, end);
    // A negative value that rounds to zero is written "0", not "-0".
    return out.equals("-0") ? "0" : out;
  }

  /**
   * Returns a count as {@link #plain} writes it, with thousands separated by commas when it is a
   * whole number of 10,000 or more: {@code 500}, {@code 1000}, {@code 25,000}.
   *
   * @param count the count
   * @return the text
   */
  public static String grouped(double count) {
    String s = plain(count);
    if (count != Math.rint(count) || count < 10_000) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    for (int i = b.length() - 3; i > 0; i -= 3) {
      b.insert(i, ',');
    }
    return b.toString();
  }

  /** Writes {@code units} hundredths (for 2 places) etc. as a decimal with {@code places} places. */
  private static String text(long units, int places) {
    String digits = Long.toString(units);
    if (places == 0) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + places + 2);
    int integerDigits = digits.length() - places;
    if (integerDigits <= 0) {
      out.append("0.");
      for (int i = integerDigits; i < 0; i++) {
        out.append('0');
      }
      return out.append(digits).toString();
    }
    return out.append(digits, 0, integerDigits)
        .append('.')
        .append(digits, integerDigits, digits.length())
        .toString();
  }

  private static String viaFormatter(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }
}
