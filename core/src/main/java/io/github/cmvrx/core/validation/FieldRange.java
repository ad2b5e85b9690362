package io.github.cmvrx.core.validation;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.text.NumberText;
import java.util.List;
import java.util.Optional;

/**
 * The accepted range of one numeric input field, with its unit and the reason for the limits.
 *
 * @param field the field path in the JSON contract
 * @param unit the unit the value is in
 * @param min the lower limit
 * @param minInclusive whether {@code min} itself is accepted
 * @param max the upper limit
 * @param maxInclusive whether {@code max} itself is accepted
 * @param basis where the limits come from
 * @since 0.2.0
 */
public record FieldRange(
    String field,
    String unit,
    double min,
    boolean minInclusive,
    double max,
    boolean maxInclusive,
    String basis) {

  /**
   * Creates the range.
   *
   * @throws IllegalArgumentException if {@code min > max}
   */
  public FieldRange {
    requireNonNull(field, "field");
    requireNonNull(unit, "unit");
    requireNonNull(basis, "basis");
    if (!(min <= max)) {
      throw new IllegalArgumentException("range of " + field + ": min " + min + " > max " + max);
    }
  }

  /**
   * Returns whether {@code value} is finite and inside the range.
   *
   * @param value the value to test
   * @return true if accepted
   */
  public boolean accepts(double value) {
    return Double.isFinite(value)
        && (minInclusive ? value >= min : value > min)
        && (maxInclusive ? value <= max : value < max);
  }

  /**
   * Returns the range as a person reads it, e.g. {@code "(0, 400] kg"}.
   *
   * @return the interval with its unit
   */
  public String describe() {
    return (minInclusive ? "[" : "(")
        + format(min)
        + ", "
        + format(max)
        + (maxInclusive ? "]" : ")")
        + " "
        + unit;
  }

  /**
   * Returns an error for {@code value} if it is not accepted.
   *
   * @param value the value to test
   * @return the error naming the field, the value and the range, or empty if accepted
   */
  public Optional<FieldError> check(double value) {
    if (accepts(value)) {
      return Optional.empty();
    }
    return Optional.of(new FieldError(field, message(value)));
  }

  /**
   * Returns {@code value} if accepted, else throws.
   *
   * @param value the value to test
   * @return {@code value}
   * @throws InvalidFieldsException with the field, the value and the range if not accepted
   */
  @CanIgnoreReturnValue
  public double require(double value) {
    if (!accepts(value)) {
      throw new InvalidFieldsException(List.of(new FieldError(field, message(value))));
    }
    return value;
  }

  private String message(double value) {
    return "value " + format(value) + " is outside the accepted range " + describe();
  }

  /**
   * A value or an edge as a refusal states it: the one formatter's {@code plain} style (a whole
   * number without decimals, any other as its shortest decimal), never rounded, so a refused value
   * never reads as an accepted one ("value 5000.0000001 is outside [0, 5000]"); zero is {@code
   * "0"}, also from {@code -0.0} (decision record 1406).
   */
  static String format(double value) {
    return NumberText.plain(value == 0 ? 0 : value);
  }
}
