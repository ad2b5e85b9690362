package io.github.cmvrx.core.model;

/**
 * Where the patient is now in treatment. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum TreatmentPhase {
  NONE,
  INDUCTION,
  MAINTENANCE
}
