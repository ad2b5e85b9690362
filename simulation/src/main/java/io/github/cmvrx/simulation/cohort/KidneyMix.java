package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.simulation.distribution.LogNormal;
import io.github.cmvrx.simulation.distribution.Normal;
import io.github.cmvrx.simulation.distribution.Share;
import io.github.cmvrx.simulation.distribution.Weights;
import org.immutables.value.Value;

/**
 * Kidney function: serum creatinine of adults and eGFR of children, impairment, the unit it is
 * reported in, and kidney replacement therapy.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class KidneyMix {
  KidneyMix() {}

  /** Lowest height of a generated child, cm: the 28-day median x (1 - 2.5 x the height CV). */
  static final double MIN_CHILD_HEIGHT_CM =
      CohortGenerator.childMedianHeightCm(CaseLimits.MIN_AGE_IN_SCOPE_YEARS)
          * (1 - 2.5 * CohortGenerator.CHILD_HEIGHT_CV);

  /**
   * Returns the adult male serum creatinine with normal kidney function, mg/dL.
   *
   * @return the distribution
   */
  public abstract LogNormal maleCreatinineMgDl();

  /**
   * Returns the adult female serum creatinine with normal kidney function, mg/dL.
   *
   * @return the distribution
   */
  public abstract LogNormal femaleCreatinineMgDl();

  /**
   * Returns the children's bedside Schwartz eGFR, mL/min/1.73 m2; creatinine = 0.413 x height /
   * eGFR.
   *
   * @return the distribution
   */
  public abstract Normal childEgfr();

  /**
   * Returns the share with impaired kidney function (creatinine multiplied by {@link
   * #impairmentFactor()}).
   *
   * @return a share in [0, 1]
   */
  public abstract double renalImpairmentShare();

  /**
   * Returns the creatinine multiplier of impaired kidney function.
   *
   * @return the distribution, at least 1
   */
  public abstract LogNormal impairmentFactor();

  /**
   * Returns the share of creatinines reported in umol/L.
   *
   * @return a share in [0, 1]
   */
  public abstract double umolShare();

  /**
   * Returns the kidney replacement therapy mix.
   *
   * @return the weights
   */
  public abstract Weights<RenalReplacement> renalReplacement();

  @Value.Check
  void check() {
    Share.require("renalImpairmentShare", renalImpairmentShare());
    Share.require("umolShare", umolShare());
    double minScr = CaseLimits.MIN_SERUM_CREATININE_MG_DL;
    double maxScr = CaseLimits.SERUM_CREATININE_MG_DL.max();
    SpecChecks.within(
        "maleCreatinineMgDl", maleCreatinineMgDl().min(), maleCreatinineMgDl().max(), minScr,
        maxScr, "mg/dL");
    SpecChecks.within(
        "femaleCreatinineMgDl", femaleCreatinineMgDl().min(), femaleCreatinineMgDl().max(),
        minScr, maxScr, "mg/dL");
    // The factor multiplies a creatinine: below 1 it could take it under the floor.
    SpecChecks.within(
        "impairmentFactor", impairmentFactor().min(), impairmentFactor().max(), 1,
        maxScr / minScr, "(factor)");
    // Children's creatinine = 0.413 x height / eGFR must stay >= the floor at the lowest height.
    double maxEgfr = Math.floor(CohortGenerator.SCHWARTZ_K * MIN_CHILD_HEIGHT_CM / minScr);
    SpecChecks.within(
        "childEgfr", childEgfr().min(), childEgfr().max(), 1, maxEgfr, "mL/min/1.73 m2");
  }
}
