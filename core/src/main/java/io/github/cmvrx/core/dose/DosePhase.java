package io.github.cmvrx.core.dose;

/** The phase a dose is for: induction (treatment) or maintenance. */
public enum DosePhase {
  INDUCTION,
  MAINTENANCE
}
