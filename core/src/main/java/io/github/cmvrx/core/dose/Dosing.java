package io.github.cmvrx.core.dose;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import java.util.Optional;

/**
 * Dose arithmetic for one case under one policy, as the decisions see it. The dosing module
 * implements it; core never computes kidney function itself (design notes, pipeline).
 * Implementations are pure: the same question gives the same answer.
 *
 * <p>Precondition: the dosing is asked only about the drugs {@link
 * io.github.cmvrx.core.decision.Eligibility} does not rule out ({@link
 * io.github.cmvrx.core.decision.Eligibility#drugsToAssess}). The case-level exclusion rules are
 * Eligibility's, never the dosing's: the dosing judges only what its arithmetic needs (kidney
 * function bands, dialysis, dosing weight, what needs the assessed clearance). Asked about a drug
 * for which there is no dose at all, it throws {@link IllegalArgumentException} naming the drug
 * and why: letermovir (prophylaxis only), and a drug the label gives this patient no dose of
 * ({@link io.github.cmvrx.core.decision.Eligibility#patientExclusion}, which it asks rather than
 * copies). A drug ruled out by another decision rule (e.g. resistance or the CNS) is dosed as if
 * it had been chosen.
 */
public interface Dosing {
  /**
   * Returns the assessment (derived measures) the doses are based on.
   *
   * @return the assessment
   */
  Assessment assessment();

  /**
   * Returns the dose of {@code drug} in {@code phase} for this case, or why there is none.
   *
   * @param drug the drug
   * @param phase induction or maintenance
   * @return exactly one outcome; never null, never an exception for a valid case and a drug
   *     the label gives this patient a dose of
   * @throws IllegalArgumentException for letermovir, or a drug {@link
   *     io.github.cmvrx.core.decision.Eligibility#patientExclusion} rules out for this patient
   */
  DoseDecision dose(Drug drug, DosePhase phase);

  /**
   * Returns whether {@code drug} can be dosed in {@code phase} for this case, without building
   * the dose: {@link DoseDecision.Available} when {@link #dose} would give a dose, otherwise the
   * same exclusion or "not computable" outcome {@link #dose} gives. The decisions choose from these
   * facts; only the drugs they choose are then dosed (issue 10 item 1).
   *
   * <p>The default asks {@link #dose}; the dosing module answers without building any text.
   *
   * @param drug the drug
   * @param phase induction or maintenance
   * @return {@link DoseDecision.Available}, {@link DoseDecision.Excluded} or {@link
   *     DoseDecision.NotComputable}; never {@link DoseDecision.Dosed}
   * @throws IllegalArgumentException as {@link #dose}
   */
  default DoseDecision availability(Drug drug, DosePhase phase) {
    DoseDecision d = dose(drug, phase);
    return d instanceof DoseDecision.Dosed ? DoseDecision.Available.of(drug) : d;
  }

  /**
   * Returns the valganciclovir oral solution schedule for a patient on intermittent
   * haemodialysis (KOTTON-2025: 200 mg for treatment, 100 mg for maintenance, 3 times a week
   * after dialysis), to be listed as an alternative and never as the default (clinical basis
   * 3.2); empty when the patient is not on intermittent haemodialysis.
   *
   * @param phase induction or maintenance
   * @return the alternative schedule, or empty
   */
  Optional<RegimenComponent> haemodialysisOralSolution(DosePhase phase);
}
