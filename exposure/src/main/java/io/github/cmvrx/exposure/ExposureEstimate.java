package io.github.cmvrx.exposure;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Route;
import java.util.Optional;

/**
 * The exposure of one ganciclovir or valganciclovir regimen component: a number, or "not
 * estimated" with the reason. Never a number outside the model's population.
 */
public sealed interface ExposureEstimate
    permits ExposureEstimate.Estimated, ExposureEstimate.NotEstimated {

  /**
   * Returns the drug of the regimen component.
   *
   * @return ganciclovir or valganciclovir
   */
  Drug drug();

  /**
   * Returns the route of the regimen component.
   *
   * @return the route
   */
  Route route();

  /**
   * Returns the model's key.
   *
   * @return e.g. {@code CALDES-2009}
   */
  String model();

  /**
   * Returns the AUC24 reference range of the phase.
   *
   * @return the range; empty when the phase has none
   */
  Optional<ReferenceRange> referenceAuc24();

  /**
   * Returns the note: what the number is (or why there is none).
   *
   * @return the note
   */
  String note();

  /**
   * An estimate.
   *
   * @param drug the drug
   * @param route the route
   * @param model the model key
   * @param clearanceLPerH the clearance used, L/h
   * @param exposure AUC24, Cmax, Cmin
   * @param referenceAuc24 the phase's AUC24 range
   * @param referenceCmin the phase's trough range, if any
   * @param note what the number is
   */
  record Estimated(
      Drug drug,
      Route route,
      String model,
      double clearanceLPerH,
      Exposure exposure,
      Optional<ReferenceRange> referenceAuc24,
      Optional<ReferenceRange> referenceCmin,
      String note)
      implements ExposureEstimate {

    /** Checks for nulls. */
    public Estimated {
      requireNonNull(drug, "drug");
      requireNonNull(route, "route");
      requireNonNull(model, "model");
      requireNonNull(exposure, "exposure");
      requireNonNull(referenceAuc24, "referenceAuc24");
      requireNonNull(referenceCmin, "referenceCmin");
      requireNonNull(note, "note");
    }

    /**
     * Returns where AUC24 lies against the phase's range.
     *
     * @return below, within or above; empty without a range
     */
    public Optional<RelativeToReference> relativeToReference() {
      return referenceAuc24.map(r -> r.classify(exposure.auc24MgHPerL()));
    }
  }

  /**
   * No estimate, with the reason.
   *
   * @param drug the drug
   * @param route the route
   * @param model the model key
   * @param referenceAuc24 the phase's AUC24 range
   * @param reason why not
   */
  record NotEstimated(
      Drug drug,
      Route route,
      String model,
      Optional<ReferenceRange> referenceAuc24,
      NotEstimatedReason reason)
      implements ExposureEstimate {

    /** Checks for nulls. */
    public NotEstimated {
      requireNonNull(drug, "drug");
      requireNonNull(route, "route");
      requireNonNull(model, "model");
      requireNonNull(referenceAuc24, "referenceAuc24");
      requireNonNull(reason, "reason");
    }

    @Override
    public String note() {
      return reason.note();
    }
  }
}
