package io.github.cmvrx.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.cmvrx.core.rule.ClinicalThresholds;
import java.util.SplittableRandom;

/**
 * A fixed pool of synthetic adult patients, the inputs of the Cockcroft-Gault and ganciclovir
 * renal benchmarks: age, sex, actual body weight and serum creatinine, drawn from a seeded
 * {@link SplittableRandom}, so a pool is the same on every run for the same seed and size.
 *
 * <p>Values are drawn on the grid a laboratory or a chart reports (whole years, 0.1 kg, 0.01
 * mg/dL), uniformly over ranges wide enough to put patients in every ganciclovir renal band and
 * below it (clinical basis §3.1); the ranges are synthetic choices, not an epidemiological model,
 * and lie inside the case limits (clinical basis §8). The benchmark checks at set-up that every
 * band is reached.
 *
 * <p>Not for concurrent mutation; the arrays are never exposed.
 */
public final class RenalPool {
  /** Youngest age drawn, years: Cockcroft-Gault is for adults (clinical basis §2.11). */
  static final int MIN_AGE_YEARS = (int) ClinicalThresholds.ADULT_AGE_YEARS;

  /** Oldest age drawn, years (synthetic choice, inside the case limit of 120). */
  static final int MAX_AGE_YEARS = 95;

  /** Lightest weight drawn, in tenths of a kg: 40.0 kg (synthetic choice). */
  static final int MIN_WEIGHT_TENTHS_KG = 400;

  /** Heaviest weight drawn, in tenths of a kg: 140.0 kg (synthetic choice). */
  static final int MAX_WEIGHT_TENTHS_KG = 1400;

  /** Lowest serum creatinine drawn, in hundredths of a mg/dL: 0.50 mg/dL (synthetic choice). */
  static final int MIN_CREATININE_HUNDREDTHS_MG_DL = 50;

  /** Highest serum creatinine drawn, in hundredths of a mg/dL: 6.00 mg/dL (synthetic choice). */
  static final int MAX_CREATININE_HUNDREDTHS_MG_DL = 600;

  private final double[] ageYears;
  private final boolean[] female;
  private final double[] weightKg;
  private final double[] serumCreatinineMgDl;

  private RenalPool(
      double[] ageYears, boolean[] female, double[] weightKg, double[] serumCreatinineMgDl) {
    this.ageYears = ageYears;
    this.female = female;
    this.weightKg = weightKg;
    this.serumCreatinineMgDl = serumCreatinineMgDl;
  }

  /**
   * Draws a pool of {@code size} patients from {@code seed}.
   *
   * @param seed the seed of the random stream
   * @param size the number of patients, a power of two (benchmarks index the pool with a mask)
   * @return the pool
   * @throws IllegalArgumentException if {@code size} is not a positive power of two
   */
  public static RenalPool generate(long seed, int size) {
    checkArgument(
        size > 0 && Integer.bitCount(size) == 1,
        "pool size (%s) must be a positive power of two",
        size);
    SplittableRandom random = new SplittableRandom(seed);
    double[] ages = new double[size];
    boolean[] females = new boolean[size];
    double[] weights = new double[size];
    double[] creatinines = new double[size];
    for (int i = 0; i < size; i++) {
      ages[i] = random.nextInt(MIN_AGE_YEARS, MAX_AGE_YEARS + 1);
      females[i] = random.nextBoolean();
      weights[i] = random.nextInt(MIN_WEIGHT_TENTHS_KG, MAX_WEIGHT_TENTHS_KG + 1) / 10.0;
      creatinines[i] =
          random.nextInt(MIN_CREATININE_HUNDREDTHS_MG_DL, MAX_CREATININE_HUNDREDTHS_MG_DL + 1)
              / 100.0;
    }
    return new RenalPool(ages, females, weights, creatinines);
  }

  /**
   * Returns the number of patients.
   *
   * @return the pool size, a power of two
   */
  public int size() {
    return ageYears.length;
  }

  /**
   * Returns the age of patient {@code i}.
   *
   * @param i the index, in [0, size)
   * @return the age in whole years
   */
  public double ageYears(int i) {
    return ageYears[i];
  }

  /**
   * Returns whether patient {@code i} is female.
   *
   * @param i the index, in [0, size)
   * @return true if female
   */
  public boolean female(int i) {
    return female[i];
  }

  /**
   * Returns the actual body weight of patient {@code i}.
   *
   * @param i the index, in [0, size)
   * @return the weight in kg, to 0.1 kg
   */
  public double weightKg(int i) {
    return weightKg[i];
  }

  /**
   * Returns the serum creatinine of patient {@code i}.
   *
   * @param i the index, in [0, size)
   * @return the serum creatinine in mg/dL, to 0.01 mg/dL
   */
  public double serumCreatinineMgDl(int i) {
    return serumCreatinineMgDl[i];
  }
}
