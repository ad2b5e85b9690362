package io.github.cmvrx.simulation.whatif;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of the report: a header (snake_case names with their unit, e.g. {@code
 * share_changed_percent}) and rows of cells as text. The CSV file, the JSON array and the HTML
 * table are all written from it, so they always agree.
 *
 * @param header the column names
 * @param rows the rows, each as long as the header
 */
record Table(List<String> header, List<List<String>> rows) {
  Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    for (List<String> r : rows) {
      if (r.size() != header.size()) {
        throw new IllegalArgumentException("row " + r + " does not match header " + header);
      }
    }
  }

  /** Builds a table row by row. */
  static final class Builder {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Builder(String... header) {
      this.header = List.of(header);
    }

    @CanIgnoreReturnValue
    Builder row(String... cells) {
      rows.add(List.of(cells));
      return this;
    }

    @CanIgnoreReturnValue
    Builder row(List<String> cells) {
      rows.add(List.copyOf(cells));
      return this;
    }

    Table build() {
      return new Table(header, rows);
    }
  }

  String csv() {
    StringBuilder s = new StringBuilder();
    line(s, header);
    for (List<String> r : rows) {
      line(s, r);
    }
    return s.toString();
  }

  private static void line(StringBuilder s, List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      String cell = row.get(i);
      s.append(
          cell.contains(",") || cell.contains("\"") || cell.contains("\n")
              ? "\"" + cell.replace("\"", "\"\"") + "\""
              : cell);
    }
    s.append('\n');
  }
}
