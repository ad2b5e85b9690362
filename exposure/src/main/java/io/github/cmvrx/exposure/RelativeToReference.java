package io.github.cmvrx.exposure;

import java.util.Locale;

/** Where a value lies against a reference range. */
public enum RelativeToReference {
  /** Below the low end. */
  BELOW,
  /** From the low end to the high end, both included. */
  WITHIN,
  /** Above the high end. */
  ABOVE;

  private final String jsonName = name().toLowerCase(Locale.ROOT);

  /**
   * Returns the lower-case name the JSON contract writes.
   *
   * @return {@code below}, {@code within} or {@code above}
   */
  public String jsonName() {
    return jsonName;
  }
}
