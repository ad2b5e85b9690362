package io.github.cmvrx.benchmarks;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.exposure.ExposureEstimate;
import io.github.cmvrx.simulation.aggregate.Histogram;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregate {@link CohortBenchmark} computes over a cohort: patients answered and refused,
 * patients per kidney band (simulation {@link KidneyBand}), the drug of the first regimen
 * component, and a {@link Histogram} of its dose in mg. Fixed size whatever the number of
 * patients, so memory stays flat in cohort size.
 *
 * <p>Mutable; confined to one thread until merged.
 */
public final class CohortTally {
  private static final Drug[] DRUGS = Drug.values();
  private static final KidneyBand[] BANDS = KidneyBand.values();

  private long patients;
  private long refused;
  private final long[] byBand = new long[BANDS.length];
  private final long[] byFirstDrug = new long[DRUGS.length];
  private final Histogram firstDoseMg = new Histogram();
  private final Histogram auc24 = new Histogram();
  private long notEstimated;

  /**
   * Adds one patient.
   *
   * @param c the case
   * @param r its recommendation
   */
  public void add(PatientCase c, Recommendation r) {
    patients++;
    if (r.status() != Status.OK) {
      refused++;
    }
    byBand[KidneyBand.of(c).ordinal()]++;
    List<RegimenComponent> regimen = r.regimen();
    if (!regimen.isEmpty()) {
      RegimenComponent first = regimen.get(0);
      byFirstDrug[first.drug().ordinal()]++;
      firstDoseMg.add(first.dose().value());
    }
  }

  /**
   * Adds one patient's exposure estimates: each AUC24 to a histogram, or one to the count of
   * components not estimated.
   *
   * @param estimates the estimates of the patient's ganciclovir and valganciclovir components
   */
  public void addExposure(List<ExposureEstimate> estimates) {
    for (ExposureEstimate e : estimates) {
      if (e instanceof ExposureEstimate.Estimated est) {
        auc24.add(est.exposure().auc24MgHPerL());
      } else {
        notEstimated++;
      }
    }
  }

  /**
   * Returns the histogram of individual AUC24 values (empty unless exposure was added).
   *
   * @return the histogram, mg.h/L (live view, not a copy)
   */
  public Histogram auc24() {
    return auc24;
  }

  /**
   * Returns the number of components whose exposure was not estimated.
   *
   * @return the count
   */
  public long notEstimated() {
    return notEstimated;
  }

  /**
   * Adds every patient of {@code other} to this tally (merge in index order).
   *
   * @param other the tally to add
   * @return this tally
   */
  public CohortTally merge(CohortTally other) {
    patients += other.patients;
    refused += other.refused;
    for (int i = 0; i < byBand.length; i++) {
      byBand[i] += other.byBand[i];
    }
    for (int i = 0; i < byFirstDrug.length; i++) {
      byFirstDrug[i] += other.byFirstDrug[i];
    }
    firstDoseMg.merge(other.firstDoseMg);
    auc24.merge(other.auc24);
    notEstimated += other.notEstimated;
    return this;
  }

  /**
   * Returns the number of patients added.
   *
   * @return the count
   */
  public long patients() {
    return patients;
  }

  /**
   * Returns the number of refused patients.
   *
   * @return the count
   */
  public long refused() {
    return refused;
  }

  /**
   * Returns the number of patients in a kidney band.
   *
   * @param band the band
   * @return the count
   */
  public long inBand(KidneyBand band) {
    return byBand[band.ordinal()];
  }

  /**
   * Returns the number of patients whose first regimen component is {@code drug}.
   *
   * @param drug the drug
   * @return the count
   */
  public long firstDrug(Drug drug) {
    return byFirstDrug[drug.ordinal()];
  }

  /**
   * Returns the histogram of the first regimen component's dose.
   *
   * @return the histogram, in mg (live view, not a copy)
   */
  public Histogram firstDoseMg() {
    return firstDoseMg;
  }

  @Override
  public String toString() {
    return "CohortTally[patients "
        + patients
        + ", refused "
        + refused
        + ", by band "
        + Arrays.toString(byBand)
        + ", by first drug "
        + Arrays.toString(byFirstDrug)
        + "]";
  }
}
