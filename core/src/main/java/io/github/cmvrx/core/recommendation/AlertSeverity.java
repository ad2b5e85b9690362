package io.github.cmvrx.core.recommendation;

/** Alert severity, the same words as CDS Hooks indicators. The JSON form is the constant's name in lower case. */
public enum AlertSeverity {
  INFO,
  WARNING,
  CRITICAL
}
