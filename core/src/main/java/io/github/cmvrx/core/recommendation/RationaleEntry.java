package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;

/**
 * Why: one rule that fired, what it concluded for this case, and its source.
 *
 * @param ruleId the rule
 * @param conclusion what the rule concluded, as a typed message (rendered at the edge)
 * @param source the source in the citation catalogue
 * @since 0.2.0
 */
public record RationaleEntry(RuleId ruleId, Message conclusion, Source source) {
  /** Creates the value. */
  public RationaleEntry {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(conclusion, "conclusion");
    requireNonNull(source, "source");
  }

  /**
   * Creates an entry whose text is given as is (not from a rule).
   *
   * @param ruleId the rule
   * @param text the text
   * @param source the source
   */
  public RationaleEntry(RuleId ruleId, String text, Source source) {
    this(ruleId, Message.verbatim(requireNonNull(text, "text")), source);
  }

  /**
   * Returns an entry citing the rule's primary source.
   *
   * @param ruleId the rule
   * @param conclusion what it concluded
   * @return the entry
   */
  public static RationaleEntry of(RuleId ruleId, Message conclusion) {
    return new RationaleEntry(ruleId, conclusion, ruleId.primarySource());
  }

  /**
   * Returns an entry citing the rule's primary source, with a text given as is.
   *
   * @param ruleId the rule
   * @param text what it concluded
   * @return the entry
   */
  public static RationaleEntry of(RuleId ruleId, String text) {
    return new RationaleEntry(ruleId, Message.verbatim(text), ruleId.primarySource());
  }

  /**
   * Returns what the rule concluded, for a person, in the default English wording.
   *
   * @return the text
   */
  public String text() {
    return Renderer.english().render(conclusion);
  }
}
