package io.github.cmvrx.dosing.body;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import java.util.Optional;

/**
 * Ideal body weight (DEVINE-1974) and adjusted body weight (BAUER-2001), clinical basis §2.
 */
public final class BodyWeights {
  private BodyWeights() {}

  /** Devine base weight for men, kg (DEVINE-1974). */
  static final double DEVINE_BASE_MALE_KG = 50;

  /** Devine base weight for women, kg (DEVINE-1974). */
  static final double DEVINE_BASE_FEMALE_KG = 45.5;

  /** Devine increment per inch above 60 inches, kg (DEVINE-1974). */
  static final double DEVINE_KG_PER_INCH = 2.3;

  /**
   * The height at which Devine starts, inches (DEVINE-1974); below it IBW is not defined (clinical
   * clinical basis §2.10).
   */
  public static final double DEVINE_MIN_INCHES = 60;

  /** The adjusted-weight factor, 0.4 (BAUER-2001). */
  static final double ADJUSTED_FACTOR = 0.4;

  /**
   * The ratio of actual to ideal weight above which adjusted weight applies and the obesity warning
   * is raised, 1.3 (clinical basis §2.9; ADV-OBESITY-WEIGHT).
   */
  public static final double OBESITY_RATIO = 1.3;

  /**
   * Returns the Devine ideal body weight: men {@code 50 + 2.3 x (inches - 60)}, women {@code 45.5 +
   * 2.3 x (inches - 60)}, with inches = cm / 2.54.
   *
   * @param sex the sex
   * @param height the height
   * @return the ideal body weight, or empty below 60 inches (152.4 cm) where it is not defined
   */
  public static Optional<Mass> idealDevine(Sex sex, Length height) {
    requireNonNull(sex, "sex");
    double inches = requireNonNull(height, "height").inches();
    if (inches < DEVINE_MIN_INCHES) {
      return Optional.empty();
    }
    double base = sex == Sex.MALE ? DEVINE_BASE_MALE_KG : DEVINE_BASE_FEMALE_KG;
    return Optional.of(Mass.kilograms(base + DEVINE_KG_PER_INCH * (inches - DEVINE_MIN_INCHES)));
  }

  /**
   * Returns the adjusted body weight {@code IBW + 0.4 x (actual - IBW)}.
   *
   * @param ideal the ideal body weight
   * @param actual the actual body weight; must not be below the ideal weight (the formula is for
   *     obesity)
   * @return the adjusted body weight, between ideal and actual
   * @throws IllegalArgumentException if actual is below ideal
   */
  public static Mass adjusted(Mass ideal, Mass actual) {
    requireNonNull(ideal, "ideal");
    requireNonNull(actual, "actual");
    if (actual.kilograms() < ideal.kilograms()) {
      throw new IllegalArgumentException(
          "adjusted body weight: actual weight ("
              + actual.kilograms()
              + " kg) must be >= ideal body weight ("
              + ideal.kilograms()
              + " kg)");
    }
    return Mass.kilograms(ideal.kilograms() + ADJUSTED_FACTOR * (actual.kilograms() - ideal.kilograms()));
  }

  /**
   * Returns whether actual weight exceeds 1.3 x ideal body weight.
   *
   * @param ideal the ideal body weight
   * @param actual the actual body weight
   * @return true if {@code actual > 1.3 x ideal}
   */
  public static boolean isObese(Mass ideal, Mass actual) {
    return actual.kilograms() > OBESITY_RATIO * ideal.kilograms();
  }
}
