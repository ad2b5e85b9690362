package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;

/**
 * One drug's dose arithmetic (clinical basis §3.1 to §3.5): the one interface behind which each
 * drug's dose checks (those that need the assessment: kidney function bands, dialysis, the dosing
 * weight), table lookup and wording live, in a class of its own. Implementations hold no state:
 * the case comes with each call, in a {@link DoseContext}.
 *
 * <p>Precondition: the case-level exclusion rules are core {@code Eligibility}'s, not an
 * implementation's; {@link CaseDosing} calls an implementation only for a drug that {@code
 * Eligibility.patientExclusion} leaves (it throws {@link IllegalArgumentException} otherwise,
 * as the port {@code core.dose.Dosing} says), so an implementation never checks those rules
 * again.
 */
interface DrugDosing {
  /**
   * Returns the drug.
   *
   * @return the drug
   */
  Drug drug();

  /**
   * Returns the outcome for {@code phase}. With {@code build} false, an outcome that would be a
   * dose is answered {@link DoseDecision.Available} and nothing of the dose is built; exclusions
   * and "not computable" are answered in full either way, so the two answers never disagree.
   *
   * @param ctx the case, the policy, the assessment and the tables in force
   * @param phase induction or maintenance
   * @param build whether to build the dose
   * @return exactly one outcome
   */
  DoseDecision decide(DoseContext ctx, DosePhase phase, boolean build);
}
