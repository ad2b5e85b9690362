package io.github.cmvrx.dosing.assess;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.WeightNormalisedClearance;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.dosing.body.BodyWeights;
import io.github.cmvrx.dosing.body.Mosteller;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import io.github.cmvrx.dosing.renal.CockcroftGault;
import io.github.cmvrx.dosing.renal.Schwartz;
import java.util.Optional;

/**
 * Computes the derived measures of a case under a policy (clinical basis §2).
 *
 * <ul>
 *   <li>Cockcroft-Gault CrCl and the foscarnet CrCl per kg: from age 18, only without renal
 *       replacement therapy (no estimated clearance on intermittent haemodialysis, clinical basis §2; none on
 *       CRRT or peritoneal dialysis either, docs/decisions/0201).
 *   <li>Bedside Schwartz eGFR: age 1 to under 18, without renal replacement therapy; none under 1
 *       year (docs/decisions/0202).
 *   <li>Ideal body weight (Devine) from 60 inches; adjusted body weight only when actual weight
 *       exceeds 1.3 x IBW; Mosteller body surface area.
 *   <li>Dosing weight and Cockcroft-Gault weight by {@link Policy#dosingWeight()} and {@link
 *       Policy#crclWeight()} (docs/decisions/0205): actual; ideal (never above actual; actual when
 *       IBW is not defined); adjusted (only when actual exceeds 1.3 x IBW, otherwise actual).
 * </ul>
 */
public final class Assessor {
  private Assessor() {}

  /**
   * Returns the assessment of {@code patientCase} under {@code policy}.
   *
   * @param patientCase a valid case
   * @param policy the policy
   * @return the assessment; never throws for a case the model accepted
   */
  public static Assessment assess(PatientCase patientCase, Policy policy) {
    requireNonNull(patientCase, "patientCase");
    requireNonNull(policy, "policy");
    Patient p = patientCase.patient();
    Mass actual = p.weight();
    Optional<Mass> ideal = BodyWeights.idealDevine(p.sex(), p.height());
    // Plain branches rather than Optional.filter/map: no lambda per case.
    Optional<Mass> adjusted =
        ideal.isPresent() && BodyWeights.isObese(ideal.get(), actual)
            ? Optional.of(BodyWeights.adjusted(ideal.get(), actual))
            : Optional.empty();
    boolean paediatric = p.age().years() < ClinicalThresholds.ADULT_AGE_YEARS;
    RenalReplacement rrt = p.renalReplacement();
    Assessment.Builder b =
        Assessment.builder()
            .dosingWeight(weight(policy.dosingWeight(), actual, ideal, adjusted))
            .bodySurfaceArea(Mosteller.bodySurfaceArea(p.height(), actual))
            .renalReplacement(rrt)
            .paediatric(paediatric);
    // The Optionals as they are: the builder keeps them, so no second wrapper.
    b.idealBodyWeight(ideal);
    b.adjustedBodyWeight(adjusted);
    Optional<SerumCreatinine> scr = p.serumCreatinine();
    if (rrt == RenalReplacement.NONE && scr.isPresent()) {
      if (!paediatric) {
        // The per-kg clearance once, and the clearance from it: one domain check, not two.
        WeightNormalisedClearance perKg = CockcroftGault.perKilogram(p.age(), p.sex(), scr.get());
        Mass crclWeight = weight(policy.crclWeight(), actual, ideal, adjusted);
        b.creatinineClearance(CockcroftGault.creatinineClearance(perKg, crclWeight));
        b.creatinineClearancePerKg(perKg);
      } else if (p.age().years() >= Schwartz.BEDSIDE_MIN_AGE_YEARS) {
        b.egfr(Schwartz.bedside(p.age(), p.height(), scr.get()));
      }
    }
    return b.build();
  }

  /**
   * Returns the weight a basis selects.
   *
   * @param basis the policy's choice
   * @param actual the actual weight
   * @param ideal the Devine IBW, if defined
   * @param adjusted the adjusted weight, present only when actual exceeds 1.3 x IBW
   * @return the weight to use
   */
  static Mass weight(
      WeightBasis basis, Mass actual, Optional<Mass> ideal, Optional<Mass> adjusted) {
    return switch (basis) {
      case ACTUAL -> actual;
      case IDEAL -> ideal.isPresent() && ideal.get().compareTo(actual) < 0 ? ideal.get() : actual;
      case ADJUSTED -> adjusted.orElse(actual);
    };
  }
}
