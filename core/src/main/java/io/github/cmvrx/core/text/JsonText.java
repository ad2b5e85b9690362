package io.github.cmvrx.core.text;

/**
 * Text as the inside of a JSON string (RFC 8259 section 7), escaped exactly as the JSON contract's
 * writer (Jackson's generator, default settings) escapes it, so that a message rendered by {@link
 * Renderer#appendJsonString} gives the same characters as its text handed to the generator: a
 * quotation mark as {@code \"}, a reverse solidus as {@code \\}, backspace, tab, line feed, form
 * feed and carriage return as {@code \b \t \n \f \r}, any other character below U+0020 as
 * <code>&#92;u00XX</code> with upper-case hexadecimal digits; every other character (the solidus,
 * DEL, non-ASCII, an unpaired surrogate) as it is.
 */
final class JsonText {
  private JsonText() {}

  /** Characters below this are control characters, which JSON escapes. */
  static final char FIRST_UNESCAPED = 0x20;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The mask of a hexadecimal digit. */
  private static final int NIBBLE = 0xF;

  /** Bits in a hexadecimal digit. */
  private static final int NIBBLE_BITS = 4;

  /**
   * Returns {@code text} escaped: {@code text} itself when it has nothing to escape.
   *
   * @param text any text
   * @return the escaped text
   */
  static String escaped(String text) {
    if (!needsEscaping(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    appendEscaped(out, text);
    return out.toString();
  }

  /**
   * Appends {@code text} escaped to {@code out}: runs of characters that need no escape are
   * copied whole.
   *
   * @param out where to write
   * @param text any text
   */
  static void appendEscaped(StringBuilder out, String text) {
    int from = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (escapes(c)) {
        out.append(text, from, i);
        escape(out, c);
        from = i + 1;
      }
    }
    if (from == 0) {
      // Nothing escaped (nearly always): appending the whole string copies its bytes at once,
      // where appending a part of it (a CharSequence range) goes character by character.
      out.append(text);
    } else {
      out.append(text, from, n);
    }
  }

  /** Whether the generator escapes {@code c}: a quote, a backslash or a control character. */
  private static boolean escapes(char c) {
    return c < FIRST_UNESCAPED || c == '"' || c == '\\';
  }

  private static boolean needsEscaping(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escapes(c)) {
        return true;
      }
    }
    return false;
  }

  private static void escape(StringBuilder out, char c) {
    out.append('\\');
    switch (c) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case '\b' -> out.append('b');
      case '\t' -> out.append('t');
      case '\n' -> out.append('n');
      case '\f' -> out.append('f');
      case '\r' -> out.append('r');
      default ->
          out.append("u00").append(HEX[c >> NIBBLE_BITS]).append(HEX[c & NIBBLE]);
    }
  }
}
