package io.github.cmvrx.simulation.text;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.json.CaseJson;
import io.github.cmvrx.dosing.json.JsonResult;
import io.github.cmvrx.dosing.json.PolicyJson;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.Optional;

/**
 * The production {@link CaseRecommender}: the case and policy JSON readers of the contract, then
 * {@link TreatmentAdvisor#recommend}. An invalid case gives its refusal; an invalid policy throws,
 * naming every problem.
 */
enum JsonCaseRecommender implements CaseRecommender {
  INSTANCE;

  @Override
  public Recommendation recommend(String caseJson, Optional<String> policyJson) {
    Policy policy = Policy.defaults();
    if (policyJson.isPresent()) {
      JsonResult<Policy> p = PolicyJson.read(policyJson.get());
      if (p instanceof JsonResult.Invalid<Policy> invalid) {
        throw new IllegalArgumentException(
            "invalid policy: " + String.join("; ", PolicyJson.describe(invalid)));
      }
      policy = ((JsonResult.Valid<Policy>) p).value();
    }
    JsonResult<PatientCase> c = CaseJson.read(caseJson);
    if (c instanceof JsonResult.Invalid<PatientCase> invalid) {
      return invalid.refusal();
    }
    return TreatmentAdvisor.recommend(((JsonResult.Valid<PatientCase>) c).value(), policy);
  }
}
