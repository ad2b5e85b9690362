package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;

/**
 * One test of the monitoring list (clinical basis §6).
 *
 * @param test the test
 * @param schedule how often, as a typed message (rendered at the edge)
 * @param ruleId the monitoring rule
 * @since 0.2.0
 */
public record MonitoringItem(MonitoringTest test, Message schedule, RuleId ruleId) {
  /** Creates the value. */
  public MonitoringItem {
    requireNonNull(test, "test");
    requireNonNull(schedule, "schedule");
    requireNonNull(ruleId, "ruleId");
  }

  /**
   * Creates an item whose frequency is given as is (not from a rule).
   *
   * @param test the test
   * @param frequency how often
   * @param ruleId the rule
   */
  public MonitoringItem(MonitoringTest test, String frequency, RuleId ruleId) {
    this(test, Message.verbatim(requireNonNull(frequency, "frequency")), ruleId);
  }

  /**
   * Returns how often, for a person (e.g. "weekly"), in the default English wording.
   *
   * @return the text
   */
  public String frequency() {
    return Renderer.english().render(schedule);
  }
}
