package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.rule.CutOffs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which drugs may be used for one case in one phase, and why the others may not: the reasons
 * of the decision rules ({@link Eligibility}) first, then what the dose facts say (renal
 * cut-offs, dialysis, no label dose). A drug whose dose is not computable counts as not usable
 * (clinical basis §4.9). Before the doses are computed a usable drug is {@link
 * DoseDecision.Available}; the rules choose from that, and read the dose only of a drug they
 * chose.
 */
final class DrugOptions {
  private final Eligibility eligibility;
  private final DoseFacts facts;

  DrugOptions(Eligibility eligibility, DoseFacts facts) {
    this.eligibility = eligibility;
    this.facts = facts;
  }

  CutOffs cutOffs() {
    return eligibility.cutOffs();
  }

  DosePhase phase() {
    return facts.phase();
  }

  /** Whether oral valganciclovir may be considered (kept by the eligibility; {@link OralAbility}). */
  boolean oralPossible() {
    return eligibility.oralPossible();
  }

  /** The HIV stopping criteria of the case, as far as they are known (kept by the eligibility). */
  MaintenanceRules.HivStop hivStop() {
    return eligibility.hivStop();
  }

  /** Returns whether {@code drug} may be given: no rule rules it out and it can be dosed. */
  boolean usable(Drug drug) {
    return usable(eligibility, facts, drug);
  }

  /** {@link #usable(Drug)} without an options object, for a single question. */
  static boolean usable(Eligibility eligibility, DoseFacts facts, Drug drug) {
    if (eligibility.rulesOut(drug)) {
      return false;
    }
    DoseDecision d = facts.dose(drug);
    return d instanceof DoseDecision.Available || d instanceof DoseDecision.Dosed;
  }

  /**
   * Returns the dose of a usable drug the rules chose.
   *
   * @throws IllegalStateException if the drug is not usable or was not dosed (the choice and the
   *     doses gathered for it disagree: a defect)
   */
  DoseDecision.Dosed dosed(Drug drug) {
    if (!eligibility.rulesOut(drug) && facts.dose(drug) instanceof DoseDecision.Dosed dosed) {
      return dosed;
    }
    throw new IllegalStateException(
        drug + " was chosen but not dosed: " + (usable(drug) ? "available" : "not usable"));
  }

  /** Returns why {@code drug} is not usable, or null if it is usable. */
  @Nullable Exclusion whyNot(Drug drug) {
    Exclusion byRule = eligibility.ruledOut(drug);
    if (byRule != null) {
      return byRule;
    }
    DoseDecision d = facts.dose(drug);
    if (d instanceof DoseDecision.Excluded e) {
      return e.exclusion();
    }
    if (d instanceof DoseDecision.NotComputable n) {
      return n.asExclusion();
    }
    return null;
  }

  /**
   * Returns the dosing's own outcome when it rules {@code drug} out (its exclusion or "not
   * computable", with the alerts and rationale it raised); null when a decision rule rules the
   * drug out first, or the drug is usable.
   */
  @Nullable DoseDecision dosingExclusion(Drug drug) {
    if (eligibility.rulesOut(drug)) {
      return null;
    }
    DoseDecision d = facts.dose(drug);
    return d instanceof DoseDecision.Excluded || d instanceof DoseDecision.NotComputable ? d : null;
  }

  /** Returns the reasons of the decision rules that rule {@code drug} out, before any dosing. */
  Optional<Exclusion> ruleExclusion(Drug drug) {
    return eligibility.ruleExclusion(drug);
  }
}
