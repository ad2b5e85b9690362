package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;
import org.jspecify.annotations.Nullable;

/**
 * An alert for the clinician.
 *
 * @param severity info, warning or critical
 * @param code a stable machine-readable code, e.g. {@code "cns_combination_not_possible"}
 * @param text what the alert says, as a typed message (rendered at the edge)
 * @param ruleId the rule that raised it
 * @since 0.2.0
 */
public record Alert(AlertSeverity severity, String code, Message text, RuleId ruleId) {
  /** Creates the value. */
  public Alert {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(text, "text");
    requireNonNull(ruleId, "ruleId");
  }

  /**
   * Creates an alert whose text is given as is (not from a rule: e.g. read from a document).
   *
   * @param severity info, warning or critical
   * @param code the code
   * @param message the text
   * @param ruleId the rule
   */
  public Alert(AlertSeverity severity, String code, String message, RuleId ruleId) {
    this(severity, code, Message.verbatim(requireNonNull(message, "message")), ruleId);
  }

  /**
   * Returns the text for a person, in the default English wording.
   *
   * @return the text
   */
  public String message() {
    return Renderer.english().render(text);
  }

  /**
   * Returns whether {@code o} is an alert with equal components: the record's own equality,
   * written out so that the cheap components are compared first (a decision compares every alert
   * it takes over from a dose with the ones it has).
   *
   * @param o the object
   * @return whether equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof Alert a
            && ruleId == a.ruleId
            && severity == a.severity
            && code.equals(a.code)
            && text.equals(a.text));
  }

  /**
   * Returns the hash code of the components, combined as the record's own (31 times the
   * previous, plus the next, in component order).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = severity.hashCode();
    h = 31 * h + code.hashCode();
    h = 31 * h + text.hashCode();
    return 31 * h + ruleId.hashCode();
  }
}
