package io.github.cmvrx.core.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Immutable lists of exactly the elements gathered in an array, made without an intermediate
 * list: {@code List.of} with as many arguments as there are elements keeps one or two of them
 * without an array and up to ten in the one array it makes, and {@code List.copyOf} of such a
 * list returns it, so a value that copies its lists on construction copies nothing more. One
 * home for the decision ledger and the dosing notes.
 */
public final class ExactLists {
  private ExactLists() {}

  /**
   * Returns the first {@code n} elements of {@code a} as an immutable {@code List.of} list; later
   * changes to {@code a} do not show in it.
   *
   * @param a the elements, none of the first {@code n} null; null when there are none
   * @param n how many, from 0 to {@code a.length}
   * @param <E> the element type
   * @return the list
   * @throws NullPointerException if one of the first {@code n} elements is null
   */
  @SuppressWarnings("NullAway") // the first n elements are never null
  public static <E> List<E> of(E @Nullable [] a, int n) {
    if (a == null) {
      return List.of();
    }
    return switch (n) {
      case 0 -> List.of();
      case 1 -> List.of(a[0]);
      case 2 -> List.of(a[0], a[1]);
      case 3 -> List.of(a[0], a[1], a[2]);
      case 4 -> List.of(a[0], a[1], a[2], a[3]);
      case 5 -> List.of(a[0], a[1], a[2], a[3], a[4]);
      case 6 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5]);
      case 7 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
      case 8 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
      case 9 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
      case 10 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
      // List.of(E...) copies its argument: the array itself when it is exactly full.
      default -> List.of(n == a.length ? a : Arrays.copyOf(a, n));
    };
  }
}
