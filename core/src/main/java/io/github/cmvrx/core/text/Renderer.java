package io.github.cmvrx.core.text;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.text.MessageCatalogue.Limits;
import io.github.cmvrx.core.text.MessageCatalogue.Style;
import io.github.cmvrx.core.text.MessageCatalogue.Template;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Message} into text with one {@link MessageCatalogue}: the only place a message
 * becomes words. Arguments are written by type unless the placeholder names a style: a number
 * by {@link NumberText#plain} (or the style's {@link NumberText} rule), a whole {@code int} or
 * {@code long} in decimal, an enum constant (a drug, a weight basis) as its name in lower case, a
 * nested message by this renderer, a list as its elements separated by ", " (or the style's
 * separator), a string as given. A number whose placeholder names limits ({@code ~}) is written
 * so that it reads on its true side of each ({@link TrueSide}, decision record 1407). Immutable
 * and thread-safe.
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
   * ({@link #render}, {@link #appendJsonString} and every writer go through it). A writer that
   * renders many messages reuses one builder, so a message costs no string of its own.
   *
   * @param out where to write
   * @param message the message
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public StringBuilder append(StringBuilder out, Message message) {
    append(out, message, false);
    return out;
  }

  /**
   * Appends the text of {@code message} to {@code out} as a JSON string: the text {@link #append}
   * writes, in quotation marks, with the characters JSON requires escaped (RFC 8259 section 7)
   * and no others: a quotation mark, a reverse solidus and the control characters below U+0020
   * (see {@link JsonText}). The catalogue's literal text was escaped once, when it was loaded;
   * only the arguments that are text (a string such as a case id or a field path, an enum name)
   * are looked at character by character here. This is how the JSON contract writer puts a
   * message straight into its document, without a string or a second escaping pass.
   *
   * @param out where to write
   * @param message the message
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public StringBuilder appendJsonString(StringBuilder out, Message message) {
    out.append('"');
    append(out, message, true);
    return out.append('"');
  }

  /**
   * Appends {@code text} as given to {@code out} as a JSON string, quoted and escaped as {@link
   * #appendJsonString(StringBuilder, Message)} escapes the text of a message: for the text of a
   * document that is not a message (a case id, a field path, a code).
   *
   * @param out where to write
   * @param text the text
   * @return {@code out}
   */
  @CanIgnoreReturnValue
  public static StringBuilder appendJsonString(StringBuilder out, String text) {
    out.append('"');
    JsonText.appendEscaped(out, text);
    return out.append('"');
  }

  /** Appends the text of {@code message}, JSON-escaped if {@code json}. */
  private void append(StringBuilder out, Message message, boolean json) {
    append(out, message, json, message, null);
  }

  /**
   * Appends the text of {@code message}; {@code limits} (of the message {@code owner}) are the
   * limits handed down by an enclosing message, for the placeholders marked {@code ~} alone.
   */
  private void append(
      StringBuilder out,
      Message message,
      boolean json,
      Message owner,
      @Nullable Limits limits) {
    if (message.key() == MessageKey.VERBATIM) {
      text(out, (String) message.arg(0), json);
      return;
    }
    Template t = catalogue.template(message.key());
    String[] literals = json ? t.jsonLiterals : t.literals;
    for (int i = 0; i < t.index.length; i++) {
      out.append(literals[i]);
      int n = t.index[i];
      if (n >= message.argCount()) {
        throw new IllegalArgumentException(
            "message " + message.key() + " has " + message.argCount() + " arguments, not " + (n + 1));
      }
      Limits own = t.limits[i];
      if (own == null) {
        arg(out, message.arg(n), t.styles[i], json, message, null);
      } else if (own == Limits.FROM_ENCLOSING) {
        arg(out, message.arg(n), t.styles[i], json, owner, limits);
      } else {
        arg(out, message.arg(n), t.styles[i], json, message, own);
      }
    }
    out.append(literals[t.index.length]);
  }

  private void arg(
      StringBuilder out,
      Object a,
      Style style,
      boolean json,
      Message owner,
      @Nullable Limits limits) {
    if (a instanceof Message m) {
      append(out, m, json, owner, limits);
    } else if (a instanceof Double || a instanceof Float) {
      // Digits, '.', '-', ',' (grouped), or "NaN" / "Infinity": nothing JSON escapes.
      double v = ((Number) a).doubleValue();
      int start = out.length();
      number(out, v, style);
      if (limits != null) {
        TrueSide.keep(out, start, v, style, owner, limits);
      }
    } else if (a instanceof Integer || a instanceof Long) {
      out.append(((Number) a).longValue());
    } else if (a instanceof Enum<?> e) {
      lowerCase(out, e.name(), json);
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
        arg(out, list.get(i), Style.DEFAULT, json, owner, null);
      }
    } else {
      text(out, String.valueOf(a), json);
    }
  }

  /** Appends text given as data (an argument), JSON-escaped if {@code json}. */
  private static void text(StringBuilder out, String text, boolean json) {
    if (json) {
      JsonText.appendEscaped(out, text);
    } else {
      out.append(text);
    }
  }

  /**
   * Appends {@code name} in lower case: {@code name.toLowerCase(Locale.ROOT)}, without the new
   * string for a name in printable ASCII (every constant name of the project), JSON-escaped if
   * {@code json} (a Java name never holds a quotation mark or a reverse solidus, but may hold an
   * ignorable control character).
   */
  private static void lowerCase(StringBuilder out, String name, boolean json) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= ASCII_LIMIT || c < JsonText.FIRST_UNESCAPED) {
        text(out, name.toLowerCase(Locale.ROOT), json);
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
      // The shortest decimal that reads back as the value, with its point: Double.toString.
      case POINT -> out.append(v);
      default -> NumberText.appendPlain(out, v);
    }
  }
}
