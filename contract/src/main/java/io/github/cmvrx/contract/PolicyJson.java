package io.github.cmvrx.contract;

import static io.github.cmvrx.contract.ObjectView.Presence.OPTIONAL;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.FieldRange;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads and writes a policy file (shared case-format, Policy): {@code dosingWeight} and {@code
 * crclWeight} ({@code actual}, {@code ideal}, {@code adjusted}), {@code foscarnetInduction}
 * ({@code "60q8h"}, {@code "90q12h"}), {@code foscarnetMaintenance} (90 or 120, as a number or a
 * string) and {@code roundingMg} (a number &gt;= 0). {@code {}} is {@link Policy#defaults()}.
 * Unknown keys are errors; so is {@code null} for a key (leave the key out to take the default;
 * decision record {@code docs/decisions/0102-policy-null-is-an-error.md}).
 *
 * @since 0.2.0
 */
public final class PolicyJson {
  private PolicyJson() {}

  /** The accepted rounding increments, mg (shared case-format: &gt;= 0; upper limit 0003). */
  static final FieldRange ROUNDING_MG =
      new FieldRange(
          "roundingMg",
          "mg",
          0,
          true,
          Policy.MAX_ROUNDING_MG,
          true,
          "shared case-format, Policy; upper limit docs/decisions/0003");

  private static final String[] KEYS = {
    "dosingWeight", "crclWeight", "foscarnetInduction", "foscarnetMaintenance", "roundingMg"
  };

  /**
   * Reads a policy from a JSON document.
   *
   * @param json the document
   * @return the valid policy, or every problem found with its key
   */
  public static JsonResult<Policy> read(String json) {
    return fromParsed(DocumentReader.parse(json));
  }

  /**
   * Reads a policy from a character stream (not closed).
   *
   * @param reader the document
   * @return the valid policy, or every problem found with its key
   * @throws IOException if the reader fails
   */
  public static JsonResult<Policy> read(Reader reader) throws IOException {
    return fromParsed(DocumentReader.read(reader));
  }

  /**
   * Reads a policy from a UTF-8 byte stream (not closed; malformed UTF-8 is an error).
   *
   * @param in the document
   * @return the valid policy, or every problem found with its key
   * @throws IOException if the stream fails
   */
  public static JsonResult<Policy> read(java.io.InputStream in) throws IOException {
    return fromParsed(DocumentReader.read(in));
  }

  private static JsonResult<Policy> fromParsed(DocumentReader.Parsed parsed) {
    Problems problems = new Problems();
    parsed.errors().forEach(e -> problems.add(e.field(), e.message()));
    if (parsed.root().isEmpty()) {
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
    Optional<ObjectView> maybeRoot = ObjectView.of("", parsed.root().get(), problems);
    if (maybeRoot.isEmpty()) {
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
    ObjectView root = maybeRoot.get().acceptOnly(KEYS);
    for (String key : KEYS) {
      if (root.member(key, OPTIONAL).isEmpty() && !root.isAbsentKey(key)) {
        problems.add(key, "null is not accepted: leave the key out to take the default");
      }
    }
    Optional<WeightBasis> dosingWeight = root.enumValue("dosingWeight", OPTIONAL, WeightBasis.class);
    Optional<WeightBasis> crclWeight = root.enumValue("crclWeight", OPTIONAL, WeightBasis.class);
    Optional<FoscarnetInductionScheme> induction =
        root.choice("foscarnetInduction", OPTIONAL, inductionSchemes());
    Optional<FoscarnetMaintenanceScheme> maintenance = maintenance(root, problems);
    OptionalDouble rounding = root.number("roundingMg", OPTIONAL, ROUNDING_MG);
    if (!problems.isEmpty()) {
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
    try {
      Policy.Builder b = Policy.builder();
      dosingWeight.ifPresent(b::dosingWeight);
      crclWeight.ifPresent(b::crclWeight);
      induction.ifPresent(b::foscarnetInduction);
      maintenance.ifPresent(b::foscarnetMaintenance);
      rounding.ifPresent(b::roundingMg);
      return new JsonResult.Valid<>(b.build());
    } catch (IllegalArgumentException e) {
      problems.addRejection("$", e);
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
  }

  private static Optional<FoscarnetMaintenanceScheme> maintenance(
      ObjectView root, Problems problems) {
    Optional<Node> node = root.member("foscarnetMaintenance", OPTIONAL);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String text;
    if (node.get() instanceof Node.NumberNode n) {
      text = n.value() == Math.rint(n.value()) ? Long.toString((long) n.value()) : n.text();
    } else if (node.get() instanceof Node.StringNode s) {
      text = s.value();
    } else {
      problems.add(
          "foscarnetMaintenance",
          "expected 90 or 120 (mg/kg/day), as a number or a string, got "
              + Text.describe(node.get()));
      return Optional.empty();
    }
    for (FoscarnetMaintenanceScheme s : FoscarnetMaintenanceScheme.values()) {
      if (s.jsonName().equals(text)) {
        return Optional.of(s);
      }
    }
    problems.add(
        "foscarnetMaintenance",
        "value " + Text.clip(text) + " is not one of the accepted values: 90, 120 (mg/kg/day)");
    return Optional.empty();
  }

  private static Map<String, FoscarnetInductionScheme> inductionSchemes() {
    Map<String, FoscarnetInductionScheme> m = new LinkedHashMap<>();
    for (FoscarnetInductionScheme s : FoscarnetInductionScheme.values()) {
      m.put(s.jsonName(), s);
    }
    return m;
  }

  /**
   * Writes a policy with every key, on one line; {@link #read(String)} reads it back to an equal
   * policy.
   *
   * @param policy the policy
   * @return the JSON document
   */
  public static String write(Policy policy) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DocumentReader.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("dosingWeight", Text.jsonName(policy.dosingWeight()));
      g.writeStringField("crclWeight", Text.jsonName(policy.crclWeight()));
      g.writeStringField("foscarnetInduction", policy.foscarnetInduction().jsonName());
      g.writeNumberField(
          "foscarnetMaintenance", Integer.parseInt(policy.foscarnetMaintenance().jsonName()));
      g.writeNumberField("roundingMg", policy.roundingMg());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Returns the errors of an invalid policy as lines for a person, one per error ({@code
   * "field: message"}).
   *
   * @param invalid the invalid result
   * @return the lines
   */
  public static java.util.List<String> describe(JsonResult.Invalid<?> invalid) {
    return invalid.errors().stream().map(PolicyJson::line).toList();
  }

  private static String line(FieldError e) {
    return e.field() + ": " + e.message();
  }
}
