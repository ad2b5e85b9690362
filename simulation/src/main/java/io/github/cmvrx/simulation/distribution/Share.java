package io.github.cmvrx.simulation.distribution;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;
import java.util.SplittableRandom;

/** Shares (probabilities in [0, 1]) and Bernoulli draws. */
public final class Share {
  private Share() {}

  /**
   * Returns {@code share} if it is a probability, else throws.
   *
   * @param name the parameter name, as the cohort JSON writes it
   * @param share the value
   * @return {@code share}
   * @throws IllegalArgumentException if not finite or outside [0, 1]
   */
  @CanIgnoreReturnValue
  public static double require(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s: value %s is outside the accepted range [0, 1]", name, share));
    }
    return share;
  }

  /**
   * Draws true with probability {@code share}.
   *
   * @param rng the source of randomness
   * @param share the probability
   * @return the draw
   */
  public static boolean draw(SplittableRandom rng, double share) {
    return rng.nextDouble() < share;
  }
}
