package io.github.cmvrx.core.model;

/**
 * The anti-CMV drugs cmvrx reasons about (lower-case INN in JSON). The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum Drug {
  GANCICLOVIR,
  VALGANCICLOVIR,
  FOSCARNET,
  CIDOFOVIR,
  MARIBAVIR,
  LETERMOVIR;

  /**
   * Returns whether the drug is ganciclovir or its prodrug valganciclovir, which share every
   * exclusion (clinical basis §4).
   *
   * @return true for ganciclovir and valganciclovir
   */
  public boolean isGanciclovirFamily() {
    return this == GANCICLOVIR || this == VALGANCICLOVIR;
  }
}
