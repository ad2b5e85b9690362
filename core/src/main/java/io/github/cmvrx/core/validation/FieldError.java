package io.github.cmvrx.core.validation;

import static java.util.Objects.requireNonNull;

/**
 * One problem with one input field: the field's path in the JSON contract (e.g. {@code
 * patient.weightKg}) and a message that names the value and the accepted range.
 *
 * @param field the field path, dot-separated, with {@code [i]} for list elements
 * @param message what is wrong, with the value and the accepted range
 * @since 0.2.0
 */
public record FieldError(String field, String message) {
  /**
   * Creates the error.
   *
   * @throws NullPointerException if either argument is null
   */
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(message, "message");
  }
}
