package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.internal.Boxes;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Optionals for the result values, made so that reading an attribute never allocates: each
 * value stores its optionals once, and the small whole numbers of a regimen (hours, minutes, days,
 * times a week) share one {@link OptionalInt} per number.
 */
final class Optionals {
  private Optionals() {}

  /**
   * Returns {@code OptionalInt.of(value)}, shared for small non-negative numbers (the one table
   * of {@link Boxes#optionalInt}, which the dosing uses too).
   */
  static OptionalInt ofInt(int value) {
    return Boxes.optionalInt(value);
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
