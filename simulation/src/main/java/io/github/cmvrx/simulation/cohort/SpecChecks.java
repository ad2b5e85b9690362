package io.github.cmvrx.simulation.cohort;

import java.util.Locale;

/**
 * The checks the cohort groups share: every error names the key, the value and the accepted
 * range, and says that every patient the cohort generates must be valid (issue 12 item 10,
 * docs/decisions/0901).
 */
final class SpecChecks {
  private SpecChecks() {}

  /**
   * Checks that a distribution's [min, max] (or a single value, {@code min == max}) lies inside
   * the accepted range of the field it feeds, so that no key can produce an impossible patient.
   */
  static void within(String key, double min, double max, double low, double high, String unit) {
    boolean single = min == max;
    if (!(min >= low && min <= high)) {
      throw new IllegalArgumentException(range(key + (single ? "" : ".min"), min, low, high, unit));
    }
    if (!(max >= low && max <= high)) {
      throw new IllegalArgumentException(range(key + (single ? "" : ".max"), max, low, high, unit));
    }
  }

  static void nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s: value %s must be a finite number >= 0", name, value));
    }
  }

  private static String range(String key, double value, double low, double high, String unit) {
    return String.format(
        Locale.ROOT,
        "%s: value %s is outside the accepted range [%s, %s] %s (every patient the cohort"
            + " generates must be valid)",
        key,
        plain(value),
        plain(low),
        plain(high),
        unit);
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
