package io.github.cmvrx.core.validation;

import java.util.List;

/**
 * Thrown by the {@code build()} method of a case model builder ({@code Patient.builder()},
 * {@code Disease.builder()} ...) when a value is not accepted. It carries every problem found as
 * a {@link FieldError} value, so that a caller reports them field by field without reading the
 * message; the message lists them as {@code "field: message"}, joined by {@code "; "}.
 *
 * @since 0.2.0
 */
public class InvalidFieldsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of records, serializable when the list is. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<FieldError> errors;

  /**
   * Creates the exception.
   *
   * @param errors the problems, in field order; not empty
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public InvalidFieldsException(List<FieldError> errors) {
    this(describe(errors), errors);
  }

  /**
   * Creates the exception with its own message.
   *
   * @param message the message
   * @param errors the problems, in field order
   */
  protected InvalidFieldsException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /**
   * Returns every problem found, each with its field path.
   *
   * @return the field errors, in field order
   */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * Throws if {@code errors} is not empty: the step every model builder's check ends with.
   *
   * @param errors the problems found by a {@code validate} function
   * @throws InvalidFieldsException if there is any
   */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static String describe(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an InvalidFieldsException needs at least one error");
    }
    StringBuilder b = new StringBuilder();
    for (FieldError e : errors) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(e.field()).append(": ").append(e.message());
    }
    return b.toString();
  }
}
