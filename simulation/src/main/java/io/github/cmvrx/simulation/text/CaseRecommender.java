package io.github.cmvrx.simulation.text;

import io.github.cmvrx.core.recommendation.Recommendation;
import java.util.Optional;

/**
 * The seam between {@link ExplainCommand} and the JSON contract: turns the text of one case (and of
 * a policy file, if given) into a recommendation. The integrator supplies it, composing the JSON
 * reader ({@code io.github.cmvrx.dosing.json}) with {@code TreatmentAdvisor.recommend}; this
 * package does not read JSON cases itself.
 */
@FunctionalInterface
public interface CaseRecommender {
  /**
   * Returns the recommendation for the case in {@code caseJson}.
   *
   * @param caseJson the text of one case (shared case-format)
   * @param policyJson the text of a policy file, or empty for the label defaults
   * @return the recommendation; a refusal with field errors when the case is invalid
   * @throws IllegalArgumentException if the policy is invalid; the message must name the file's
   *     problem (e.g. the unknown key), as the command prints it as it is
   */
  Recommendation recommend(String caseJson, Optional<String> policyJson);
}
