package io.github.cmvrx.core.dose;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the dosing knows about one case in one phase, gathered before any decision is taken: the
 * assessment (kidney function, weights, body surface area), each drug's outcome (a dose, an
 * exclusion with its reason, or "not computable") and, on intermittent haemodialysis, the
 * valganciclovir oral solution. The decisions read these facts and never call back into the
 * dosing: data flows one way, case -> assess -> decide (issue 10 item 1). Immutable.
 *
 * @since 0.3.0
 */
public final class DoseFacts {
  private static final Drug[] DRUGS = Drug.values();

  private final Assessment assessment;
  private final DosePhase phase;
  private final @Nullable DoseDecision[] doses;
  private final @Nullable RegimenComponent haemodialysisOralSolution;

  private DoseFacts(
      Assessment assessment,
      DosePhase phase,
      @Nullable DoseDecision[] doses,
      @Nullable RegimenComponent haemodialysisOralSolution) {
    this.assessment = assessment;
    this.phase = phase;
    this.doses = doses;
    this.haemodialysisOralSolution = haemodialysisOralSolution;
  }

  /**
   * Gathers the facts of {@code phase} from a dosing: every drug's outcome, once.
   *
   * @param dosing the dose arithmetic of one case under one policy
   * @param phase induction or maintenance
   * @return the facts
   */
  public static DoseFacts collect(Dosing dosing, DosePhase phase) {
    return collect(dosing, phase, Set.of(DRUGS));
  }

  /**
   * Gathers the facts of {@code phase} from a dosing for {@code drugs} only: the drugs no decision
   * rule has already ruled out, whose dose the decisions may read.
   *
   * @param dosing the dose arithmetic of one case under one policy
   * @param phase induction or maintenance
   * @param drugs the drugs to gather
   * @return the facts
   */
  public static DoseFacts collect(Dosing dosing, DosePhase phase, Set<Drug> drugs) {
    requireNonNull(dosing, "dosing");
    requireNonNull(phase, "phase");
    @Nullable DoseDecision[] doses = new DoseDecision[DRUGS.length];
    for (Drug drug : DRUGS) {
      if (drugs.contains(drug)) {
        doses[drug.ordinal()] = requireNonNull(dosing.dose(drug, phase), "dose");
      }
    }
    return new DoseFacts(
        dosing.assessment(), phase, doses, dosing.haemodialysisOralSolution(phase).orElse(null));
  }

  /**
   * Returns the assessment the doses are based on.
   *
   * @return the assessment
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Returns the phase these doses are for.
   *
   * @return induction or maintenance
   */
  public DosePhase phase() {
    return phase;
  }

  /**
   * Returns the dosing's outcome for {@code drug}.
   *
   * @param drug the drug
   * @return a dose, an exclusion or "not computable"
   * @throws IllegalStateException if the drug was not gathered (a decision rule rules it out)
   */
  public DoseDecision dose(Drug drug) {
    DoseDecision d = doses[drug.ordinal()];
    if (d == null) {
      throw new IllegalStateException(
          "no dose facts for " + drug + ": a decision rule rules it out, so none were gathered");
    }
    return d;
  }

  /**
   * Returns the valganciclovir oral solution schedule on intermittent haemodialysis
   * (KOTTON-2025), to be listed as an alternative and never as the default (clinical basis §3.2);
   * empty when the patient is not on intermittent haemodialysis.
   *
   * @return the alternative schedule, or empty
   */
  public Optional<RegimenComponent> haemodialysisOralSolution() {
    return Optional.ofNullable(haemodialysisOralSolution);
  }
}
