package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.simulation.distribution.Share;
import io.github.cmvrx.simulation.distribution.Weights;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The treatment: where patients are in treatment, IV days, oral route, intolerance and
 * co-medication.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class TreatmentMix {
  TreatmentMix() {}

  /**
   * Returns where patients are in treatment.
   *
   * @return the weights
   */
  public abstract Weights<TreatmentPhase> phases();

  /**
   * Returns the most days of IV therapy drawn (uniform from 0).
   *
   * @return whole days, &gt;= 0
   */
  public abstract double maxDaysOfIvTherapy();

  /**
   * Returns the share able to take oral drugs.
   *
   * @return a share in [0, 1]
   */
  public abstract double canTakeOralShare();

  /**
   * Returns the share with impaired GI absorption.
   *
   * @return a share in [0, 1]
   */
  public abstract double giImpairedShare();

  /**
   * Returns the share clinically improving.
   *
   * @return a share in [0, 1]
   */
  public abstract double improvingShare();

  /**
   * Returns the share intolerant of ganciclovir.
   *
   * @return a share in [0, 1]
   */
  public abstract double ganciclovirIntoleranceShare();

  /**
   * Returns the share with a nephrotoxic drug now or within 7 days.
   *
   * @return a share in [0, 1]
   */
  public abstract double nephrotoxicShare();

  /**
   * Returns the share on letermovir prophylaxis (transplant hosts).
   *
   * @return a share in [0, 1]
   */
  public abstract double letermovirShare();

  /**
   * Returns the share taking a strong CYP3A inducer.
   *
   * @return a share in [0, 1]
   */
  public abstract double inducerShare();

  @Value.Check
  void check() {
    SpecChecks.nonNegative("maxDaysOfIvTherapy", maxDaysOfIvTherapy());
    Share.require("canTakeOralShare", canTakeOralShare());
    Share.require("giImpairedShare", giImpairedShare());
    Share.require("improvingShare", improvingShare());
    Share.require("ganciclovirIntoleranceShare", ganciclovirIntoleranceShare());
    Share.require("nephrotoxicShare", nephrotoxicShare());
    Share.require("letermovirShare", letermovirShare());
    Share.require("inducerShare", inducerShare());
    double days = maxDaysOfIvTherapy();
    SpecChecks.within("maxDaysOfIvTherapy", days, days, 0, CaseLimits.DAYS_OF_IV_THERAPY.max(), "days");
    if (days != Math.rint(days)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "maxDaysOfIvTherapy: value %s must be a whole number of days in [0, %d]",
              days,
              (long) CaseLimits.DAYS_OF_IV_THERAPY.max()));
    }
  }
}
