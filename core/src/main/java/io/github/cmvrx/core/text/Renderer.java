package io.github.cmvrx.core.text;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.text.MessageCatalogue.Style;
import io.github.cmvrx.core.text.MessageCatalogue.Template;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link Message} into text with one {@link MessageCatalogue}: the only place a message
 * becomes words. Arguments are written by type unless the placeholder names a style: a number
 * by {@link NumberText#plain} (or the style's {@link NumberText} rule), a whole {@code int} or
 * {@code long} in decimal, an enum constant (a drug, a weight basis) as its name in lower case, a
 * nested message by this renderer, a list as its elements separated by ", " (or the style's
 * separator), a string as given. Immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class Renderer {
  private static final Renderer ENGLISH = new Renderer(MessageCatalogue.english());

  /** Characters below this are ASCII. */
  private static final char ASCII_LIMIT = 0x80;

  private final MessageCatalogue catalogue;

  /**
   * Creates a renderer for {@code catalogue}.
   *
   * @param catalogue the wording
   */
  public Renderer(MessageCatalogue catalogue) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
  }

  /**
   * Returns the renderer of the default English catalogue.
   *
   * @return the renderer
   */
  public static Renderer english() {
    return ENGLISH;
  }

  /**
   * Returns the text of {@code message}.
   *
   * @param message the message
   * @return the text
   */
  public String render(Message message) {
    StringBuilder out = new StringBuilder(96);
    append(out, message);
    return out.toString();
  }

  /**
   * Appends the text of {@code message} to {@code out}: the one way a message becomes words
   * ({@link #render} and every writer go through it). A writer that renders many messages (the
   * JSON writer) reuses one builder and copies its characters out, so a message costs no
   * string of its own.
   *
   * @param out where to write
   * @param message the message
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public StringBuilder append(StringBuilder out, Message message) {
    if (message.key() == MessageKey.VERBATIM) {
      return out.append((String) message.arg(0));
    }
    Template t = catalogue.template(message.key());
    for (int i = 0; i < t.index.length; i++) {
      out.append(t.literals[i]);
      int n = t.index[i];
      if (n >= message.argCount()) {
        throw new IllegalArgumentException(
            "message " + message.key() + " has " + message.argCount() + " arguments, not " + (n + 1));
      }
      arg(out, message.arg(n), t.styles[i]);
    }
    return out.append(t.literals[t.index.length]);
  }

  private void arg(StringBuilder out, Object a, Style style) {
    if (a instanceof Message m) {
      append(out, m);
    } else if (a instanceof Double || a instanceof Float) {
      number(out, ((Number) a).doubleValue(), style);
    } else if (a instanceof Integer || a instanceof Long) {
      out.append(((Number) a).longValue());
    } else if (a instanceof Enum<?> e) {
      lowerCase(out, e.name());
    } else if (a instanceof List<?> list) {
      String sep =
          switch (style) {
            case SEMI -> "; ";
            case AND -> " and ";
            default -> ", ";
          };
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(sep);
        }
        arg(out, list.get(i), Style.DEFAULT);
      }
    } else {
      out.append(a);
    }
  }

  /**
   * Appends {@code name} in lower case: {@code name.toLowerCase(Locale.ROOT)}, without the new
   * string for a name in ASCII (every constant name of the project).
   */
  private static void lowerCase(StringBuilder out, String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= ASCII_LIMIT) {
        out.append(name.toLowerCase(Locale.ROOT));
        return;
      }
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
  }

  private static void number(StringBuilder out, double v, Style style) {
    switch (style) {
      case F1 -> NumberText.appendFixed(out, v, 1);
      case F2 -> NumberText.appendFixed(out, v, 2);
      case F3 -> NumberText.appendFixed(out, v, 3);
      case UPTO2 -> NumberText.appendUpTo(out, v, 2);
      case GROUPED -> NumberText.appendGrouped(out, v);
      case SIG3 -> NumberText.appendSignificant(out, v, 3);
      default -> NumberText.appendPlain(out, v);
    }
  }
}
