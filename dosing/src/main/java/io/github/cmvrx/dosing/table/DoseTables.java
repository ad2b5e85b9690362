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
    String[] lines = text.split("\\R", -1);
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + " line " + (i + 1);
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
              "expected " + COLUMNS + " columns, found " + cells.length);
        }
        TableId id = TableId.parse(cells[0].strip());
        rows.computeIfAbsent(id, k -> new ArrayList<>()).add(row(cells));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(name + ": no header");
    }
  }

  private static DoseRow row(String[] c) {
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
    String sourceKey = c[12].strip();
    Source source =
        Source.forKey(sourceKey)
            .orElseThrow(() -> new IllegalArgumentException("unknown source '" + sourceKey + "'"));
    return new DoseRow(
        basis,
        band,
        number("amount", c[6]),
        AmountUnit.valueOf(unit.toUpperCase(Locale.ROOT)),
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
