package io.github.cmvrx.simulation.distribution;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A normal distribution truncated to {@code [min, max]} (out-of-range draws are redrawn a few
 * times, then set to the nearer limit, so sampling always terminates).
 *
 * @param mean the mean
 * @param sd the standard deviation, &gt;= 0
 * @param min the lowest value drawn
 * @param max the highest value drawn
 */
public record Normal(double mean, double sd, double min, double max) {
  private static final int REDRAWS = 4;

  /**
   * Creates the distribution.
   *
   * @throws IllegalArgumentException if a parameter is not finite, {@code sd < 0} or {@code min
   *     > max}
   */
  public Normal {
    Checks.finite("mean", mean);
    Checks.finite("sd", sd);
    Checks.finite("min", min);
    Checks.finite("max", max);
    if (sd < 0 || min > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "normal: need sd >= 0 and min <= max (was sd %s, [%s, %s])", sd, min, max));
    }
  }

  /**
   * Draws one value.
   *
   * @param rng the source of randomness
   * @return a value in {@code [min, max]}
   */
  public double sample(SplittableRandom rng) {
    for (int i = 0; i < REDRAWS; i++) {
      double x = mean + sd * rng.nextGaussian();
      if (x >= min && x <= max) {
        return x;
      }
    }
    return Math.max(min, Math.min(max, mean));
  }
}
