package io.github.cmvrx.core.decision;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * One working list of the {@link Ledger}: an array and a count, reused from one decision to the
 * next on the same thread (the recommendation copies what it keeps). Elements are never null. Not
 * thread-safe.
 *
 * @param <E> the element type
 */
final class Entries<E> extends AbstractList<E> implements RandomAccess {
  private Object[] items;
  private int size;

  Entries(int capacity) {
    items = new Object[capacity];
  }

  @Override
  @CanIgnoreReturnValue
  public boolean add(E element) {
    requireNonNull(element, "element");
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = element;
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return (E) items[index];
  }

  @Override
  @CanIgnoreReturnValue
  public E set(int index, E element) {
    requireNonNull(element, "element");
    E old = get(index);
    items[index] = element;
    return old;
  }

  @Override
  public int size() {
    return size;
  }

  /** The entries in a new array of exactly their number, without an iterator. */
  @Override
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  /** Whether an element is {@code o} or equal to it (the same element is found without equals). */
  @Override
  public boolean contains(Object o) {
    for (int i = 0; i < size; i++) {
      if (items[i] == o) {
        return true;
      }
    }
    for (int i = 0; i < size; i++) {
      if (items[i].equals(o)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void clear() {
    // Only the slots used: the rest are null already.
    Arrays.fill(items, 0, size, null);
    size = 0;
  }
}
