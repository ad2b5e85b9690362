package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The elements a builder collects for one list attribute: nothing is allocated until the first
 * element, a list that is added whole to an empty builder is kept (copied only if it is not
 * already an unmodifiable {@code List.of}/{@code List.copyOf} list), and {@link #toList()} makes
 * the immutable list. Not thread-safe, like the builders that use it.
 *
 * @param <E> the element type
 */
final class ListBuilder<E> {
  private static final Object[] NONE = {};

  /** The contents when they are one list added whole to an empty builder; else null. */
  private @Nullable List<E> whole;

  private Object[] items = NONE;
  private int size;

  /** The name used in the exception when an element is null, e.g. {@code "regimen element"}. */
  private final String what;

  ListBuilder(String what) {
    this.what = what;
  }

  /** Adds one element. */
  @CanIgnoreReturnValue
  ListBuilder<E> add(E element) {
    requireNonNull(element, what);
    spill();
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(4, size * 2));
    }
    items[size++] = element;
    return this;
  }

  /** Adds every element, in iteration order. */
  @CanIgnoreReturnValue
  ListBuilder<E> addAll(Iterable<? extends E> elements) {
    if (size == 0 && whole == null && elements instanceof Collection<? extends E> c) {
      for (E e : c) {
        requireNonNull(e, what);
      }
      whole = immutable(c);
      return this;
    }
    for (E e : elements) {
      add(e);
    }
    return this;
  }

  /** Returns the elements as an immutable list. */
  List<E> toList() {
    if (whole != null) {
      return whole;
    }
    return fromArray(items, size);
  }

  /** Moves a list kept whole into the array, before an element is added to it. */
  private void spill() {
    List<E> w = whole;
    if (w != null) {
      items = w.toArray(new Object[Math.max(4, w.size() + 1)]);
      size = w.size();
      whole = null;
    }
  }

  /** The JDK classes of {@code List.of} lists: one or two elements, and any other size. */
  private static final Class<?> LIST_12 = List.of(0).getClass();

  private static final Class<?> LIST_N = List.of(0, 1, 2).getClass();

  /**
   * Returns {@code c} as an immutable list: {@code c} itself when it already is an unmodifiable
   * {@code List.of}/{@code List.copyOf} list, else a copy. Elements must not be null.
   */
  @SuppressWarnings("unchecked")
  static <E> List<E> immutable(Collection<? extends E> c) {
    Class<?> k = c.getClass();
    if (k != LIST_12 && k != LIST_N && c instanceof RandomAccess && c instanceof List<?> l) {
      // A short list: List.of(a) and List.of(a, b) hold their elements in fields, so the
      // array List.copyOf would copy through is not needed.
      int n = l.size();
      if (n == 0) {
        return List.of();
      }
      if (n == 1) {
        return List.of((E) l.get(0));
      }
      if (n == 2) {
        return List.of((E) l.get(0), (E) l.get(1));
      }
    }
    return List.copyOf(c);
  }

  @SuppressWarnings("unchecked")
  private static <E> List<E> fromArray(Object[] items, int size) {
    return switch (size) {
      case 0 -> List.of();
      case 1 -> List.of((E) items[0]);
      case 2 -> List.of((E) items[0], (E) items[1]);
      default -> (List<E>) List.of(size == items.length ? items : Arrays.copyOf(items, size));
    };
  }
}
