package io.github.cmvrx.dosing.calc;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.decision.Eligibility;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.Dosing;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.assess.Assessor;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.Preparations;
import java.util.Optional;

/**
 * The doses of one case under one policy (clinical basis §3). The assessment is computed
 * once; {@link #dose} is pure and returns exactly one {@link DoseDecision} for every drug and
 * phase, and {@link #availability} the same outcome without building a dose. Each drug's
 * arithmetic is a class of its own behind {@link DrugDosing}: {@link GanciclovirDosing}, {@link
 * ValganciclovirDosing}, {@link FoscarnetDosing}, {@link CidofovirDosing}, {@link
 * MaribavirDosing}. Immutable and thread-safe.
 *
 * <p>Where the rules live (decision 1404): every case-level exclusion rule is core {@code
 * Eligibility}'s, and the dosing is asked only about the drugs it leaves. The dosing keeps no copy:
 * asked about letermovir (prophylaxis only), or about a drug {@code Eligibility.patientExclusion}
 * rules out for this patient (valganciclovir tablets and cidofovir under the adult age, cidofovir
 * stopped by a creatinine rise or proteinuria 3+, maribavir under 12 years or 35 kg), it asks that
 * rule and throws {@link IllegalArgumentException} naming the drug and why. What stays here are the
 * dose facts, which need the assessment: the renal bands and "not computable", the exclusions on
 * renal replacement (valganciclovir tablets, foscarnet), and cidofovir's contraindications
 * (serum creatinine, CrCl, urine protein, nephrotoxic co-medication, in one exclusion).
 *
 * <p>Children: ganciclovir bands take the bedside Schwartz eGFR (mL/min/1.73 m2) as the kidney
 * function and every renal adjustment carries a specialist-review warning (clinical basis §2.11;
 * docs/decisions/0202). Durations are left to the decision layer.
 */
public final class CaseDosing extends DoseContext implements Dosing {
  // The oral solution on haemodialysis depends on the phase only: one immutable value each.
  private static final Optional<RegimenComponent> HD_SOLUTION_INDUCTION =
      Optional.of(haemodialysisOralSolutionOf(FixedDoses.VGC_SOLUTION_HD_TREATMENT_MG));
  private static final Optional<RegimenComponent> HD_SOLUTION_MAINTENANCE =
      Optional.of(haemodialysisOralSolutionOf(FixedDoses.VGC_SOLUTION_HD_MAINTENANCE_MG));

  private CaseDosing(
      PatientCase patientCase, Policy policy, Assessment assessment, DoseTables tables) {
    super(patientCase, policy, assessment, tables);
  }

  /**
   * Returns the dosing of a case under a policy, with the policy's tables in force (the shipped
   * label tables, with the policy's local tables in their place).
   *
   * @param patientCase a valid case
   * @param policy the policy
   * @return the dosing
   */
  public static CaseDosing of(PatientCase patientCase, Policy policy) {
    return of(patientCase, policy, policy.doseTables());
  }

  /**
   * Returns the dosing of a case under a policy with the given tables (e.g. local tables).
   *
   * @param patientCase a valid case
   * @param policy the policy
   * @param tables the dose tables
   * @return the dosing
   */
  public static CaseDosing of(PatientCase patientCase, Policy policy, DoseTables tables) {
    requireNonNull(patientCase, "patientCase");
    requireNonNull(policy, "policy");
    requireNonNull(tables, "tables");
    return new CaseDosing(patientCase, policy, Assessor.assess(patientCase, policy), tables);
  }

  @Override
  public Assessment assessment() {
    return assessment;
  }

  @Override
  public Optional<RegimenComponent> haemodialysisOralSolution(DosePhase phase) {
    if (patientCase.patient().renalReplacement() != RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
      return Optional.empty();
    }
    return phase == DosePhase.INDUCTION ? HD_SOLUTION_INDUCTION : HD_SOLUTION_MAINTENANCE;
  }

  private static RegimenComponent haemodialysisOralSolutionOf(double mg) {
    return RegimenComponent.builder()
        .drug(Drug.VALGANCICLOVIR)
        .route(Route.ORAL)
        .dose(Milligrams.of(mg))
        .timesPerWeek(FixedDoses.VGC_SOLUTION_HD_TIMES_PER_WEEK)
        .afterDialysis(true)
        .addInstructionMessages(
            Message.of(
                MessageKey.VGC_ORAL_SOLUTION_AFTER_DIALYSIS,
                mg / Preparations.VALGANCICLOVIR_SOLUTION_MG_PER_ML))
        .ruleId(RuleId.DOSE_VGC_HEMODIALYSIS)
        .build();
  }

  @Override
  public DoseDecision dose(Drug drug, DosePhase phase) {
    return decide(drug, phase, true);
  }

  @Override
  public DoseDecision availability(Drug drug, DosePhase phase) {
    return decide(drug, phase, false);
  }

  private DoseDecision decide(Drug drug, DosePhase phase, boolean build) {
    requireNonNull(drug, "drug");
    requireNonNull(phase, "phase");
    // The patient's own rules are Eligibility's, asked here, never copied (issue 10 item 1).
    Optional<Exclusion> noDose = Eligibility.patientExclusion(patientCase, drug);
    if (noDose.isPresent()) {
      throw new IllegalArgumentException(
          drug
              + " is not dosed for this patient ("
              + noDose.get().why()
              + "): Eligibility rules it out before any dosing");
    }
    return switch (drug) {
      case GANCICLOVIR -> GanciclovirDosing.INSTANCE.decide(this, phase, build);
      case VALGANCICLOVIR -> ValganciclovirDosing.INSTANCE.decide(this, phase, build);
      case FOSCARNET -> FoscarnetDosing.INSTANCE.decide(this, phase, build);
      case CIDOFOVIR -> CidofovirDosing.INSTANCE.decide(this, phase, build);
      case MARIBAVIR -> MaribavirDosing.INSTANCE.decide(this, phase, build);
      case LETERMOVIR ->
          throw new IllegalArgumentException(
              "LETERMOVIR is never dosed: it is for prophylaxis only, and Eligibility rules it"
                  + " out before any dosing");
    };
  }
}
