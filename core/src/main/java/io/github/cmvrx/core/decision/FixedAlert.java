package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;

/**
 * An alert whose text has no argument, and the rationale entry it fires: both the same for every
 * case, so a rule that raises it holds them as a constant rather than having the ledger look them
 * up each time. {@link Ledger#alert(FixedAlert)} records it exactly as {@link
 * Ledger#alert(AlertSeverity, String, Message, RuleId)} records the same alert. Immutable.
 */
final class FixedAlert {
  private final Alert alert;
  private final RationaleEntry entry;

  private FixedAlert(Alert alert, RationaleEntry entry) {
    this.alert = alert;
    this.entry = entry;
  }

  /**
   * Returns the alert {@code code} of {@code rule}, with the message {@code key} (no argument).
   *
   * @param severity the severity
   * @param code the alert's code
   * @param key the message, a key without arguments
   * @param rule the rule that raises it
   * @return the alert and the entry it fires
   */
  static FixedAlert of(AlertSeverity severity, String code, MessageKey key, RuleId rule) {
    Message text = Message.of(key);
    return new FixedAlert(new Alert(severity, code, text, rule), RationaleEntry.of(rule, text));
  }

  /** The alert. */
  Alert alert() {
    return alert;
  }

  /** The rationale entry the alert fires if its rule has not fired yet. */
  RationaleEntry entry() {
    return entry;
  }
}
