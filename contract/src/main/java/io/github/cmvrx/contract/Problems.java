package io.github.cmvrx.contract;

import io.github.cmvrx.core.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the field errors of one document, in the order they are found. */
final class Problems {
  private static final Pattern FIELD_PREFIX =
      Pattern.compile("^([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*|\\[\\d+\\])*): (.+)$",
          Pattern.DOTALL);

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

  /**
   * Records a builder's rejection as a field error: the safety net behind the reader's own
   * checks. A message that starts with a field path ({@code "patient.ageYears: ..."}) is filed
   * under that path; any other under {@code section}.
   */
  void addRejection(String section, IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    Matcher m = FIELD_PREFIX.matcher(message);
    if (m.matches()) {
      add(m.group(1), m.group(2));
    } else {
      add(section, message);
    }
  }
}
