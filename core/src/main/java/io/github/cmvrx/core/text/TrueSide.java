package io.github.cmvrx.core.text;

import io.github.cmvrx.core.internal.Comparisons;
import io.github.cmvrx.core.text.MessageCatalogue.Limits;
import io.github.cmvrx.core.text.MessageCatalogue.Style;
import java.math.BigDecimal;

/**
 * A rounded value never contradicts the limit it is compared with (decision record 1407): where a
 * template compares a value with limits ({@code ~} in its placeholder), the value is written in its
 * style; if that text, read back as a decimal, equals a limit the value does not equal, or lies on
 * the other side of it, the value gets one more decimal place (one more significant digit for
 * {@code sig3}) until it reads on its true side of every limit, at most its shortest decimal
 * ({@link Double#toString(double)}), which always does. Rounding stays the one rule of {@link
 * NumberText}. A value farther from every limit than one unit of its last place cannot read as
 * the limit, so only values that near a limit are read back: the usual text costs a subtraction
 * per limit.
 *
 * <p>The value's side is that of the value on the grid the rules compare on ({@link
 * Comparisons#snap}, a millionth of the unit, decision record 0209): a clearance of exactly 40 in
 * decimal that computes as 39.99999999999999 is in the band [40.0, 60.0) and reads "40.0" there,
 * as it did, not "39.99999999999999". No value a laboratory reports lies within half a millionth
 * of a limit without being on it.
 */
final class TrueSide {
  private TrueSide() {}

  /** Beyond this many places or digits {@link NumberText} refuses; the shortest decimal is used. */
  private static final int MOST = 18;

  /**
   * Rewrites the text of {@code v} written in {@code style} from {@code start} to the end of
   * {@code out} if it reads as a limit of {@code owner}'s {@code limits} it does not equal, or
   * on the wrong side of one.
   */
  static void keep(
      StringBuilder out, int start, double v, Style style, Message owner, Limits limits) {
    double unit = unit(v, style);
    if (!(unit > 0)) {
      return;
    }
    double side = Comparisons.snap(v);
    if (!near(v, side, unit, owner, limits) || readsTrue(out, start, side, owner, limits)) {
      return;
    }
    int first = firstPlaces(style);
    for (int places = first + 1; places <= MOST; places++) {
      out.setLength(start);
      switch (style) {
        case F1, F2, F3 -> NumberText.appendFixed(out, v, places);
        case SIG3 -> NumberText.appendSignificant(out, v, places);
        default -> NumberText.appendUpTo(out, v, places);
      }
      if (readsTrue(out, start, side, owner, limits)) {
        return;
      }
    }
    out.setLength(start);
    out.append(new BigDecimal(Double.toString(v)).toPlainString());
  }

  /**
   * One unit of the last place {@code style} keeps for {@code v} (rounding moves a value by half
   * of it), or 0 for a style that writes every value exactly ({@code plain}, {@code point}, a
   * grouped count) or a value that is not finite.
   */
  private static double unit(double v, Style style) {
    if (!Double.isFinite(v)) {
      return 0;
    }
    return switch (style) {
      case F1 -> 1e-1;
      case F2, UPTO2 -> 1e-2;
      case F3 -> 1e-3;
      // 3 significant digits: the unit of the last is at most a hundredth of the value.
      case SIG3 -> Math.abs(v) * 1e-2;
      default -> 0;
    };
  }

  /** The places (or significant digits) {@code style} writes. */
  private static int firstPlaces(Style style) {
    return switch (style) {
      case F1 -> 1;
      case F3, SIG3 -> 3;
      default -> 2;
    };
  }

  /** Whether {@code v} is within {@code unit} of a limit its {@code side} does not equal. */
  private static boolean near(double v, double side, double unit, Message owner, Limits limits) {
    int n = count(owner, limits);
    for (int i = 0; i < n; i++) {
      double limit = limit(owner, limits, i);
      if (side != limit && Math.abs(v - limit) <= unit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text from {@code start}, read as a decimal, is on the side of every limit {@code
   * side} is on (limits {@code side} equals are not looked at: such a value reads as today).
   */
  private static boolean readsTrue(
      StringBuilder out, int start, double side, Message owner, Limits limits) {
    BigDecimal read = new BigDecimal(out.substring(start).replace(",", ""));
    int n = count(owner, limits);
    for (int i = 0; i < n; i++) {
      double limit = limit(owner, limits, i);
      if (side == limit || !Double.isFinite(limit)) {
        continue;
      }
      int reads = read.compareTo(new BigDecimal(Double.toString(limit)));
      if (reads != (side < limit ? -1 : 1)) {
        return false;
      }
    }
    return true;
  }

  /** How many limits: the template's numbers, then each argument's (a message gives each). */
  private static int count(Message owner, Limits limits) {
    int n = limits.numbers.length;
    for (int a : limits.args) {
      Object arg = owner.arg(a);
      if (arg instanceof Message m) {
        for (int j = 0; j < m.argCount(); j++) {
          n += isNumber(m.arg(j)) ? 1 : 0;
        }
      } else if (isNumber(arg)) {
        n++;
      }
    }
    return n;
  }

  /** Limit {@code i} in the order {@link #count} counts them. */
  private static double limit(Message owner, Limits limits, int i) {
    if (i < limits.numbers.length) {
      return limits.numbers[i];
    }
    int k = i - limits.numbers.length;
    for (int a : limits.args) {
      Object arg = owner.arg(a);
      if (arg instanceof Message m) {
        for (int j = 0; j < m.argCount(); j++) {
          if (isNumber(m.arg(j)) && k-- == 0) {
            return ((Number) m.arg(j)).doubleValue();
          }
        }
      } else if (isNumber(arg) && k-- == 0) {
        return ((Number) arg).doubleValue();
      }
    }
    throw new IndexOutOfBoundsException(i);
  }

  private static boolean isNumber(Object a) {
    return a instanceof Double || a instanceof Float || a instanceof Integer || a instanceof Long;
  }
}
