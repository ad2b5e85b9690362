package io.github.cmvrx.exposure;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.dosing.renal.CockcroftGault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Estimates steady-state ganciclovir exposure for every ganciclovir and valganciclovir component
 * of a recommendation's regimen: typical values (deterministic, for one case) or individual
 * values with between-subject variability drawn from (seed, patient index) (for cohorts).
 *
 * <p>Population checks come first, in this order: age under 18, any kidney replacement therapy,
 * no Cockcroft-Gault creatinine clearance, creatinine clearance outside the range the model is
 * used in, a schedule without a fixed interval, a drug and route the model does not describe.
 * Each gives "not estimated" with its reason. The creatinine clearance is Cockcroft-Gault with
 * actual body weight, whatever weight the dosing policy uses (decision 1001).
 *
 * <p>Thread-safe and allocation-light: one instance may serve every thread.
 */
public final class ExposureEstimator {

  private static final double MINUTES_PER_HOUR = 60;

  private static final String TYPICAL_NOTE =
      "typical value of the CALDES-2009 model (adult solid organ transplant recipients);"
          + " informational: the reference range is suggested, not validated, and never"
          + " changes the dose";

  private static final String TYPICAL_NOTE_OTHER_HOST =
      TYPICAL_NOTE + "; this host is outside the transplant population the model was built in";

  private static final String INDIVIDUAL_NOTE =
      "individual value (CALDES-2009 between-subject variability); informational";

  private final PopulationModel model;

  /**
   * Creates an estimator for a model.
   *
   * @param model the population model
   */
  public ExposureEstimator(PopulationModel model) {
    this.model = requireNonNull(model, "model");
  }

  /**
   * Returns an estimator for {@link PopulationModel#CALDES_2009}.
   *
   * @return the estimator
   */
  public static ExposureEstimator caldes2009() {
    return new ExposureEstimator(PopulationModel.CALDES_2009);
  }

  /**
   * Returns the model.
   *
   * @return the model
   */
  public PopulationModel model() {
    return model;
  }

  /**
   * Returns the typical-value exposure of each ganciclovir or valganciclovir regimen component,
   * in regimen order; empty for a refused recommendation or one without such a component.
   *
   * @param patientCase the case the recommendation answers
   * @param recommendation the recommendation
   * @return one estimate per component
   */
  public List<ExposureEstimate> typical(PatientCase patientCase, Recommendation recommendation) {
    return estimates(patientCase, recommendation, null);
  }

  /**
   * Returns the individual exposure of each ganciclovir or valganciclovir regimen component, with
   * the variability of patient {@code index} of a run seeded {@code seed} ({@link
   * Variability#draw}).
   *
   * @param patientCase the case
   * @param recommendation the recommendation
   * @param seed the run's seed
   * @param index the patient's index, 0 or more
   * @return one estimate per component
   */
  public List<ExposureEstimate> individual(
      PatientCase patientCase, Recommendation recommendation, long seed, long index) {
    return estimates(patientCase, recommendation, Variability.draw(model, seed, index));
  }

  private List<ExposureEstimate> estimates(
      PatientCase patientCase, Recommendation recommendation, @Nullable
          Variability eta) {
    requireNonNull(patientCase, "patientCase");
    requireNonNull(recommendation, "recommendation");
    Optional<RecommendationPhase> phase = recommendation.phase();
    if (phase.isEmpty()) {
      return List.of();
    }
    List<RegimenComponent> regimen = recommendation.regimen();
    int count = 0;
    for (RegimenComponent component : regimen) {
      if (component.drug().isGanciclovirFamily()) {
        count++;
      }
    }
    if (count == 0) {
      return List.of();
    }
    Covariates covariates = Covariates.of(patientCase);
    List<ExposureEstimate> out = new ArrayList<>(count);
    for (RegimenComponent component : regimen) {
      if (component.drug().isGanciclovirFamily()) {
        out.add(estimate(covariates, component, phase.get(), eta));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the exposure of one regimen component.
   *
   * @param covariates the patient's covariates
   * @param component a ganciclovir or valganciclovir component
   * @param phase the recommendation's phase (chooses the reference range)
   * @param eta the individual's variability, or null for the typical value
   * @return the estimate
   * @throws IllegalArgumentException if the component is not ganciclovir or valganciclovir
   */
  public ExposureEstimate estimate(
      Covariates covariates,
      RegimenComponent component,
      RecommendationPhase phase,
      @Nullable Variability eta) {
    Drug drug = component.drug();
    if (!drug.isGanciclovirFamily()) {
      throw new IllegalArgumentException(
          "exposure is modelled for ganciclovir and valganciclovir only (was " + drug + ")");
    }
    Route route = component.route();
    Optional<ReferenceRange> referenceAuc24 = ReferenceRange.auc24For(phase);
    Optional<NotEstimatedReason> refusal = populationCheck(covariates, component);
    if (refusal.isPresent()) {
      return new ExposureEstimate.NotEstimated(
          drug, route, model.key(), referenceAuc24, refusal.get());
    }
    double crcl = covariates.crclMlMin().getAsDouble();
    PkParameters p = eta == null ? model.typical(crcl) : model.individual(crcl, eta);
    double intervalH = component.intervalHours().getAsInt();
    Exposure exposure;
    if (drug == Drug.GANCICLOVIR) {
      double infusionH = component.infusionMinutes().getAsInt() / MINUTES_PER_HOUR;
      exposure = SteadyState.infusion(p, component.dose().value(), intervalH, infusionH);
    } else {
      double ganciclovirMg = component.dose().value() * model.ganciclovirPerValganciclovir();
      exposure = SteadyState.oral(p, ganciclovirMg, intervalH);
    }
    String note =
        eta != null
            ? INDIVIDUAL_NOTE
            : covariates.solidOrganTransplant() ? TYPICAL_NOTE : TYPICAL_NOTE_OTHER_HOST;
    return new ExposureEstimate.Estimated(
        drug,
        route,
        model.key(),
        p.clearanceLPerH(),
        exposure,
        referenceAuc24,
        ReferenceRange.cminFor(phase),
        note);
  }

  private Optional<NotEstimatedReason> populationCheck(
      Covariates covariates, RegimenComponent component) {
    if (covariates.ageYears() < model.minAgeYears()) {
      return Optional.of(NotEstimatedReason.UNDER_18);
    }
    if (covariates.kidneyReplacementTherapy()) {
      return Optional.of(NotEstimatedReason.KIDNEY_REPLACEMENT_THERAPY);
    }
    if (covariates.crclMlMin().isEmpty()) {
      return Optional.of(NotEstimatedReason.NO_CREATININE_CLEARANCE);
    }
    double crcl = covariates.crclMlMin().getAsDouble();
    if (crcl < model.minCrclMlMin() || crcl > model.maxCrclMlMin()) {
      return Optional.of(NotEstimatedReason.CRCL_OUTSIDE_STUDIED_RANGE);
    }
    if (component.intervalHours().isEmpty()) {
      return Optional.of(NotEstimatedReason.NO_FIXED_INTERVAL);
    }
    boolean modelled =
        (component.drug() == Drug.GANCICLOVIR
                && component.route() == Route.IV
                && component.infusionMinutes().isPresent())
            || (component.drug() == Drug.VALGANCICLOVIR && component.route() == Route.ORAL);
    return modelled ? Optional.empty() : Optional.of(NotEstimatedReason.ROUTE_NOT_MODELLED);
  }

  /**
   * The covariates the model and its population checks use.
   *
   * @param ageYears age, years
   * @param kidneyReplacementTherapy whether the patient is on any kidney replacement therapy
   * @param crclMlMin Cockcroft-Gault creatinine clearance with actual body weight, mL/min; empty
   *     under 18 or without serum creatinine
   * @param weightKg actual body weight, kg
   * @param solidOrganTransplant whether the host is a solid organ transplant recipient (the
   *     model's population)
   */
  public record Covariates(
      double ageYears,
      boolean kidneyReplacementTherapy,
      OptionalDouble crclMlMin,
      double weightKg,
      boolean solidOrganTransplant) {

    /** Checks for nulls. */
    public Covariates {
      requireNonNull(crclMlMin, "crclMlMin");
    }

    /**
     * Returns the covariates of a case.
     *
     * @param patientCase the case
     * @return the covariates
     */
    public static Covariates of(PatientCase patientCase) {
      Patient patient = patientCase.patient();
      double age = patient.age().years();
      Mass weight = patient.weight();
      OptionalDouble crcl = OptionalDouble.empty();
      if (age >= CockcroftGault.MIN_AGE_YEARS && patient.serumCreatinine().isPresent()) {
        CreatinineClearance c =
            CockcroftGault.creatinineClearance(
                patient.age(), patient.sex(), weight, patient.serumCreatinine().get());
        crcl = OptionalDouble.of(c.mlPerMin());
      }
      return new Covariates(
          age,
          patient.renalReplacement().isAny(),
          crcl,
          weight.kilograms(),
          patientCase.host().category() == HostCategory.SOLID_ORGAN_TRANSPLANT);
    }
  }
}
