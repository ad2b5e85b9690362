package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.testing.CaseDraft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Hand-built cases and recommendations for the invariant tests, each built with the core
 * builders. The reference patient: 40-year-old man, 72 kg, 175 cm, creatinine 1.0 mg/dL, so
 * Cockcroft-Gault gives (140 - 40) x 72 / (72 x 1.0) = 100 mL/min (clinical basis §2).
 */
final class Fixtures {
  private Fixtures() {}

  static final double WEIGHT_KG = 72;

  static PatientCase adult(RenalReplacement rrt, DiseaseSite... sites) {
    return CaseDraft.minimal().age(40).weight(WEIGHT_KG).rrt(rrt).sites(sites).build();
  }

  static PatientCase pneumonitis() {
    return adult(RenalReplacement.NONE, DiseaseSite.PNEUMONITIS);
  }

  static PatientCase encephalitis() {
    return adult(RenalReplacement.NONE, DiseaseSite.ENCEPHALITIS);
  }

  static RegimenComponent iv(Drug drug, double mgPerKg, int intervalHours, int minutes, RuleId rule) {
    return RegimenComponent.builder()
        .drug(drug)
        .route(Route.IV)
        .dose(Milligrams.of(mgPerKg * WEIGHT_KG))
        .doseMgPerKg(mgPerKg)
        .intervalHours(intervalHours)
        .infusionMinutes(minutes)
        .ruleId(rule)
        .build();
  }

  /** Ganciclovir 5 mg/kg q12h over 60 min: full induction dose (clinical basis §3.1). */
  static RegimenComponent gcvInduction() {
    return iv(Drug.GANCICLOVIR, 5, 12, 60, RuleId.DOSE_GCV_RENAL);
  }

  /** Foscarnet 60 mg/kg q8h over 120 min: full induction dose (clinical basis §3.3). */
  static RegimenComponent fosInduction() {
    return iv(Drug.FOSCARNET, 60, 8, 120, RuleId.DOSE_FOS_RENAL);
  }

  static RegimenComponent oral(Drug drug, double mg, int intervalHours, RuleId rule) {
    return RegimenComponent.builder()
        .drug(drug)
        .route(Route.ORAL)
        .dose(Milligrams.of(mg))
        .intervalHours(intervalHours)
        .ruleId(rule)
        .build();
  }

  static Assessment assessment(RenalReplacement rrt, double crcl) {
    Assessment.Builder a =
        Assessment.builder()
            .dosingWeight(Mass.kilograms(WEIGHT_KG))
            .bodySurfaceArea(BodySurfaceArea.squareMetres(1.87))
            .renalReplacement(rrt)
            .paediatric(false);
    if (!Double.isNaN(crcl)) {
      a.creatinineClearance(CreatinineClearance.mlPerMin(crcl));
    }
    return a.build();
  }

  /** A builder for an answered recommendation, citing every rule it uses. */
  static final class Rec {
    RecommendationPhase phase = RecommendationPhase.INDUCTION;
    final List<RegimenComponent> regimen = new ArrayList<>();
    final List<RegimenComponent> alternatives = new ArrayList<>();
    final List<Exclusion> excluded = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();
    final List<RationaleEntry> extraRationale = new ArrayList<>();
    boolean rationale = true;
    RenalReplacement rrt = RenalReplacement.NONE;
    double crcl = 100;

    Rec phase(RecommendationPhase p) {
      phase = p;
      return this;
    }

    Rec give(RegimenComponent... cs) {
      regimen.addAll(List.of(cs));
      return this;
    }

    Rec alternative(RegimenComponent c) {
      alternatives.add(c);
      return this;
    }

    Rec exclude(Drug d, RuleId rule) {
      excluded.add(new Exclusion(d, "excluded for the test", rule));
      return this;
    }

    Rec alert(AlertSeverity s, RuleId rule) {
      alerts.add(new Alert(s, "test", "test alert", rule));
      return this;
    }

    Rec noRationale() {
      rationale = false;
      return this;
    }

    Rec rrt(RenalReplacement r, double crclMlMin) {
      rrt = r;
      crcl = crclMlMin;
      return this;
    }

    Recommendation build() {
      Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
      regimen.forEach(c -> rules.add(c.ruleId()));
      excluded.forEach(e -> rules.add(e.ruleId()));
      alerts.forEach(a -> rules.add(a.ruleId()));
      Recommendation.Builder b =
          Recommendation.builder()
              .status(Status.OK)
              .phase(phase)
              .addAllRegimen(regimen)
              .addAllAlternatives(alternatives)
              .addAllExcluded(excluded)
              .addAllAlerts(alerts)
              .assessment(assessment(rrt, crcl));
      if (rationale) {
        if (rules.isEmpty()) {
          rules.add(RuleId.REG_NONCNS_GCV);
        }
        for (RuleId r : rules) {
          b.addRationale(RationaleEntry.of(r, "fired"));
        }
        b.addAllRationale(extraRationale);
      }
      return b.build();
    }
  }

  static Rec ok() {
    return new Rec();
  }

  static Subject subject(PatientCase c, Recommendation r) {
    return new Subject(c, Policy.defaults(), r, (pc, p) -> r);
  }

  static Subject subject(PatientCase c, Policy policy, Recommendation r) {
    return new Subject(c, policy, r, (pc, p) -> r);
  }
}
