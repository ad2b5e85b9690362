package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.rule.RuleId;

/**
 * A drug that was considered and ruled out, with the reason and the rule that ruled it out.
 *
 * @param drug the drug
 * @param reason why, for a person to read
 * @param ruleId the rule
 * @since 0.2.0
 */
public record Exclusion(Drug drug, String reason, RuleId ruleId) {
  /** Creates the value. */
  public Exclusion {
    requireNonNull(drug, "drug");
    requireNonNull(reason, "reason");
    requireNonNull(ruleId, "ruleId");
  }
}
