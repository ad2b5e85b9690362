package io.github.cmvrx.core.recommendation;

/**
 * Alert severity, the same words as CDS Hooks indicators. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum AlertSeverity {
  INFO,
  WARNING,
  CRITICAL
}
