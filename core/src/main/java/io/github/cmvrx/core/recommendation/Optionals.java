package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Optionals for the result values, made so that reading an attribute never allocates: each
 * value stores its optionals once, and the small whole numbers of a regimen (hours, minutes, days,
 * times a week) share one {@link OptionalInt} per number.
 */
final class Optionals {
  private Optionals() {}

  /** Numbers 0 to 1023 share their OptionalInt: intervals, infusion minutes, days, weekly doses. */
  private static final OptionalInt[] SMALL = new OptionalInt[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = OptionalInt.of(i);
    }
  }

  /** Returns {@code OptionalInt.of(value)}, shared for small non-negative numbers. */
  static OptionalInt ofInt(int value) {
    return value >= 0 && value < SMALL.length ? SMALL[value] : OptionalInt.of(value);
  }

  /**
   * Returns {@code o} as an {@code Optional<T>}: an optional is read-only, so an {@code
   * Optional<? extends T>} can be stored as one without a copy.
   */
  @SuppressWarnings("unchecked")
  static <T> Optional<T> narrow(Optional<? extends T> o, String name) {
    return (Optional<T>) requireNonNull(o, name);
  }
}
