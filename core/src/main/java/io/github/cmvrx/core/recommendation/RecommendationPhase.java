package io.github.cmvrx.core.recommendation;

/**
 * The phase a recommendation is for. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum RecommendationPhase {
  INDUCTION,
  MAINTENANCE,
  STOP_MAINTENANCE
}
