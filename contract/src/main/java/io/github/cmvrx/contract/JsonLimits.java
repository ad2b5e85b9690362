package io.github.cmvrx.contract;

/**
 * The defensive limits every JSON document read by cmvrx must keep within. A case is a few
 * hundred characters; the limits are orders of magnitude above any real case and far below
 * what would exhaust memory or the stack. Exceeding one gives a field error on {@code "$"}
 * that names the limit (decision record {@code docs/decisions/0100-json-parsing-limits.md}).
 *
 * @since 0.2.0
 */
public final class JsonLimits {
  private JsonLimits() {}

  /** The largest document accepted, in characters: 1 MiB. */
  public static final int MAX_DOCUMENT_CHARS = 1 << 20;

  /** The deepest nesting of arrays and objects accepted (a case needs 3). */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_CHARS = 10_000;

  /** The longest key accepted, in characters. */
  public static final int MAX_NAME_CHARS = 256;

  /** The longest number accepted, in characters (digits, sign, point and exponent). */
  public static final int MAX_NUMBER_CHARS = 64;
}
