package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the hand-written case values share: optionals made once (the two boolean optionals are
 * shared), the strict builders' messages, and unmodifiable enum sets.
 */
final class ModelValues {
  private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

  private ModelValues() {}

  /** Returns {@code Optional.of(value)}, one shared instance for each of true and false. */
  static Optional<Boolean> ofBoolean(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * Returns {@code o} as an optional of the supertype: an optional is read-only, so one of a
   * subtype can be stored as it is, without a copy.
   */
  @SuppressWarnings("unchecked")
  static <T> Optional<T> narrow(Optional<? extends T> o, String name) {
    return (Optional<T>) requireNonNull(o, name);
  }

  /**
   * Throws when a strict builder is given an attribute a second time.
   *
   * @param set the bits of the attributes set so far
   * @param bit the attribute's bit
   * @param type the simple name of the built type, e.g. "Labs"
   * @param name the attribute, e.g. "anc"
   * @throws IllegalStateException if the bit is in {@code set}
   */
  static void checkNotSet(int set, int bit, String type, String name) {
    if ((set & bit) != 0) {
      throw new IllegalStateException(
          "Builder of " + type + " is strict, attribute is already set: " + name);
    }
  }

  /**
   * Returns the exception for required attributes left unset, naming each field by its path
   * ({@link MissingFieldException#of}).
   *
   * @param type the simple name of the built type, e.g. "Patient"
   * @param names the missing attributes, in declaration order
   */
  static MissingFieldException missing(String type, List<String> names) {
    return MissingFieldException.of(type, names);
  }

  /** Returns an unmodifiable copy of the set, in enum declaration order. */
  static <E extends Enum<E>> Set<E> unmodifiableCopy(EnumSet<E> elements) {
    return Collections.unmodifiableSet(EnumSet.copyOf(elements));
  }
}
