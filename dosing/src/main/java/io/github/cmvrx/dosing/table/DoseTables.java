package io.github.cmvrx.dosing.table;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The set of label dose tables, read from the CSV resources under {@code
 * io/github/cmvrx/dosing/tables/} (see SOURCES.md there) once per JVM and validated at load.
 * Immutable and thread-safe.
 *
 * <p>CSV format: lines starting with {@code #} are comments; the first other line is the header
 * {@value #HEADER}; edges and amounts are plain decimal numbers; an empty {@code upper} means no
 * upper limit; the {@code source} is a citation key of {@link Source}.
 */
public final class DoseTables {
  /** The exact CSV header. */
  public static final String HEADER =
      "table,basis,lower,lower_included,upper,upper_included,amount,unit,interval_hours,"
          + "times_per_week,after_dialysis,off_label,source";

  private static final int COLUMNS = HEADER.split(",", -1).length;

  /** The resource files, relative to this class's package folder. */
  static final List<String> RESOURCES =
      List.of("ganciclovir-iv.csv", "valganciclovir-tablets.csv", "foscarnet.csv");

  private static final String FOLDER = "/io/github/cmvrx/dosing/tables/";

  private final Map<TableId, DoseTable> tables;

  private DoseTables(Map<TableId, DoseTable> tables) {
    this.tables = tables;
  }

  private static final class Standard {
    static final DoseTables INSTANCE = loadStandard();
  }

  /**
   * Returns the label tables shipped with the library, loaded and validated on first use.
   *
   * @return the tables
   * @throws IllegalStateException if a shipped table is missing or invalid (a build fault)
   */
  public static DoseTables standard() {
    return Standard.INSTANCE;
  }

  private static DoseTables loadStandard() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : RESOURCES) {
      try (InputStream in = DoseTables.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("dose table resource missing: " + FOLDER + name);
        }
        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dose table " + name, e);
      }
    }
    try {
      return parse(files);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("shipped dose tables are invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the tables read from CSV texts, validated; every {@link TableId} must be defined.
   *
   * @param files file name to CSV text
   * @return the tables
   * @throws IllegalArgumentException naming the file, line and fault if a row is malformed, a table
   *     is missing, or a table is invalid (see {@link DoseTable#of})
   */
  public static DoseTables parse(Map<String, String> files) {
    Map<TableId, List<DoseRow>> rows = new EnumMap<>(TableId.class);
    files.forEach((name, text) -> readFile(name, text, rows));
    Map<TableId, DoseTable> tables = new EnumMap<>(TableId.class);
    for (TableId id : TableId.values()) {
      List<DoseRow> list = rows.get(id);
      if (list == null) {
        throw new IllegalArgumentException("dose table " + id.csvName() + " is not defined");
      }
      tables.put(id, DoseTable.of(id, list));
    }
    return new DoseTables(tables);
  }

  private static void readFile(String name, String text, Map<TableId, List<DoseRow>> rows) {
    forEachRow(
        name,
        text,
        "",
        name + ": no header",
        (cells, line) -> {
          TableId id = TableId.parse(cells[0].strip());
          String sourceKey = cells[12].strip();
          Source source =
              Source.forKey(sourceKey)
                  .orElseThrow(
                      () -> new IllegalArgumentException("unknown source '" + sourceKey + "'"));
          rows.computeIfAbsent(id, k -> new ArrayList<>()).add(row(cells, source));
        });
  }

  /** What a CSV loader does with one data row; throws naming the fault, without the place. */
  private interface RowReader {
    void read(String[] cells, int lineNumber);
  }

  /**
   * The CSV skeleton both loaders share: blank and {@code #} lines skipped, the header checked,
   * each data row split into exactly {@link #COLUMNS} cells and handed to {@code reader}; any
   * fault is rethrown prefixed with {@code "<file> line <n>: "}.
   *
   * @param file the file name, for messages
   * @param text the file's text
   * @param columnsHint said after a wrong column count (may be empty)
   * @param noHeader the message when the file has no header
   * @param reader what to do with each data row
   */
  private static void forEachRow(
      String file, String text, String columnsHint, String noHeader, RowReader reader) {
    String[] lines = text.split("\\R", -1);
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + (i + 1);
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException(where + ": header must be '" + HEADER + "'");
        }
        headerSeen = true;
        continue;
      }
      try {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS) {
          throw new IllegalArgumentException(
              "expected " + COLUMNS + " columns, found " + cells.length + columnsHint);
        }
        reader.read(cells, i + 1);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(noHeader);
    }
  }

  private static DoseRow row(String[] c, Source source) {
    Basis basis = Basis.parse(c[1].strip());
    Optional<Band> band = Optional.empty();
    if (basis.isBand()) {
      String upper = c[4].strip();
      band =
          Optional.of(
              new Band(
                  number("lower", c[2]),
                  bool("lower_included", c[3]),
                  upper.isEmpty() ? Double.POSITIVE_INFINITY : number("upper", upper),
                  bool("upper_included", c[5])));
    } else {
      for (int k = 2; k <= 5; k++) {
        if (!c[k].isBlank()) {
          throw new IllegalArgumentException("band edges must be empty for basis " + c[1].strip());
        }
      }
    }
    String unit = c[7].strip();
    AmountUnit amountUnit;
    try {
      amountUnit = AmountUnit.valueOf(unit.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unit '" + unit + "' must be mg_per_kg or mg", e);
    }
    return new DoseRow(
        basis,
        band,
        number("amount", c[6]),
        amountUnit,
        new Schedule(
            optionalInt("interval_hours", c[8]),
            optionalInt("times_per_week", c[9]),
            bool("after_dialysis", c[10])),
        bool("off_label", c[11]),
        source);
  }

  private static double number(String column, String cell) {
    try {
      double v = Double.parseDouble(cell.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + cell + "' is not a finite number", e);
    }
  }

  private static OptionalInt optionalInt(String column, String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + cell + "' is not an integer", e);
    }
  }

  private static boolean bool(String column, String cell) {
    return switch (cell.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(column + " '" + cell + "' must be true or false");
    };
  }

  /**
   * Returns a local table read from the CSV text of one file (the shipped schema, {@value
   * #HEADER}), validated with the same checks as the label tables (no gap, no overlap, dose
   * intensity never rising as kidney function falls, the CRRT row off-label) and against the label
   * table it replaces: the same basis and unit, and the same kinds of rows (a haemodialysis or CRRT
   * row exactly where the label table has one, since a local table replaces the label table whole).
   * The {@code source} cell is free text and must not be blank; every row's {@code table} cell must
   * name {@code id}.
   *
   * @param id the table it replaces
   * @param file the file name as the policy gives it, for messages
   * @param text the CSV text
   * @return the table, each row carrying its {@link LocalOrigin}
   * @throws IllegalArgumentException naming the file, the line where there is one, and the fault
   */
  public DoseTable parseLocal(TableId id, String file, String text) {
    requireNonNull(id, "id");
    requireNonNull(file, "file");
    requireNonNull(text, "text");
    DoseTable label = get(id);
    List<DoseRow> rows = new ArrayList<>();
    forEachRow(
        file,
        text,
        " (a comma inside the source text is not allowed)",
        file + ": no header (expected '" + HEADER + "')",
        (cells, line) -> {
          String table = cells[0].strip();
          if (!table.equals(id.csvName())) {
            throw new IllegalArgumentException(
                "table '" + table + "' but the policy names this file for " + id.csvName());
          }
          String source = cells[12].strip();
          if (source.isEmpty()) {
            throw new IllegalArgumentException("source is missing: say where the local dose comes from");
          }
          Basis basis = Basis.parse(cells[1].strip());
          DoseRow parsed = row(cells, labelSource(label, basis));
          DoseRow reference = label.fullDose();
          if (basis.isBand() && basis != reference.basis()) {
            throw new IllegalArgumentException(
                "basis " + cells[1].strip() + " but the label table uses "
                    + reference.basis().name().toLowerCase(Locale.ROOT));
          }
          if (parsed.unit() != reference.unit()) {
            throw new IllegalArgumentException(
                "unit " + cells[7].strip() + " but the label table uses "
                    + reference.unit().name().toLowerCase(Locale.ROOT));
          }
          if (basis == Basis.INTERMITTENT_HEMODIALYSIS && label.haemodialysis().isEmpty()
              || basis == Basis.CONTINUOUS_RENAL_REPLACEMENT
                  && label.continuousRenalReplacement().isEmpty()) {
            throw new IllegalArgumentException(
                "a " + cells[1].strip() + " row, but the label table has none (the drug is not"
                    + " given on that renal replacement, clinical basis §3)");
          }
          rows.add(parsed.asLocal(new LocalOrigin(file, line, source)));
        });
    if (label.haemodialysis().isPresent()
        && rows.stream().noneMatch(r -> r.basis() == Basis.INTERMITTENT_HEMODIALYSIS)) {
      throw new IllegalArgumentException(
          file + ": no intermittent_hemodialysis row; the label table has one and a local table"
              + " replaces it whole");
    }
    if (label.continuousRenalReplacement().isPresent()
        && rows.stream().noneMatch(r -> r.basis() == Basis.CONTINUOUS_RENAL_REPLACEMENT)) {
      throw new IllegalArgumentException(
          file + ": no continuous_renal_replacement row; the label table has one and a local"
              + " table replaces it whole");
    }
    try {
      return DoseTable.of(id, rows);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The label source a local row of {@code basis} stands in for. */
  private static Source labelSource(DoseTable label, Basis basis) {
    if (basis == Basis.CONTINUOUS_RENAL_REPLACEMENT) {
      return label.continuousRenalReplacement().orElse(label.fullDose()).source();
    }
    return label.fullDose().source();
  }

  /**
   * Returns these tables with some replaced whole.
   *
   * @param replacements the tables to put in place of those with the same id
   * @return the tables
   */
  public DoseTables with(Map<TableId, DoseTable> replacements) {
    if (replacements.isEmpty()) {
      return this;
    }
    Map<TableId, DoseTable> m = new EnumMap<>(tables);
    replacements.forEach(
        (id, table) -> {
          if (table.id() != id) {
            throw new IllegalArgumentException(
                "table " + table.id().csvName() + " given for " + id.csvName());
          }
          m.put(id, table);
        });
    return new DoseTables(m);
  }

  /**
   * Returns one table.
   *
   * @param id the table
   * @return the table
   */
  public DoseTable get(TableId id) {
    return requireNonNull(tables.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the CSV text of a shipped file, for tests that derive broken variants of it.
   *
   * @param name a file name in {@link #RESOURCES}
   * @return the text
   */
  static String resourceText(String name) {
    try (InputStream in = DoseTables.class.getResourceAsStream(FOLDER + name)) {
      return new String(requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
