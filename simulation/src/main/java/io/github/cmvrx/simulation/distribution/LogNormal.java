package io.github.cmvrx.simulation.distribution;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A log-normal distribution given by its median and geometric standard deviation, truncated to
 * {@code [min, max]} (redrawn a few times, then the median clamped into range).
 *
 * @param median the median, &gt; 0
 * @param gsd the geometric standard deviation, &gt;= 1
 * @param min the lowest value drawn
 * @param max the highest value drawn
 */
public record LogNormal(double median, double gsd, double min, double max) {
  private static final int REDRAWS = 4;

  /**
   * Creates the distribution.
   *
   * @throws IllegalArgumentException if a parameter is not finite, {@code median <= 0}, {@code
   *     gsd < 1} or {@code min > max}
   */
  public LogNormal {
    Checks.finite("median", median);
    Checks.finite("gsd", gsd);
    Checks.finite("min", min);
    Checks.finite("max", max);
    if (median <= 0 || gsd < 1 || min > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "log-normal: need median > 0, gsd >= 1, min <= max (was %s, %s, [%s, %s])",
              median,
              gsd,
              min,
              max));
    }
  }

  /**
   * Draws one value.
   *
   * @param rng the source of randomness
   * @return a value in {@code [min, max]}
   */
  public double sample(SplittableRandom rng) {
    double logSd = Math.log(gsd);
    for (int i = 0; i < REDRAWS; i++) {
      double x = median * Math.exp(logSd * rng.nextGaussian());
      if (x >= min && x <= max) {
        return x;
      }
    }
    return Math.max(min, Math.min(max, median));
  }
}
