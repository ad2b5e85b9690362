package io.github.cmvrx.core.text;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The project's one number formatter: the message texts (through {@link Renderer}), the {@code
 * explain} text (simulation {@code DisplayNumbers}) and the reports (simulation {@code
 * report.Numbers}) all write numbers with it. One rounding rule: a number is first written as
 * its shortest decimal ({@link Double#toString(double)}), then rounded half up (a tie away from
 * zero) to the places a style asks for; no grouping unless asked, never an exponent, never the
 * machine's locale (decision records 1400 and 1441). The styles: {@link #plain} (a whole number
 * without decimals, any other number as its shortest decimal), {@link #fixed} (exactly N
 * places), {@link #upTo} (at most N places, trailing zeros dropped, never {@code "-0"}),
 * {@link #grouped} (a whole count of 10,000 or more with commas) and {@link #significant} (N
 * significant digits, as {@code %.Ng} writes them in the range the texts use). Each has an
 * {@code append} form that writes into a caller's {@link StringBuilder} without a string of its
 * own.
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
    return appendFixed(new StringBuilder(24), value, places).toString();
  }

  /**
   * Appends {@code value} with {@code places} decimal places to {@code out}, as {@link #fixed}
   * writes it, without building a string on the way for the values the texts use.
   *
   * @param out where to write
   * @param value any double
   * @param places decimal places, 0 to 18
   * @return {@code out}
   * @throws IllegalArgumentException if {@code places} is outside 0 to 18
   */
  @CanIgnoreReturnValue
  public static StringBuilder appendFixed(StringBuilder out, double value, int places) {
    if (places < 0 || places > MAX_PLACES) {
      throw new IllegalArgumentException(
          "decimal places (" + places + ") must be in [0, " + MAX_PLACES + "]");
    }
    if (!Double.isFinite(value) || Double.doubleToRawLongBits(value) < 0) {
      return out.append(viaFormatter(value, places));
    }
    if (places < POWERS_OF_TEN.length && value < FAST_PATH_LIMIT) {
      // The shortest decimal of `value` and `value` itself lie within about 1e-5 of a unit of
      // the last kept place here (value below 1e7, at most 4 places), so both round the same
      // way unless they are within that distance of a halfway point; those few go the slow way.
      double scaled = value * POWERS_OF_TEN[places];
      double whole = Math.floor(scaled);
      double fraction = scaled - whole;
      if (Math.abs(fraction - HALF) > HALFWAY_MARGIN) {
        return appendUnits(out, (long) whole + (fraction > HALF ? 1 : 0), places);
      }
    }
    String shortest = Double.toString(value);
    int dot = shortest.indexOf('.');
    if (dot < 0 || shortest.indexOf('E') >= 0) {
      return out.append(viaFormatter(value, places));
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
    if (carry) {
      out.append('1');
    }
    out.append(kept, 0, dot);
    if (places > 0) {
      out.append('.').append(kept, dot, places);
    }
    return out;
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
   * Appends {@code value} to {@code out} as {@link #plain} writes it.
   *
   * @param out where to write
   * @param value any double
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public static StringBuilder appendPlain(StringBuilder out, double value) {
    // StringBuilder.append(double) writes the characters of Double.toString(double).
    return value == Math.rint(value) ? appendFixed(out, value, 0) : out.append(value);
  }

  /**
   * Returns {@code value} rounded half up to at most {@code places} decimals, trailing zeros (and a
   * trailing dot) dropped: {@code 62}, {@code 72.97}, {@code 155.5}; a value that rounds to zero
   * is {@code "0"}, never {@code "-0"}.
   *
   * @param value any double
   * @param places at most this many decimals, 0 to 18
   * @return the text
   */
  public static String upTo(double value, int places) {
    return appendUpTo(new StringBuilder(24), value, places).toString();
  }

  /**
   * Appends {@code value} to {@code out} as {@link #upTo} writes it.
   *
   * @param out where to write
   * @param value any double
   * @param places at most this many decimals, 0 to 18
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public static StringBuilder appendUpTo(StringBuilder out, double value, int places) {
    int start = out.length();
    appendFixed(out, value, places);
    if (places == 0) {
      return out;
    }
    int end = out.length();
    while (out.charAt(end - 1) == '0') {
      end--;
    }
    if (out.charAt(end - 1) == '.') {
      end--;
    }
    out.setLength(end);
    // A negative value that rounds to zero is written "0", not "-0".
    if (end - start == 2 && out.charAt(start) == '-' && out.charAt(start + 1) == '0') {
      out.setLength(start);
      out.append('0');
    }
    return out;
  }

  /**
   * Returns a count as {@link #plain} writes it, with thousands separated by commas when it is a
   * whole number of 10,000 or more: {@code 500}, {@code 1000}, {@code 25,000}.
   *
   * @param count the count
   * @return the text
   */
  public static String grouped(double count) {
    return appendGrouped(new StringBuilder(24), count).toString();
  }

  /**
   * Appends a count to {@code out} as {@link #grouped} writes it.
   *
   * @param out where to write
   * @param count the count
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public static StringBuilder appendGrouped(StringBuilder out, double count) {
    int start = out.length();
    appendPlain(out, count);
    if (count != Math.rint(count) || count < 10_000) {
      return out;
    }
    for (int i = out.length() - 3; i > start; i -= 3) {
      out.insert(i, ',');
    }
    return out;
  }

  /**
   * Returns {@code value} with {@code digits} significant digits, trailing zeros kept, a whole
   * part never cut: {@code 0.200}, {@code 11.1}, {@code 123}, {@code 1235} for 3 digits. Rounded
   * half up from the shortest decimal like every style; for a value from 1e-4 up to (not
   * including) {@code 10^digits} after rounding the text is exactly {@code
   * String.format(Locale.ROOT, "%.<digits>g", value)}, outside that range this style writes the
   * plain decimal where the JDK formatter would write an exponent.
   *
   * @param value any double
   * @param digits significant digits, 1 to 18
   * @return the text
   * @throws IllegalArgumentException if {@code digits} is outside 1 to 18
   */
  public static String significant(double value, int digits) {
    return appendSignificant(new StringBuilder(24), value, digits).toString();
  }

  /**
   * Appends {@code value} to {@code out} as {@link #significant} writes it.
   *
   * @param out where to write
   * @param value any double
   * @param digits significant digits, 1 to 18
   * @return {@code out}
   * @throws IllegalArgumentException if {@code digits} is outside 1 to 18
   */
  @CanIgnoreReturnValue
  public static StringBuilder appendSignificant(StringBuilder out, double value, int digits) {
    if (digits < 1 || digits > MAX_PLACES) {
      throw new IllegalArgumentException(
          "significant digits (" + digits + ") must be in [1, " + MAX_PLACES + "]");
    }
    if (!Double.isFinite(value)) {
      return appendFixed(out, value, 0);
    }
    if (value == 0) {
      return appendFixed(out, value, digits - 1);
    }
    // The shortest decimal, as the other styles start from it; rare path (implausible values).
    BigDecimal shortest = new BigDecimal(Double.toString(value));
    if (exponent(shortest) >= digits - 1) {
      return appendFixed(out, value, 0);
    }
    BigDecimal rounded = shortest.round(new MathContext(digits, RoundingMode.HALF_UP));
    int places = Math.max(0, digits - 1 - exponent(rounded));
    return out.append(rounded.setScale(places, RoundingMode.HALF_UP).toPlainString());
  }

  /** The decimal exponent of a non-zero decimal: 2 for 123.4, -1 for 0.25. */
  private static int exponent(BigDecimal d) {
    return d.precision() - d.scale() - 1;
  }

  /**
   * Appends {@code units} hundredths (for 2 places) etc. as a decimal with {@code places} places.
   */
  private static StringBuilder appendUnits(StringBuilder out, long units, int places) {
    if (places == 0) {
      return out.append(units);
    }
    int digits = digitCount(units);
    int integerDigits = digits - places;
    if (integerDigits <= 0) {
      out.append("0.");
      for (int i = integerDigits; i < 0; i++) {
        out.append('0');
      }
      return out.append(units);
    }
    // The digits, then the dot moved in: no intermediate string.
    int start = out.length();
    out.append(units);
    return out.insert(start + integerDigits, '.');
  }

  /** Decimal digits of a non-negative long. */
  private static int digitCount(long v) {
    int n = 1;
    for (long x = v; x >= 10; x /= 10) {
      n++;
    }
    return n;
  }

  private static String viaFormatter(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }
}
