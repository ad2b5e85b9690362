package io.github.cmvrx.core.model;

/**
 * Kidney replacement therapy the patient is on. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum RenalReplacement {
  NONE,
  INTERMITTENT_HEMODIALYSIS,
  CONTINUOUS_RENAL_REPLACEMENT,
  PERITONEAL_DIALYSIS;

  /**
   * Returns whether the patient is on any dialysis or continuous renal replacement.
   *
   * @return true unless {@link #NONE}
   */
  public boolean isAny() {
    return this != NONE;
  }
}
