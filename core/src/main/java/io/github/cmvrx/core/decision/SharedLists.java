package io.github.cmvrx.core.decision;

import java.util.List;

/**
 * Immutable lists of shared values (entries built once and reused by every decision, such as the
 * monitoring items and the alerts without arguments), kept so that a decision that lists the
 * same values in the same order as an earlier one gets the earlier list rather than a copy of its
 * own. The values are found by identity, so a list handed out always holds exactly the elements
 * asked for; a list is a {@code List.of} list, equal to a fresh one.
 *
 * <p>A fixed number of slots, each holding the last list that hashed to it: the memory is
 * bounded, and a list pushed out of its slot is simply made again when next asked for.
 * Thread-safe: a slot holds an immutable list (safely published by its final fields); two threads
 * may each make an equal list and either is kept.
 */
final class SharedLists {
  private final Object[] slots;

  /**
   * Makes an empty table.
   *
   * @param slots the number of slots, a power of two
   */
  SharedLists(int slots) {
    if (slots <= 0 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    this.slots = new Object[slots];
  }

  /**
   * Returns the first {@code n} elements of {@code items} (each a shared value, none null) as
   * an immutable list: the one handed out before for the same elements, if it is still kept.
   */
  @SuppressWarnings("unchecked")
  List<Object> of(Object[] items, int n) {
    if (n == 0) {
      return List.of();
    }
    int h = n;
    for (int i = 0; i < n; i++) {
      h = 31 * h + System.identityHashCode(items[i]);
    }
    int slot = (h ^ (h >>> 16)) & (slots.length - 1);
    if (slots[slot] instanceof List<?> held && holds(held, items, n)) {
      return (List<Object>) held;
    }
    List<Object> made = Entries.of(items, n);
    slots[slot] = made;
    return made;
  }

  private static boolean holds(List<?> held, Object[] items, int n) {
    if (held.size() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (held.get(i) != items[i]) {
        return false;
      }
    }
    return true;
  }
}
