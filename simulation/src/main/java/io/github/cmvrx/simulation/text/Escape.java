package io.github.cmvrx.simulation.text;

/**
 * Makes an echoed value safe for human-readable output (issue 12 item 13): every control
 * character (C0, DEL, C1), line or paragraph separator, bidirectional override and unpaired
 * surrogate becomes a visible escape (a backslash, "u" and four hex digits), and a backslash
 * becomes two backslashes, so a
 * value can neither start a new line that looks like engine output nor drive the terminal (ESC,
 * BEL, CSI). Plain text, including non-Latin letters, is left as it is.
 */
public final class Escape {
  private Escape() {}

  /**
   * Returns {@code s} with every unsafe character escaped.
   *
   * @param s the value to echo
   * @return the escaped value; equal to {@code s} when nothing needed escaping
   */
  public static String text(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean unsafe = c == '\\' || unsafe(c);
      if (unsafe && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (c == '\\') {
          b.append("\\\\");
        } else if (unsafe) {
          b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }
}
