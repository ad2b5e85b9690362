package io.github.cmvrx.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;

/**
 * Precondition helpers whose messages name the role, the value and the accepted range.
 *
 * <p>Internal: not part of the public API.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} if it is finite and inside {@code [min, max]}, else throws.
   *
   * @param role what the value is, with its unit, e.g. {@code "weight (kg)"}
   * @param value the value to check
   * @param min the lowest accepted value
   * @param max the highest accepted value
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN, infinite or out of range
   */
  @CanIgnoreReturnValue
  public static double checkFiniteInRange(String role, double value, double min, double max) {
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "%s (%s) must be a finite number in [%s, %s]", role, value, min, max));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite and {@code >= 0}, else throws.
   *
   * @param role what the value is, with its unit
   * @param value the value to check
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  @CanIgnoreReturnValue
  public static double checkFiniteNonNegative(String role, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must be a finite number >= 0", role, value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite and {@code > 0}, else throws.
   *
   * @param role what the value is, with its unit
   * @param value the value to check
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
   */
  @CanIgnoreReturnValue
  public static double checkFinitePositive(String role, double value) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must be a finite number > 0", role, value));
    }
    return value;
  }
}
