package io.github.cmvrx.dosing.policy;

/**
 * Which body weight a formula uses. JSON form: the constant's name in lower case.
 *
 * <p>{@link #ADJUSTED} applies only when actual weight exceeds 1.3 x ideal body weight;
 * otherwise actual weight is used (shared case-format, Policy).
 *
 * @since 0.2.0
 */
public enum WeightBasis {
  ACTUAL,
  IDEAL,
  ADJUSTED
}
