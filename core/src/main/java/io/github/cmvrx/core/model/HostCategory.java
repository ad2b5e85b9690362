package io.github.cmvrx.core.model;

/**
 * The host and the cause of immunosuppression. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum HostCategory {
  HIV,
  HSCT,
  SOLID_ORGAN_TRANSPLANT,
  OTHER_IMMUNOCOMPROMISED,
  IMMUNOCOMPETENT;

  /**
   * Returns whether the host is a transplant recipient (HSCT or solid organ).
   *
   * @return true for {@link #HSCT} and {@link #SOLID_ORGAN_TRANSPLANT}
   */
  public boolean isTransplant() {
    return this == HSCT || this == SOLID_ORGAN_TRANSPLANT;
  }
}
