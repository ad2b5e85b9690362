package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.RuleId;

/**
 * An alert for the clinician.
 *
 * @param severity info, warning or critical
 * @param code a stable machine-readable code, e.g. {@code "cns_combination_not_possible"}
 * @param message the text for a person
 * @param ruleId the rule that raised it
 * @since 0.2.0
 */
public record Alert(AlertSeverity severity, String code, String message, RuleId ruleId) {
  /** Creates the value. */
  public Alert {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    requireNonNull(ruleId, "ruleId");
  }
}
