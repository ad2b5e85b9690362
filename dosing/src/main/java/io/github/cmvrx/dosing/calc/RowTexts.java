package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.dosing.table.DoseRow;
import org.jspecify.annotations.Nullable;

/**
 * The text of each dose table row ({@link DoseContext#rowText}), made once per row and then
 * shared: it depends on the row only, and a message is immutable. The rows of the tables in force
 * are the same objects on every call, so the texts are found by the row's identity (an identity
 * hash and a few reads, no {@code equals} over the row's fields). At most {@value #SIZE} rows are
 * kept, more than the label and local tables hold; a row that finds no free slot near its hash
 * gets a new text, equal to the shared one.
 *
 * <p>Thread-safe without locks: an entry is immutable (final fields), so a thread that reads it
 * sees it whole; two threads that fill the same slot at once leave one entry, and the other row
 * takes the next free slot when it comes again.
 */
final class RowTexts {
  private RowTexts() {}

  /** Slots in the table, a power of two. */
  private static final int SIZE = 1024;

  /** Slots tried from the row's hash before giving up. */
  private static final int PROBES = 8;

  private record Entry(DoseRow row, Message text) {}

  private static final @Nullable Entry[] TABLE = new Entry[SIZE];

  /**
   * Returns the text of {@code row}.
   *
   * @param row a dose table row
   * @return its text, equal to {@code DoseContext.rowText(row)}
   */
  static Message of(DoseRow row) {
    int i = System.identityHashCode(row);
    for (int p = 0; p < PROBES; p++, i++) {
      int slot = i & (SIZE - 1);
      Entry e = TABLE[slot];
      if (e == null) {
        Message text = DoseContext.rowText(row);
        TABLE[slot] = new Entry(row, text);
        return text;
      }
      if (e.row() == row) {
        return e.text();
      }
    }
    return DoseContext.rowText(row);
  }
}
