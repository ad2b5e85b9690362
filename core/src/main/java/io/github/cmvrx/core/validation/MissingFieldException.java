package io.github.cmvrx.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by the {@code build()} method of every cmvrx builder ({@code Patient.builder()}, {@code
 * PatientCase.builder()}, {@code Policy.builder()} ...) when a required field was never set. The
 * message names each missing field by its path, the way range errors do, e.g. {@code
 * "patient.sex is required"}; {@link #fields()} lists the paths.
 *
 * <p>The generated builders construct it from their own wording ("Cannot build Patient, some of
 * required attributes are not set [sex]"); callers only catch it, as an {@link
 * IllegalArgumentException} or an {@link InvalidFieldsException} whose {@link #errors()} give one
 * {@code "required field is missing"} error per field.
 *
 * @since 0.2.0
 */
public final class MissingFieldException extends InvalidFieldsException {
  private static final long serialVersionUID = 1L;

  private static final Pattern GENERATED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  private final List<String> fields;

  /**
   * Creates the exception from the wording of a generated builder.
   *
   * @param generatedMessage the generated builder's message, naming the type and the attributes
   */
  public MissingFieldException(String generatedMessage) {
    this(paths(generatedMessage), String.valueOf(generatedMessage));
  }

  private MissingFieldException(List<String> fields, String generatedMessage) {
    // An unknown wording (a new Immutables version): keep it whole rather than guess a path.
    super(fields.isEmpty() ? generatedMessage : describe(fields), errors(fields, generatedMessage));
    this.fields = List.copyOf(fields);
  }

  /**
   * Returns the path of every missing field, e.g. {@code patient.sex}.
   *
   * @return the paths, in declaration order; empty only if the generated wording was not
   *     recognised (the message then is that wording)
   */
  public List<String> fields() {
    return fields;
  }

  /** One error per missing field; an unrecognised wording is one error on {@code "$"}. */
  private static List<FieldError> errors(List<String> fields, String generatedMessage) {
    if (fields.isEmpty()) {
      return List.of(new FieldError("$", generatedMessage));
    }
    List<FieldError> out = new ArrayList<>();
    for (String field : fields) {
      out.add(new FieldError(field, "required field is missing"));
    }
    return out;
  }

  private static List<String> paths(String generatedMessage) {
    Matcher m = GENERATED.matcher(String.valueOf(generatedMessage));
    if (!m.matches()) {
      return List.of();
    }
    String prefix = prefix(m.group(1));
    List<String> out = new ArrayList<>();
    for (String attribute : m.group(2).split(",")) {
      String name = attribute.trim();
      if (!name.isEmpty()) {
        out.add(prefix.isEmpty() ? name : prefix + "." + name);
      }
    }
    return out;
  }

  /** The path of a type's fields: the case itself is the root; other types by name. */
  private static String prefix(String typeName) {
    if (typeName.equals("PatientCase")) {
      return "";
    }
    return typeName.substring(0, 1).toLowerCase(Locale.ROOT) + typeName.substring(1);
  }

  private static String describe(List<String> fields) {
    if (fields.size() == 1) {
      return fields.get(0) + " is required";
    }
    return String.join(", ", fields.subList(0, fields.size() - 1))
        + " and "
        + fields.get(fields.size() - 1)
        + " are required";
  }
}
