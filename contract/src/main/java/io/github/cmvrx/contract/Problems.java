package io.github.cmvrx.contract;

import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one document, in the order they are found. */
final class Problems {
  private final List<FieldError> errors = new ArrayList<>();

  void add(String field, String message) {
    errors.add(new FieldError(field.isEmpty() ? "$" : field, message));
  }

  int size() {
    return errors.size();
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<FieldError> list() {
    return List.copyOf(errors);
  }

  void add(FieldError error) {
    errors.add(error);
  }

  /**
   * Adds {@code more}, one by one: {@link ArrayList#addAll} copies its argument to an array
   * first, and the reader adds a list (nearly always the empty one) for every field it checks,
   * which cost about 600 bytes per case whenever the compiler did not remove those copies.
   */
  void addAll(List<FieldError> more) {
    for (int i = 0; i < more.size(); i++) {
      errors.add(more.get(i));
    }
  }

  /** Returns whether some error is on {@code field}. */
  boolean hasField(String field) {
    for (FieldError e : errors) {
      if (e.field().equals(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records a builder's rejection, the safety net behind the reader's own checks: the field
   * errors a model builder carries ({@link InvalidFieldsException#errors()}) as they are; any
   * other rejection whole, under {@code section}.
   */
  void addRejection(String section, IllegalArgumentException e) {
    if (e instanceof InvalidFieldsException invalid) {
      addAll(invalid.errors());
    } else {
      add(section, String.valueOf(e.getMessage()));
    }
  }
}
