package io.github.cmvrx.dosing.calc;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Immutable lists of exactly the elements gathered in an array, made without an intermediate
 * list: {@code List.of} with as many arguments as there are elements keeps them as they are, and
 * {@code List.copyOf} of such a list returns it, so a value that copies its lists on
 * construction copies nothing more.
 */
final class Lists {
  private Lists() {}

  /**
   * Returns the first {@code n} elements of {@code a} as an immutable list.
   *
   * @param a the elements, null when there are none
   * @param n how many, at most {@code a.length}
   * @return the list
   */
  @SuppressWarnings("NullAway") // the first n elements are never null
  static <E> List<E> immutable(E @Nullable [] a, int n) {
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
      default -> List.of(Arrays.copyOf(a, n));
    };
  }
}
