package io.github.cmvrx.core.decision;

import java.util.OptionalInt;

/**
 * A regimen's duration in days as an {@link OptionalInt}, one shared instance per usual number of
 * days (an optional is an immutable value), so that giving a drug for 14 or 21 days allocates
 * no optional.
 */
final class DurationDays {
  /** The numbers of days with a shared optional: 0 to 127 (every duration the rules give). */
  private static final OptionalInt[] SHARED = new OptionalInt[128];

  static {
    for (int d = 0; d < SHARED.length; d++) {
      SHARED[d] = OptionalInt.of(d);
    }
  }

  private DurationDays() {}

  /** Returns {@code OptionalInt.of(days)}: the shared one for 0 to 127 days. */
  static OptionalInt of(int days) {
    return days >= 0 && days < SHARED.length ? SHARED[days] : OptionalInt.of(days);
  }
}
