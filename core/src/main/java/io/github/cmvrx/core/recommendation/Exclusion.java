package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;

/**
 * A drug that was considered and ruled out, with the reason and the rule that ruled it out.
 *
 * @param drug the drug
 * @param why why, as a typed message (rendered at the edge)
 * @param ruleId the rule
 * @since 0.2.0
 */
public record Exclusion(Drug drug, Message why, RuleId ruleId) {
  /** Creates the value. */
  public Exclusion {
    requireNonNull(drug, "drug");
    requireNonNull(why, "why");
    requireNonNull(ruleId, "ruleId");
  }

  /**
   * Creates an exclusion whose reason is given as is (not from a rule).
   *
   * @param drug the drug
   * @param reason the reason
   * @param ruleId the rule
   */
  public Exclusion(Drug drug, String reason, RuleId ruleId) {
    this(drug, Message.verbatim(requireNonNull(reason, "reason")), ruleId);
  }

  /**
   * Returns the reason for a person, in the default English wording.
   *
   * @return the reason
   */
  public String reason() {
    return Renderer.english().render(why);
  }
}
