package io.github.cmvrx.dosing.table;

import static java.util.Objects.requireNonNull;

/**
 * Where a row of a local dose table was read from, and its source as the institution wrote it.
 *
 * @param file the file as the policy names it (relative to the policy file)
 * @param line the 1-based line in that file
 * @param source the {@code source} cell as written (free text, not blank)
 */
public record LocalOrigin(String file, int line, String source) {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if the line is below 1 or the source is blank
   */
  public LocalOrigin {
    requireNonNull(file, "file");
    requireNonNull(source, "source");
    if (line < 1) {
      throw new IllegalArgumentException("line (" + line + ") must be >= 1");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source is missing");
    }
  }

  /**
   * Returns {@code "FILE line N"}.
   *
   * @return where the row is
   */
  public String where() {
    return file + " line " + line;
  }
}
