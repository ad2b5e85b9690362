package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * The elements a builder collects for one list attribute, without a copy that is not needed.
 *
 * <p>A builder's field holds either an immutable list (at first {@code List.of()}; a list added
 * whole to an empty field is kept, copied only if it is not already an unmodifiable {@code
 * List.of}/{@code List.copyOf} list) or, once elements are added one by one, a {@code
 * ListBuilder}. The static methods take the field and return its new value; {@link #toList}
 * makes the immutable list. Not thread-safe, like the builders that use it.
 *
 * @param <E> the element type
 */
final class ListBuilder<E> extends AbstractList<E> implements RandomAccess {
  /** The most elements {@code List.of} takes one by one, into an array it does not copy. */
  private static final int FIXED_ARITY = 10;

  /** The JDK classes of {@code List.of} lists: one or two elements, and any other size. */
  private static final Class<?> LIST_12 = List.of(0).getClass();

  private static final Class<?> LIST_N = List.of(0, 1, 2).getClass();

  private Object[] items;
  private int size;

  private ListBuilder(List<E> first) {
    items = first.toArray(new Object[first.size() + 4]);
    size = first.size();
  }

  /**
   * Returns {@code held} with {@code element} added.
   *
   * @param held the builder's field: an immutable list or a list builder
   * @param what the name in the exception when the element is null, e.g. "regimen element"
   * @return the field's new value
   */
  static <E> List<E> add(List<E> held, E element, String what) {
    requireNonNull(element, what);
    if (held instanceof ListBuilder<E> b) {
      b.append(element);
      return b;
    }
    // One or two elements fit in a List.of list as it is; more go into a builder.
    if (held.isEmpty()) {
      return List.of(element);
    }
    if (held.size() == 1) {
      return List.of(held.get(0), element);
    }
    ListBuilder<E> to = new ListBuilder<>(held);
    to.append(element);
    return to;
  }

  /**
   * Returns {@code held} with the elements of an array added, in order (the variable-arity
   * adders).
   *
   * @param held the builder's field: an immutable list or a list builder
   * @param what the name in the exception when an element is null, e.g. "regimen element"
   * @return the field's new value
   */
  static <E> List<E> addArray(List<E> held, E[] elements, String what) {
    if (held.isEmpty() && elements.length <= 2) {
      // The usual case (one or two instructions at once) without a view of the array.
      return elements.length == 0
          ? held
          : elements.length == 1
              ? List.of(requireNonNull(elements[0], what))
              : List.of(requireNonNull(elements[0], what), requireNonNull(elements[1], what));
    }
    return addAll(held, Arrays.asList(elements), what);
  }

  /**
   * Returns {@code held} with every element added, in iteration order.
   *
   * @param held the builder's field: an immutable list or a list builder
   * @param what the name in the exception when an element is null, e.g. "regimen element"
   * @return the field's new value: the elements themselves if {@code held} was empty and they
   *     are a collection
   */
  static <E> List<E> addAll(List<E> held, Iterable<? extends E> elements, String what) {
    requireNonNull(elements, what);
    if (held.isEmpty() && elements instanceof Collection<? extends E> c) {
      checkElements(c, what);
      return immutable(c);
    }
    List<E> to = held;
    for (E e : elements) {
      to = add(to, e, what);
    }
    return to;
  }

  /**
   * Returns the builder's field as an immutable list.
   *
   * @param held the builder's field: an immutable list or a list builder
   * @return the list
   */
  static <E> List<E> toList(List<E> held) {
    return held instanceof ListBuilder<E> b ? immutable(b) : held;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return (E) items[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  private void append(E element) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = element;
  }

  private static void checkElements(Collection<?> c, String what) {
    if (c instanceof List<?> l && c instanceof RandomAccess) {
      for (int i = 0; i < l.size(); i++) {
        requireNonNull(l.get(i), what);
      }
    } else {
      for (Object e : c) {
        requireNonNull(e, what);
      }
    }
  }

  /**
   * Returns {@code c} as an immutable list: {@code c} itself when it already is an unmodifiable
   * {@code List.of}/{@code List.copyOf} list, else a copy. Elements must not be null.
   */
  @SuppressWarnings("unchecked")
  static <E> List<E> immutable(Collection<? extends E> c) {
    Class<?> k = c.getClass();
    if (k != LIST_12
        && k != LIST_N
        && c.size() <= FIXED_ARITY
        && c instanceof RandomAccess
        && c instanceof List<?> l) {
      // List.copyOf would copy the elements twice (toArray, then its own array); List.of with
      // the elements one by one keeps the one array it is given.
      return (List<E>) fixedArity(l);
    }
    return List.copyOf(c);
  }

  /** {@code List.of(e.get(0), ..., e.get(n - 1))} for a list of {@code n <= FIXED_ARITY}. */
  private static List<Object> fixedArity(List<?> e) {
    return switch (e.size()) {
      case 0 -> List.of();
      case 1 -> List.of(e.get(0));
      case 2 -> List.of(e.get(0), e.get(1));
      case 3 -> List.of(e.get(0), e.get(1), e.get(2));
      case 4 -> List.of(e.get(0), e.get(1), e.get(2), e.get(3));
      case 5 -> List.of(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4));
      case 6 -> List.of(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5));
      case 7 -> List.of(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5), e.get(6));
      case 8 ->
          List.of(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5), e.get(6), e.get(7));
      case 9 ->
          List.of(
              e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5), e.get(6), e.get(7),
              e.get(8));
      case 10 ->
          List.of(
              e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5), e.get(6), e.get(7),
              e.get(8), e.get(9));
      default -> throw new IllegalArgumentException("more than " + FIXED_ARITY + " elements");
    };
  }
}
