package io.github.cmvrx.contract;

import static io.github.cmvrx.contract.ObjectView.Presence.OPTIONAL;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.FieldRange;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads and writes a policy file (shared case-format, Policy): {@code dosingWeight} and {@code
 * crclWeight} ({@code actual}, {@code ideal}, {@code adjusted}), {@code foscarnetInduction}
 * ({@code "60q8h"}, {@code "90q12h"}), {@code foscarnetMaintenance} (90 or 120, as a number or a
 * string) and {@code roundingMg} (a number &gt;= 0); {@code tables} (table name to a CSV file in
 * the shipped schema, relative to the policy file: the local table replaces that label table) and
 * the local cut-offs, one key per {@link CutOff} (e.g. {@code cytopeniaAncPerUl}), each refused
 * outside its accepted range (docs/decisions/1300, 1301). {@code {}} is {@link Policy#defaults()}.
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

  private static final String[] KEYS = keys();

  private static String[] keys() {
    List<String> k =
        new ArrayList<>(
            List.of(
                "contractVersion",
                "dosingWeight",
                "crclWeight",
                "foscarnetInduction",
                "foscarnetMaintenance",
                "roundingMg",
                "tables"));
    for (CutOff c : CutOff.values()) {
      k.add(c.key());
    }
    return k.toArray(String[]::new);
  }

  /** Reads the CSV file a policy's {@code tables} names, relative to the policy file. */
  @FunctionalInterface
  public interface TableFiles {
    /**
     * Returns the text of a table file.
     *
     * @param path the path as written in the policy, relative to the policy file
     * @return the CSV text
     * @throws IOException if the file cannot be read
     */
    String read(String path) throws IOException;

    /** No files: a policy with {@code tables} is refused (read it from a file instead). */
    TableFiles NONE =
        path -> {
          throw new IOException(
              "local tables need the policy's folder: read the policy from its file");
        };
  }

  /**
   * Reads a policy from a JSON document.
   *
   * @param json the document
   * @return the valid policy, or every problem found with its key
   */
  public static JsonResult<Policy> read(String json) {
    return fromParsed(DocumentReader.parse(json), TableFiles.NONE);
  }

  /**
   * Reads a policy from a JSON document whose {@code tables} files are read by {@code files}.
   *
   * @param json the document
   * @param files reads a table file named in {@code tables}, relative to the policy file
   * @return the valid policy, or every problem found with its key (a table problem names the
   *     file, the line and the fault)
   */
  public static JsonResult<Policy> read(String json, TableFiles files) {
    return fromParsed(DocumentReader.parse(json), files);
  }

  /**
   * Reads a policy file (UTF-8); the CSV files its {@code tables} names are read relative to the
   * file's folder.
   *
   * @param file the policy file
   * @return the valid policy, or every problem found with its key
   * @throws IOException if the policy file itself cannot be read
   */
  public static JsonResult<Policy> readFile(java.nio.file.Path file) throws IOException {
    java.nio.file.Path folder = file.toAbsolutePath().getParent();
    return read(
        java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8),
        path ->
            java.nio.file.Files.readString(
                folder == null ? java.nio.file.Path.of(path) : folder.resolve(path),
                java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Reads a policy from a character stream (not closed).
   *
   * @param reader the document
   * @return the valid policy, or every problem found with its key
   * @throws IOException if the reader fails
   */
  public static JsonResult<Policy> read(Reader reader) throws IOException {
    return fromParsed(DocumentReader.read(reader), TableFiles.NONE);
  }

  /**
   * Reads a policy from a UTF-8 byte stream (not closed; malformed UTF-8 is an error).
   *
   * @param in the document
   * @return the valid policy, or every problem found with its key
   * @throws IOException if the stream fails
   */
  public static JsonResult<Policy> read(java.io.InputStream in) throws IOException {
    return fromParsed(DocumentReader.read(in), TableFiles.NONE);
  }

  private static JsonResult<Policy> fromParsed(DocumentReader.Parsed parsed, TableFiles files) {
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
    ContractVersion.check(root, problems);
    Optional<WeightBasis> dosingWeight = root.enumValue("dosingWeight", OPTIONAL, WeightBasis.class);
    Optional<WeightBasis> crclWeight = root.enumValue("crclWeight", OPTIONAL, WeightBasis.class);
    Optional<FoscarnetInductionScheme> induction =
        root.choice("foscarnetInduction", OPTIONAL, inductionSchemes());
    Optional<FoscarnetMaintenanceScheme> maintenance = maintenance(root, problems);
    OptionalDouble rounding = root.number("roundingMg", OPTIONAL, ROUNDING_MG);
    Map<CutOff, Double> cutOffs = new EnumMap<>(CutOff.class);
    for (CutOff c : CutOff.values()) {
      OptionalDouble v =
          root.number(
              c.key(),
              OPTIONAL,
              new FieldRange(c.key(), c.unit(), c.min(), true, c.max(), true, c.basis()));
      if (v.isPresent()) {
        if (c.whole() && v.getAsDouble() != Math.rint(v.getAsDouble())) {
          problems.add(c.key(), "value " + v.getAsDouble() + " must be a whole number of " + c.unit());
        } else {
          cutOffs.put(c, v.getAsDouble());
        }
      }
    }
    Map<TableId, DoseTable> tables = tables(root, files, problems);
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
      b.cutOffs(CutOffs.of(cutOffs));
      b.putAllLocalTables(tables);
      return new JsonResult.Valid<>(b.build());
    } catch (IllegalArgumentException e) {
      problems.addRejection("$", e);
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
  }

  private static Map<TableId, DoseTable> tables(
      ObjectView root, TableFiles files, Problems problems) {
    Map<TableId, DoseTable> out = new EnumMap<>(TableId.class);
    Optional<ObjectView> tables = root.object("tables", OPTIONAL);
    if (tables.isEmpty()) {
      return out;
    }
    for (String name : tables.get().keys()) {
      String at = tables.get().pathOf(name);
      Optional<TableId> id = tableId(name);
      if (id.isEmpty()) {
        problems.add(at, "unknown table " + Text.clip(name) + "; one of " + tableNames());
        continue;
      }
      Optional<String> path = tables.get().string(name, OPTIONAL);
      if (path.isEmpty()) {
        if (tables.get().isAbsent(name)) {
          problems.add(at, "null is not accepted: give the CSV file, or leave the table out");
        }
        continue;
      }
      String text;
      try {
        text = files.read(path.get());
      } catch (IOException e) {
        problems.add(at, "cannot read " + path.get() + ": " + e.getMessage());
        continue;
      }
      try {
        out.put(id.get(), DoseTables.standard().parseLocal(id.get(), path.get(), text));
      } catch (IllegalArgumentException e) {
        problems.add(at, String.valueOf(e.getMessage()));
      }
    }
    return out;
  }

  private static Optional<TableId> tableId(String name) {
    for (TableId id : TableId.values()) {
      if (id.csvName().equals(name)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  private static String tableNames() {
    List<String> names = new ArrayList<>();
    for (TableId id : TableId.values()) {
      names.add(id.csvName());
    }
    return String.join(", ", names);
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
   * Writes a policy with every key but {@code tables}, on one line; {@link #read(String)} reads it
   * back to an equal policy when it has no local tables (a local table is a file the policy names;
   * its rows are not written here).
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
      for (CutOff c : CutOff.values()) {
        g.writeNumberField(c.key(), policy.cutOffs().get(c));
      }
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
