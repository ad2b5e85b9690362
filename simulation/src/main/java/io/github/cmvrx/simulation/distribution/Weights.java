package io.github.cmvrx.simulation.distribution;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A categorical distribution over the constants of an enum, from non-negative weights (they need
 * not sum to 1). Sampling is one uniform draw and a scan of the cumulative weights: no boxing.
 *
 * @param <E> the enum
 */
public final class Weights<E extends Enum<E>> {
  private final Class<E> type;
  private final E[] constants;
  private final double[] weights;
  private final double[] cumulative;

  private Weights(Class<E> type, double[] weights) {
    this.type = type;
    this.constants = type.getEnumConstants();
    this.weights = weights.clone();
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      if (!Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "weight of %s (%s) must be a finite number >= 0",
                jsonName(constants[i]),
                w));
      }
      sum += w;
      cumulative[i] = sum;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "weights of " + type.getSimpleName() + ": at least one must be > 0 (all were 0)");
    }
  }

  /**
   * Returns the distribution with the given weights; constants not named weigh 0.
   *
   * @param type the enum
   * @param weights weight by constant
   * @param <E> the enum
   * @return the distribution
   * @throws IllegalArgumentException if a weight is negative or not finite, or all are 0
   */
  public static <E extends Enum<E>> Weights<E> of(Class<E> type, Map<E, Double> weights) {
    double[] w = new double[type.getEnumConstants().length];
    weights.forEach((k, v) -> w[k.ordinal()] = v);
    return new Weights<>(type, w);
  }

  /**
   * Returns the distribution that always gives {@code only}.
   *
   * @param type the enum
   * @param only the constant
   * @param <E> the enum
   * @return the distribution
   */
  public static <E extends Enum<E>> Weights<E> only(Class<E> type, E only) {
    return of(type, Map.of(only, 1.0));
  }

  /**
   * Draws one constant.
   *
   * @param rng the source of randomness
   * @return a constant with positive weight
   */
  public E sample(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return constants[i];
      }
    }
    for (int i = cumulative.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return constants[i];
      }
    }
    throw new AssertionError("unreachable: some weight is > 0");
  }

  /**
   * Returns the weights by constant.
   *
   * @return a copy of the weights
   */
  public Map<E, Double> asMap() {
    Map<E, Double> m = new EnumMap<>(type);
    for (int i = 0; i < constants.length; i++) {
      m.put(constants[i], weights[i]);
    }
    return m;
  }

  /**
   * Returns the enum the weights are over.
   *
   * @return the enum class
   */
  public Class<E> type() {
    return type;
  }

  /**
   * Returns the JSON form of a constant: its name in lower case.
   *
   * @param constant the constant
   * @return e.g. {@code "intermittent_hemodialysis"}
   */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights<?> w && w.type == type && Arrays.equals(w.weights, weights);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Weights" + asMap();
  }
}
