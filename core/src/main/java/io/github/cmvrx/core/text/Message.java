package io.github.cmvrx.core.text;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
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
  private static final Object[] NO_ARGS = {};

  private final MessageKey key;
  private final Object[] args;

  private Message(MessageKey key, Object[] args) {
    this.key = key;
    this.args = args;
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
    return args.length == 0 ? WITHOUT_ARGS[key.ordinal()] : new Message(key, args.clone());
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
    return new Message(key, new Object[] {a});
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
    return new Message(key, new Object[] {a, b});
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
    return new Message(key, new Object[] {a, b, c});
  }

  /** The message of each key without arguments, built once: a message is an immutable value. */
  private static final Message[] WITHOUT_ARGS = withoutArgs();

  private static Message[] withoutArgs() {
    MessageKey[] keys = MessageKey.values();
    Message[] messages = new Message[keys.length];
    for (MessageKey k : keys) {
      messages[k.ordinal()] = new Message(k, NO_ARGS);
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
    return new Message(MessageKey.VERBATIM, new Object[] {text});
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
    return List.of(args);
  }

  /** Returns the argument at {@code index} (for the renderer; no copy). */
  Object arg(int index) {
    return args[index];
  }

  int argCount() {
    return args.length;
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
    List<Object> parts =
        key == MessageKey.PARTS ? castList(args[0]) : List.of(this);
    Object[] joined = parts.toArray(new Object[parts.size() + 1]);
    joined[parts.size()] = more;
    return new Message(MessageKey.PARTS, new Object[] {List.of(joined)});
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
    for (Object a : args) {
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
    return o instanceof Message m && m.key == key && Arrays.equals(m.args, args);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(args);
  }

  /** Returns the default (English) rendering. */
  @Override
  public String toString() {
    return Renderer.english().render(this);
  }
}
