package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.RuleId;

/**
 * One test of the monitoring list (clinical basis §6).
 *
 * @param test the test
 * @param frequency how often, for a person to read (e.g. "weekly")
 * @param ruleId the monitoring rule
 * @since 0.2.0
 */
public record MonitoringItem(MonitoringTest test, String frequency, RuleId ruleId) {
  /** Creates the value. */
  public MonitoringItem {
    requireNonNull(test, "test");
    requireNonNull(frequency, "frequency");
    requireNonNull(ruleId, "ruleId");
  }
}
