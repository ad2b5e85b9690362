package io.github.cmvrx.exposure;

import java.util.SplittableRandom;

/**
 * One individual's random effects (etas) of a {@link PopulationModel}: CL, V1 and ka on the log
 * scale, F on the logit scale.
 *
 * @param clearance eta of CL
 * @param centralVolume eta of V1
 * @param absorptionRate eta of ka
 * @param bioavailabilityLogit eta of logit(F)
 */
public record Variability(
    double clearance, double centralVolume, double absorptionRate, double bioavailabilityLogit) {

  /** No variability: the typical individual. */
  public static final Variability NONE = new Variability(0, 0, 0, 0);

  /** Keeps the exposure stream apart from any other stream derived from the same seed. */
  private static final long EXPOSURE_STREAM = 0x4341_4C44_4553_3039L; // "CALDES09"

  /**
   * Checks that every eta is finite.
   *
   * @throws IllegalArgumentException if one is not
   */
  public Variability {
    check("eta CL", clearance);
    check("eta V1", centralVolume);
    check("eta ka", absorptionRate);
    check("eta logit F", bioavailabilityLogit);
  }

  private static void check(String role, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(role + " (" + value + ") must be finite");
    }
  }

  /**
   * Draws the etas of patient {@code index} of a run with seed {@code seed}: always the same four
   * normal draws, in the order CL, V1, ka, F, from a {@link SplittableRandom} seeded by (seed,
   * index) only. So a patient has the same etas under every policy and route, and on any number
   * of threads.
   *
   * @param model the model whose variances scale the draws
   * @param seed the run's seed
   * @param index the patient's index in the run, 0 or more
   * @return the etas
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static Variability draw(PopulationModel model, long seed, long index) {
    if (index < 0) {
      throw new IllegalArgumentException("patient index (" + index + ") must be >= 0");
    }
    SplittableRandom rng = new SplittableRandom(mix(seed, index));
    double cl = rng.nextGaussian() * Math.sqrt(model.clearanceVariance());
    double v1 = rng.nextGaussian() * Math.sqrt(model.centralVolumeVariance());
    double ka = rng.nextGaussian() * Math.sqrt(model.absorptionRateVariance());
    double f = rng.nextGaussian() * Math.sqrt(model.bioavailabilityLogitVariance());
    return new Variability(cl, v1, ka, f);
  }

  /**
   * Returns a well-mixed seed for (seed, index): the SplitMix64 finaliser, so neighbouring indices
   * get unrelated streams.
   *
   * @param seed the run's seed
   * @param index the patient's index
   * @return the mixed seed
   */
  static long mix(long seed, long index) {
    long z = (seed ^ EXPOSURE_STREAM) * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
