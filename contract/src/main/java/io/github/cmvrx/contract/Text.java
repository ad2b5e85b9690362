package io.github.cmvrx.contract;

import java.util.Locale;

/** Small text helpers for error messages. */
final class Text {
  private Text() {}

  /** The longest input echoed back in a message, in characters. */
  private static final int MAX_ECHO = 60;

  /** Returns {@code s} cut to a readable length, marking the cut. */
  static String clip(String s) {
    return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "...";
  }

  /** The JSON forms of each enum type's constants, by ordinal, computed once per type. */
  private static final ClassValue<String[]> JSON_NAMES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return names;
        }
      };

  /** Returns the JSON form of an enum constant: its name in lower case. */
  static String jsonName(Enum<?> e) {
    // Cached per type: lower-casing on every field read and written was a hot spot.
    return JSON_NAMES.get(e.getDeclaringClass())[e.ordinal()];
  }

  /** Returns how a node is quoted in a message: strings in quotes, others as their type. */
  static String describe(Node node) {
    if (node instanceof Node.StringNode s) {
      return "string \"" + clip(s.value()) + "\"";
    }
    if (node instanceof Node.NumberNode n) {
      return "number " + clip(n.text());
    }
    if (node instanceof Node.BooleanNode b) {
      return "boolean " + b.value();
    }
    return node.typeName();
  }

  /** Returns the edit distance of two short strings (for "did you mean" hints). */
  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost =
            Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1))
                ? 0
                : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
