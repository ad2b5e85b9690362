package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.rule.RuleId;

/**
 * Why: one rule that fired, what it concluded for this case, and its source.
 *
 * @param ruleId the rule
 * @param text what the rule concluded, for a person to read
 * @param source the source in the citation catalogue
 * @since 0.2.0
 */
public record RationaleEntry(RuleId ruleId, String text, Source source) {
  /** Creates the value. */
  public RationaleEntry {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(text, "text");
    requireNonNull(source, "source");
  }

  /**
   * Returns an entry citing the rule's primary source.
   *
   * @param ruleId the rule
   * @param text what it concluded
   * @return the entry
   */
  public static RationaleEntry of(RuleId ruleId, String text) {
    return new RationaleEntry(ruleId, text, ruleId.primarySource());
  }
}
