package io.github.cmvrx.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A typed fact for a person to read: a stable {@link MessageKey} and its arguments (numbers,
 * drugs, enums, nested messages, lists of messages, and data such as field paths or a local
 * table's source as written). The words live in the message catalogue; a {@link Renderer} turns
 * a message into text at the edge (JSON, explain, CDS cards), never inside a rule. Immutable
 * (the arguments are copied; lists must be immutable) and compared by key and arguments.
 *
 * @since 0.3.0
 */
public final class Message {
  // Up to three arguments are held in fields, so that a message is one object of 32 bytes, not
  // an object and an array (a decision builds a dozen of them); more arguments (rare) are held
  // as an array in the first field.
  private final MessageKey key;
  private final int count;
  private final @Nullable Object a0;
  private final @Nullable Object a1;
  private final @Nullable Object a2;

  private Message(
      MessageKey key, int count, @Nullable Object a0, @Nullable Object a1, @Nullable Object a2) {
    this.key = key;
    this.count = count;
    this.a0 = a0;
    this.a1 = a1;
    this.a2 = a2;
  }

  /**
   * Returns the message {@code key} with {@code args}.
   *
   * @param key the key
   * @param args the arguments, as many as the key's template uses
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(MessageKey key, Object... args) {
    requireNonNull(key, "key");
    for (Object a : args) {
      requireNonNull(a, "message argument");
    }
    return switch (args.length) {
      case 0 -> WITHOUT_ARGS[key.ordinal()];
      case 1 -> new Message(key, 1, args[0], null, null);
      case 2 -> new Message(key, 2, args[0], args[1], null);
      case 3 -> new Message(key, 3, args[0], args[1], args[2]);
      default -> new Message(key, args.length, args.clone(), null, null);
    };
  }

  /**
   * Returns the message {@code key} without arguments: one shared instance per key (a message is
   * an immutable value), so that a rule stating a fixed text allocates nothing.
   *
   * @param key the key
   * @return the message
   * @throws NullPointerException if the key is null
   */
  public static Message of(MessageKey key) {
    return WITHOUT_ARGS[requireNonNull(key, "key").ordinal()];
  }

  /**
   * Returns the message {@code key} with one argument (as {@link #of(MessageKey, Object...)},
   * without a variable-arity array to copy).
   *
   * @param key the key
   * @param a the argument
   * @return the message
   * @throws NullPointerException if the key or the argument is null
   */
  public static Message of(MessageKey key, Object a) {
    requireNonNull(key, "key");
    requireNonNull(a, "message argument");
    return new Message(key, 1, a, null, null);
  }

  /**
   * Returns the message {@code key} with two arguments (as {@link #of(MessageKey, Object...)},
   * without a variable-arity array to copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(MessageKey key, Object a, Object b) {
    requireNonNull(key, "key");
    requireNonNull(a, "message argument");
    requireNonNull(b, "message argument");
    return new Message(key, 2, a, b, null);
  }

  /**
   * Returns the message {@code key} with three arguments (as {@link #of(MessageKey,
   * Object...)}, without a variable-arity array to copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(MessageKey key, Object a, Object b, Object c) {
    requireNonNull(key, "key");
    requireNonNull(a, "message argument");
    requireNonNull(b, "message argument");
    requireNonNull(c, "message argument");
    return new Message(key, 3, a, b, c);
  }

  /**
   * Returns the message {@code key} with 4 arguments (as {@link #of(MessageKey, Object...)},
   * with one array made here rather than a variable-arity array and its copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @param d the fourth argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(MessageKey key, Object a, Object b, Object c, Object d) {
    return many(key, new Object[] {a, b, c, d});
  }

  /**
   * Returns the message {@code key} with 5 arguments (as {@link #of(MessageKey, Object...)},
   * with one array made here rather than a variable-arity array and its copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @param d the fourth argument
   * @param e the fifth argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(MessageKey key, Object a, Object b, Object c, Object d, Object e) {
    return many(key, new Object[] {a, b, c, d, e});
  }

  /**
   * Returns the message {@code key} with 6 arguments (as {@link #of(MessageKey, Object...)},
   * with one array made here rather than a variable-arity array and its copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @param d the fourth argument
   * @param e the fifth argument
   * @param f the sixth argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(
      MessageKey key, Object a, Object b, Object c, Object d, Object e, Object f) {
    return many(key, new Object[] {a, b, c, d, e, f});
  }

  /**
   * Returns the message {@code key} with 7 arguments (as {@link #of(MessageKey, Object...)},
   * with one array made here rather than a variable-arity array and its copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @param d the fourth argument
   * @param e the fifth argument
   * @param f the sixth argument
   * @param g the seventh argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(
      MessageKey key, Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
    return many(key, new Object[] {a, b, c, d, e, f, g});
  }

  /**
   * Returns the message {@code key} with 8 arguments (as {@link #of(MessageKey, Object...)},
   * with one array made here rather than a variable-arity array and its copy).
   *
   * @param key the key
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @param d the fourth argument
   * @param e the fifth argument
   * @param f the sixth argument
   * @param g the seventh argument
   * @param h the eighth argument
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(
      MessageKey key,
      Object a,
      Object b,
      Object c,
      Object d,
      Object e,
      Object f,
      Object g,
      Object h) {
    return many(key, new Object[] {a, b, c, d, e, f, g, h});
  }

  /** A message of more than three arguments, from an array no one else holds. */
  private static Message many(MessageKey key, Object[] args) {
    requireNonNull(key, "key");
    for (Object a : args) {
      requireNonNull(a, "message argument");
    }
    return new Message(key, args.length, args, null, null);
  }

  /** The message of each key without arguments, built once: a message is an immutable value. */
  private static final Message[] WITHOUT_ARGS = withoutArgs();

  private static Message[] withoutArgs() {
    MessageKey[] keys = MessageKey.values();
    Message[] messages = new Message[keys.length];
    for (MessageKey k : keys) {
      messages[k.ordinal()] = new Message(k, 0, null, null, null);
    }
    return messages;
  }

  /**
   * Returns a message whose text is {@code text} as given: for text that does not come from a
   * rule (a value read from a document, a test fixture). Rules never use it.
   *
   * @param text the text
   * @return the message
   * @throws NullPointerException if the text is null
   */
  public static Message verbatim(String text) {
    requireNonNull(text, "text");
    return new Message(MessageKey.VERBATIM, 1, text, null, null);
  }

  /**
   * Returns the key.
   *
   * @return the key
   */
  public MessageKey key() {
    return key;
  }

  /**
   * Returns the arguments, in template order.
   *
   * @return the arguments
   */
  public List<Object> args() {
    Object[] out = new Object[count];
    for (int i = 0; i < count; i++) {
      out[i] = arg(i);
    }
    return List.of(out);
  }

  /** Returns the argument at {@code index} (for the renderer; no copy). */
  Object arg(int index) {
    if (count > 3) {
      return ((Object[]) requireNonNull(a0))[index];
    }
    Object a =
        switch (index) {
          case 0 -> a0;
          case 1 -> a1;
          case 2 -> a2;
          default -> null;
        };
    if (a == null || index >= count) {
      throw new IndexOutOfBoundsException("message " + key + " has no argument " + index);
    }
    return a;
  }

  int argCount() {
    return count;
  }

  /**
   * Returns this message and {@code more} as one message, the parts separated by "; " (one
   * rationale entry per rule, issue 11 item 1). A message this one already states (itself, a
   * part, or a message nested in one, as in "valganciclovir excluded: {@code <reason>}") is not added
   * again.
   *
   * @param more the message to add
   * @return the joined message; this message if it already states {@code more}
   */
  public Message and(Message more) {
    if (states(more)) {
      return this;
    }
    List<Object> parts = key == MessageKey.PARTS ? castList(arg(0)) : List.of(this);
    Object[] joined = parts.toArray(new Object[parts.size() + 1]);
    joined[parts.size()] = more;
    return new Message(MessageKey.PARTS, 1, List.of(joined), null, null);
  }

  /**
   * Returns whether this message is {@code other} or holds it as an argument, at any depth.
   *
   * @param other the message
   * @return whether this message states {@code other}
   */
  public boolean states(Message other) {
    if (equals(other)) {
      return true;
    }
    for (int i = 0; i < count; i++) {
      Object a = arg(i);
      if (a instanceof Message m && m.states(other)) {
        return true;
      }
      if (a instanceof List<?> list) {
        for (Object e : list) {
          if (e instanceof Message m && m.states(other)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object o) {
    return (List<Object>) o;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Message m) || m.key != key || m.count != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!arg(i).equals(m.arg(i))) {
        return false;
      }
    }
    return true;
  }

  /** The same value as {@code Arrays.hashCode} over the arguments, combined with the key. */
  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < count; i++) {
      h = 31 * h + arg(i).hashCode();
    }
    return 31 * key.hashCode() + h;
  }

  /** Returns the default (English) rendering. */
  @Override
  public String toString() {
    return Renderer.english().render(this);
  }
}
