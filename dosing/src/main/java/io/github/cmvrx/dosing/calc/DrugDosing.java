package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;

/**
 * One drug's dose arithmetic for one case (clinical basis §3.1 to §3.5): the one interface behind
 * which each drug's eligibility checks, table lookup and wording live, in a class of its own.
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
   * @param phase induction or maintenance
   * @param build whether to build the dose
   * @return exactly one outcome
   */
  DoseDecision decide(DosePhase phase, boolean build);
}
