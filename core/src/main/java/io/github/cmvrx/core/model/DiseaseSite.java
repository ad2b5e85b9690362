package io.github.cmvrx.core.model;

/**
 * A site of CMV disease. Encephalitis, ventriculitis, myelitis and polyradiculopathy are CNS
 * disease (clinical basis §4); retinitis is not, though it is an eye site. The JSON form
 * is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum DiseaseSite {
  ENCEPHALITIS(true),
  VENTRICULITIS(true),
  MYELITIS(true),
  POLYRADICULOPATHY(true),
  RETINITIS(false),
  GASTROINTESTINAL(false),
  PNEUMONITIS(false),
  HEPATITIS(false),
  DISSEMINATED(false),
  CMV_SYNDROME(false),
  DNAEMIA_ONLY(false);

  private final boolean cns;

  DiseaseSite(boolean cns) {
    this.cns = cns;
  }

  /**
   * Returns whether the site is CNS disease in the sense of clinical basis §4.
   *
   * @return true for encephalitis, ventriculitis, myelitis and polyradiculopathy
   */
  public boolean isCns() {
    return cns;
  }

  /**
   * Returns whether the site is end-organ disease (anything but DNAemia alone).
   *
   * @return false only for {@link #DNAEMIA_ONLY}
   */
  public boolean isEndOrgan() {
    return this != DNAEMIA_ONLY;
  }
}
