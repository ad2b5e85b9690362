package io.github.cmvrx.core.recommendation;

/** The phase a recommendation is for. The JSON form is the constant's name in lower case. */
public enum RecommendationPhase {
  INDUCTION,
  MAINTENANCE,
  STOP_MAINTENANCE
}
