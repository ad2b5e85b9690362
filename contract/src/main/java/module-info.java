/**
 * The JSON contract: case, policy and recommendation read and written with field-level errors
 * and parsing limits, and the facade {@code JsonAdvisor} (case JSON in, recommendation out).
 *
 * @since 0.2.0
 */
module io.github.cmvrx.contract {
  requires transitive io.github.cmvrx.dosing;
  // transitive: RecommendationJson.ExtraFields hands callers a JsonGenerator
  requires transitive com.fasterxml.jackson.core;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.cmvrx.contract;
}
