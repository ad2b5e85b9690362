package io.github.cmvrx.contract;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way from contract text to an answer: reads a case (and a policy) in the JSON contract,
 * asks {@link TreatmentAdvisor#recommend} and writes the recommendation in the JSON contract.
 * Every caller that starts from JSON text (the command line, cohort verification, what-if runs,
 * an integrating application) goes through here, so the rules for an invalid case or policy live
 * in one place:
 *
 * <ul>
 *   <li>an invalid <em>case</em> is an answer: the {@code refused} recommendation listing every
 *       field error ({@link JsonResult.Invalid#refusal()});
 *   <li>an invalid <em>policy</em> is an error of the caller's set-up: {@link
 *       IllegalArgumentException} naming every problem, never replaced by the defaults.
 * </ul>
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.2.0
 */
public final class JsonAdvisor {
  private JsonAdvisor() {}

  /**
   * Answers one case given as contract JSON text.
   *
   * @param caseJson the text of one case (the JSON contract)
   * @param policy the local dosing policy
   * @return the recommendation; a {@code refused} one listing every field error if the case is
   *     invalid
   * @since 0.2.0
   */
  public static Recommendation recommend(String caseJson, Policy policy) {
    return answer(CaseJson.read(caseJson), policy);
  }

  /**
   * Answers one case read from a stream of UTF-8 contract JSON.
   *
   * @param caseJson the stream, read to its end and not closed
   * @param policy the local dosing policy
   * @return the recommendation; a {@code refused} one listing every field error if the case is
   *     invalid
   * @throws IOException if the stream cannot be read
   * @since 0.2.0
   */
  public static Recommendation recommend(InputStream caseJson, Policy policy) throws IOException {
    return answer(CaseJson.read(caseJson), policy);
  }

  /**
   * Answers one case: contract JSON text in, recommendation JSON (one line) out.
   *
   * @param caseJson the text of one case (the JSON contract)
   * @param policy the local dosing policy
   * @return the recommendation in the JSON contract, on one line
   * @since 0.2.0
   */
  public static String recommendJson(String caseJson, Policy policy) {
    return RecommendationJson.write(recommend(caseJson, policy));
  }

  /**
   * Returns the recommendation for a case that has been read (or the refusal of one that could
   * not be).
   *
   * @param read the outcome of {@link CaseJson#read(String)}
   * @param policy the local dosing policy
   * @return the recommendation, or the refusal listing every field error
   * @since 0.2.0
   */
  public static Recommendation answer(JsonResult<PatientCase> read, Policy policy) {
    if (read instanceof JsonResult.Valid<PatientCase> valid) {
      return TreatmentAdvisor.recommend(valid.value(), policy);
    }
    return ((JsonResult.Invalid<PatientCase>) read).refusal();
  }

  /**
   * Reads a policy in the JSON contract; an invalid policy is refused, never replaced by the
   * defaults.
   *
   * @param policyJson the text of a policy ({@code {}} is {@link Policy#defaults()})
   * @return the policy
   * @throws IllegalArgumentException if the policy is invalid; the message lists every problem
   *     (key path and reason), separated by {@code "; "}
   * @since 0.2.0
   */
  public static Policy policy(String policyJson) {
    JsonResult<Policy> result = PolicyJson.read(policyJson);
    if (result instanceof JsonResult.Valid<Policy> valid) {
      return valid.value();
    }
    throw new IllegalArgumentException(
        String.join("; ", PolicyJson.describe((JsonResult.Invalid<Policy>) result)));
  }

  /**
   * Reads a policy file (UTF-8) in the JSON contract.
   *
   * @param file the policy file
   * @return the policy
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the policy is invalid, as for {@link #policy(String)}
   * @since 0.2.0
   */
  public static Policy policy(Path file) throws IOException {
    // Through PolicyJson.readFile: the CSV files of a policy's "tables" are read relative to the
    // policy file (docs/decisions/1301).
    JsonResult<Policy> result = PolicyJson.readFile(file);
    if (result instanceof JsonResult.Valid<Policy> valid) {
      return valid.value();
    }
    throw new IllegalArgumentException(
        String.join("; ", PolicyJson.describe((JsonResult.Invalid<Policy>) result)));
  }
}
