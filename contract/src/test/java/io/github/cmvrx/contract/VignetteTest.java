package io.github.cmvrx.contract;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cmvrx.dosing.policy.Policy;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every clinical vignette of {@code src/test/resources/vignettes} end to end, as the
 * command line does, through the contract facade {@link JsonAdvisor#recommendJson} (case JSON
 * read, {@code TreatmentAdvisor.recommend} or the refusal for an invalid case, recommendation
 * JSON written), then parses the JSON written and
 * checks each expectation key of the vignette (see {@link VignetteExpectations}). The expected
 * values were computed by hand from the clinical basis; a failure names the vignette file and the
 * key, and prints the recommendation.
 *
 * <p>INTEGRATION NOTE: committed as {@code VignetteTest.java.pending} because the JSON codec is on
 * another branch; rename to {@code VignetteTest.java} once {@code dosing.json} is merged. The only
 * calls into code outside this test folder are in {@link #recommend} and {@link #policy}:
 * {@code CaseJson.read}, {@code PolicyJson.read}, {@code TreatmentAdvisor.recommend} and {@code
 * RecommendationJson.write}. The collection checks (count, rule coverage, schema) are in {@link
 * VignetteCatalogueTest}, which already runs.
 */
class VignetteTest {

  @TestFactory
  Stream<DynamicTest> recommend_eachVignette_matchesTheHandComputedExpectations() {
    return Vignette.loadAll().stream().map(v -> DynamicTest.dynamicTest(v.file(), () -> run(v)));
  }

  private static void run(Vignette vignette) throws IOException {
    String written = JsonAdvisor.recommendJson(vignette.caseJson(), policy(vignette));
    JsonNode actual = Vignette.MAPPER.readTree(written);
    List<String> failures = VignetteExpectations.check(vignette.expect(), actual);
    if (!failures.isEmpty()) {
      fail(
          "vignette "
              + vignette.file()
              + ": "
              + failures.size()
              + " expectation(s) not met:\n  "
              + String.join("\n  ", failures)
              + "\nrecommendation: "
              + written);
    }
  }

  /** Returns the vignette's policy, or the label defaults; a bad policy is a broken vignette. */
  private static Policy policy(Vignette vignette) {
    if (vignette.policyJson().isEmpty()) {
      return Policy.defaults();
    }
    JsonResult<Policy> read = PolicyJson.read(vignette.policyJson().get());
    if (read instanceof JsonResult.Valid<Policy> valid) {
      return valid.value();
    }
    throw new AssertionError(
        "vignette " + vignette.file() + ": policy rejected: " + ((JsonResult.Invalid<Policy>) read).errors());
  }
}
