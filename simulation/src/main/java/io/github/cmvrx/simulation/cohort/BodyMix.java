package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.simulation.distribution.Normal;
import io.github.cmvrx.simulation.distribution.Share;
import org.immutables.value.Value;

/**
 * Who the patients are: children and adults, sex, and the adults' age, height and build.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class BodyMix {
  BodyMix() {}

  /**
   * Returns the share of children, 28 days to under 18 years.
   *
   * @return a share in [0, 1]
   */
  public abstract double childShare();

  /**
   * Returns the age of adults, years.
   *
   * @return the distribution, inside [18, 120]
   */
  public abstract Normal adultAgeYears();

  /**
   * Returns the share of women.
   *
   * @return a share in [0, 1]
   */
  public abstract double femaleShare();

  /**
   * Returns the adult male height, cm.
   *
   * @return the distribution, inside [50, 250]
   */
  public abstract Normal maleHeightCm();

  /**
   * Returns the adult female height, cm.
   *
   * @return the distribution, inside [50, 250]
   */
  public abstract Normal femaleHeightCm();

  /**
   * Returns the adult body-mass index, kg/m2; weight = BMI x height squared.
   *
   * @return the distribution, inside [7, 210]
   */
  public abstract Normal adultBmi();

  @Value.Check
  void check() {
    Share.require("childShare", childShare());
    Share.require("femaleShare", femaleShare());
    // Adults are 18 to 120 years (clinical basis §2 and §8).
    SpecChecks.within(
        "adultAgeYears", adultAgeYears().min(), adultAgeYears().max(), 18, 120, "years");
    // Adult heights inside the adult physiological range [50, 250] cm (docs/decisions/0900).
    SpecChecks.within("maleHeightCm", maleHeightCm().min(), maleHeightCm().max(), 50, 250, "cm");
    SpecChecks.within(
        "femaleHeightCm", femaleHeightCm().min(), femaleHeightCm().max(), 50, 250, "cm");
    // Adult BMI inside the adult physiological range [7, 210] kg/m2 (docs/decisions/0900).
    SpecChecks.within("adultBmi", adultBmi().min(), adultBmi().max(), 7, 210, "kg/m2");
  }
}
