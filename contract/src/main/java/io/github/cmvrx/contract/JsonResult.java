package io.github.cmvrx.contract;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.validation.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a JSON document: a valid value, or every problem found in it.
 *
 * @param <T> the type of the value read
 * @since 0.2.0
 */
public sealed interface JsonResult<T> permits JsonResult.Valid, JsonResult.Invalid {

  /**
   * The document was read into a valid value.
   *
   * @param value the value
   * @param <T> the type of the value
   */
  record Valid<T>(T value) implements JsonResult<T> {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Valid {
      requireNonNull(value, "value");
    }
  }

  /**
   * The document was not valid: every problem found, each naming its field.
   *
   * @param id the case id, when the document gave a readable one (echoed in a refusal)
   * @param errors the problems, in document order; never empty
   * @param <T> the type of the value that was asked for
   */
  record Invalid<T>(Optional<String> id, List<FieldError> errors) implements JsonResult<T> {
    /**
     * Creates the result.
     *
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public Invalid {
      requireNonNull(id, "id");
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid result needs at least one error");
      }
    }

    /**
     * Returns the refusal that answers this invalid case (status {@code refused}, the id
     * echoed, every error listed).
     *
     * @return the refused recommendation
     */
    public Recommendation refusal() {
      return Recommendation.refused(id, errors);
    }
  }
}
