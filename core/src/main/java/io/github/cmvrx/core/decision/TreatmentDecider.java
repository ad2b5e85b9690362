package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static io.github.cmvrx.core.rule.ClinicalThresholds.MIN_INDUCTION_DAYS;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.Physiology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;

/**
 * Decides what to give, for how long, what to watch and why, for one valid case (clinical basis
 * sections 4 to 7). Pure: the answer depends only on the case, the dose facts gathered before
 * (never a call back into the dosing) and the cut-offs; no I/O, no clock, no randomness.
 * Thread-safe (no state).
 */
public final class TreatmentDecider {
  // The alerts with a fixed text, each built once (FixedAlert).
  private static final FixedAlert CONFIRM_INDUCTION_COMPLETED =
      FixedAlert.of(
          AlertSeverity.INFO,
          "confirm_induction_completed",
          MessageKey.CONFIRM_INDUCTION_COMPLETED,
          RuleId.PHASE_PREMATURE_STOP);

  private static final FixedAlert STOP_AFTER_CNS_DISEASE =
      FixedAlert.of(
          AlertSeverity.WARNING,
          "stop_after_cns_disease",
          MessageKey.STOP_AFTER_CNS_DISEASE,
          RuleId.PHASE_HIV_STOP);

  private static final FixedAlert RETINAL_EXAMS_AFTER_STOP =
      FixedAlert.of(
          AlertSeverity.INFO,
          "retinal_exams_after_stop",
          MessageKey.RETINAL_EXAMS_AFTER_STOP,
          RuleId.PHASE_HIV_STOP);

  private static final FixedAlert SEND_GENOTYPING =
      FixedAlert.of(
          AlertSeverity.WARNING,
          "send_genotyping",
          MessageKey.SEND_GENOTYPING,
          RuleId.REG_REFRACTORY);

  private TreatmentDecider() {}

  /**
   * Returns the phase whose dose facts {@link #decide} needs: maintenance when maintenance is
   * asked for and not premature (and when stopping it), induction otherwise.
   *
   * @param patientCase a valid case
   * @return the dose phase
   */
  public static DosePhase dosePhase(PatientCase patientCase) {
    if (patientCase.treatment().phase() != TreatmentPhase.MAINTENANCE) {
      return DosePhase.INDUCTION;
    }
    OptionalInt days = patientCase.treatment().daysOfInduction();
    return days.isPresent() && days.getAsInt() < MIN_INDUCTION_DAYS
        ? DosePhase.INDUCTION
        : DosePhase.MAINTENANCE;
  }

  /**
   * Returns the drugs no decision rule rules out (letermovir never; maribavir only for refractory
   * or resistant post-transplant disease outside the CNS and the retina; the ganciclovir family
   * only without intolerance, cytopenia, resistance or refractory disease; ...): the drugs whose
   * availability to gather.
   *
   * @param patientCase a valid case
   * @param cutOffs the cut-offs
   * @return the drugs to assess
   */
  public static Set<Drug> drugsToAssess(PatientCase patientCase, CutOffs cutOffs) {
    return Eligibility.of(patientCase, cutOffs).drugsToAssess();
  }

  /**
   * Returns the drugs whose facts the decisions read when ganciclovir can be given: the
   * ganciclovir family, foscarnet in CNS disease (rules 1 and 2), and maribavir for refractory or
   * resistant disease (rule 8), among {@link Eligibility#drugsToAssess}; every drug to assess if
   * a decision rule rules ganciclovir out. When ganciclovir can be given ({@link
   * #firstLineSuffices}), the decisions read no other drug, so the rest need not be gathered. It
   * is an order, not a rule: a decision that reads another drug's facts raises {@link
   * DoseFacts.NotGathered}, and the caller gathers every drug and decides again, with the same
   * answer (decision 1403).
   *
   * @param eligibility what the decision rules rule out for the case
   * @return the drugs to gather first
   */
  public static Set<Drug> drugsToAssessFirst(Eligibility eligibility) {
    int all = eligibility.drugsToAssessMask();
    if ((all & DrugSet.bit(Drug.GANCICLOVIR)) == 0) {
      return DrugSet.of(all);
    }
    int first = DrugSet.bit(Drug.GANCICLOVIR) | DrugSet.bit(Drug.VALGANCICLOVIR);
    if (eligibility.patientCase().disease().isCns()) {
      first |= DrugSet.bit(Drug.FOSCARNET);
    }
    if (eligibility.refractoryOrResistant()) {
      first |= DrugSet.bit(Drug.MARIBAVIR);
    }
    return DrugSet.of(first & all);
  }

  /**
   * Returns whether the facts gathered for {@link #drugsToAssessFirst} are enough to decide:
   * whether ganciclovir can be given. If not, gather every drug's facts before choosing.
   *
   * @param facts the facts gathered so far
   * @param eligibility what the decision rules rule out for the case
   * @return whether ganciclovir is usable
   */
  public static boolean firstLineSuffices(DoseFacts facts, Eligibility eligibility) {
    return DrugOptions.usable(eligibility, facts, Drug.GANCICLOVIR);
  }

  /**
   * Returns the drugs the decisions choose for {@code patientCase} from the availability in
   * {@code facts}: the regimen's drugs, maribavir when it is listed as an alternative, and
   * valganciclovir when the transplant secondary-prophylaxis advice states its dose. Only these
   * are then dosed ({@link DoseFacts#withDoses}); {@link #decide} reads no other dose.
   *
   * @param facts the availability gathered for {@link Eligibility#drugsToAssess}
   * @param eligibility what the decision rules rule out for the case
   * @return the drugs to dose, possibly none
   */
  public static Set<Drug> drugsToDose(DoseFacts facts, Eligibility eligibility) {
    PatientCase c = eligibility.patientCase();
    DrugOptions options = new DrugOptions(eligibility, facts);
    RecommendationPhase phase = eligibility.phase();
    if (phase == RecommendationPhase.STOP_MAINTENANCE) {
      return DrugSet.of(0);
    }
    int out =
        phase == RecommendationPhase.INDUCTION
            ? InductionRules.needs(c, options)
            : MaintenanceRules.needs(c, options);
    // Rule 8: maribavir listed as an alternative (see refractory).
    if (eligibility.refractoryOrResistant() && options.usable(Drug.MARIBAVIR)) {
      out |= DrugSet.bit(Drug.MARIBAVIR);
    }
    return DrugSet.of(out);
  }

  /**
   * Returns the refusal for a case that is out of scope or holds a physiologically impossible
   * value ({@link Physiology#impossible}); empty for a case that can be decided.
   *
   * @param patientCase a valid case
   * @return the refusal, or empty
   */
  public static Optional<Recommendation> refusal(PatientCase patientCase) {
    // The reader's own scope error (one wording, one home): congenital or neonatal CMV.
    Optional<FieldError> outOfScope =
        CaseValidation.ageInScope(patientCase.patient().age().years());
    if (outOfScope.isPresent()) {
      return Optional.of(Recommendation.refused(patientCase.id(), List.of(outOfScope.get())));
    }
    List<FieldError> impossible = Physiology.impossible(patientCase);
    if (!impossible.isEmpty()) {
      return Optional.of(Recommendation.refused(patientCase.id(), impossible));
    }
    return Optional.empty();
  }

  /**
   * Returns the recommendation for {@code patientCase}, from dose facts gathered before and the
   * cut-offs of a policy.
   *
   * @param patientCase a valid case
   * @param facts the dose facts of this case for {@link #dosePhase}
   * @param cutOffs the cut-offs (label and guideline defaults, or a policy's local values)
   * @return the recommendation; a refusal if the case is out of scope or holds a physiologically
   *     impossible value; a warning per implausible value
   * @throws IllegalArgumentException if the facts are for another phase
   */
  public static Recommendation decide(PatientCase patientCase, DoseFacts facts, CutOffs cutOffs) {
    return decide(facts, Eligibility.of(patientCase, cutOffs));
  }

  /**
   * Returns the recommendation for the case of {@code eligibility}, from dose facts in which
   * every drug of {@link #drugsToDose} is dosed.
   *
   * @param facts the dose facts of this case for {@link #dosePhase}, with the chosen drugs dosed
   * @param eligibility what the decision rules rule out for the case, under the policy's cut-offs
   * @return the recommendation, as {@link #decide(PatientCase, DoseFacts, CutOffs)}
   * @throws IllegalArgumentException if the facts are for another phase
   * @throws IllegalStateException if a chosen drug was not dosed
   */
  public static Recommendation decide(DoseFacts facts, Eligibility eligibility) {
    PatientCase patientCase = eligibility.patientCase();
    CutOffs cutOffs = eligibility.cutOffs();
    Optional<Recommendation> refused = eligibility.refusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    if (facts.phase() != dosePhase(patientCase)) {
      throw new IllegalArgumentException(
          "dose facts are for " + facts.phase() + ", the case needs " + dosePhase(patientCase));
    }
    Ledger ledger = Ledger.cleared();
    List<Physiology.Implausible> implausible = Physiology.implausible(patientCase);
    for (int i = 0; i < implausible.size(); i++) {
      Physiology.Implausible e = implausible.get(i);
      ledger.alert(
          AlertSeverity.WARNING,
          "implausible_input",
          Message.of(MessageKey.IMPLAUSIBLE_INPUT, e.field(), e.what()),
          RuleId.INPUT_VALIDATION);
    }
    RecommendationPhase phase = eligibility.phase();
    prematureStopAlerts(patientCase, phase, ledger);
    DrugOptions options = new DrugOptions(eligibility, facts);
    switch (phase) {
      case INDUCTION -> InductionRules.choose(patientCase, options, ledger);
      case MAINTENANCE -> MaintenanceRules.choose(patientCase, options, ledger);
      case STOP_MAINTENANCE -> stop(patientCase, ledger, cutOffs);
    }
    Exclusion letermovir = eligibility.ruledOut(Drug.LETERMOVIR);
    if (letermovir != null) {
      ledger.exclude(letermovir);
    }
    if (phase != RecommendationPhase.STOP_MAINTENANCE) {
      refractory(patientCase, eligibility, options, ledger);
      haemodialysisOralSolution(patientCase, facts, options, ledger);
    }
    if (ledger.regimen.isEmpty() && phase != RecommendationPhase.STOP_MAINTENANCE) {
      noSafeRegimen(ledger);
    }
    AdviceRules.advise(patientCase, phase, eligibility.oralPossible(), ledger, cutOffs);
    MonitoringRules.list(patientCase, phase, ledger);
    // The ledger is this thread's (Ledger.cleared): the recommendation copies its working lists
    // into exactly sized List.of lists.
    return Recommendation.answered(
        patientCase.id(),
        phase,
        ledger.regimen,
        ledger.alternatives,
        ledger.exclusions(),
        ledger.alerts,
        ledger.monitoring,
        ledger.rationale,
        facts.assessment());
  }

  /**
   * The phase the recommendation for {@code c} is for (the premature-stop and HIV-stop rules), no
   * alert; worked out once per case by {@link Eligibility}, which keeps it.
   */
  static RecommendationPhase phaseOf(PatientCase c, MaintenanceRules.HivStop hivStop) {
    if (c.treatment().phase() != TreatmentPhase.MAINTENANCE) {
      return RecommendationPhase.INDUCTION;
    }
    OptionalInt days = c.treatment().daysOfInduction();
    if (days.isPresent() && days.getAsInt() < MIN_INDUCTION_DAYS) {
      return RecommendationPhase.INDUCTION;
    }
    return hivStop == MaintenanceRules.HivStop.STOP
        ? RecommendationPhase.STOP_MAINTENANCE
        : RecommendationPhase.MAINTENANCE;
  }

  /** The premature-stop rule's alerts for {@code phase}, the phase this recommendation is for. */
  private static void prematureStopAlerts(PatientCase c, RecommendationPhase phase, Ledger ledger) {
    if (c.treatment().phase() != TreatmentPhase.MAINTENANCE) {
      return;
    }
    OptionalInt days = c.treatment().daysOfInduction();
    if (phase == RecommendationPhase.INDUCTION) {
      ledger.alert(
          AlertSeverity.WARNING,
          "premature_maintenance",
          Message.of(MessageKey.PREMATURE_MAINTENANCE, days.getAsInt()),
          RuleId.PHASE_PREMATURE_STOP);
    } else if (phase == RecommendationPhase.MAINTENANCE && days.isEmpty()) {
      ledger.alert(CONFIRM_INDUCTION_COMPLETED);
    }
  }

  private static void stop(PatientCase c, Ledger ledger, CutOffs cutOffs) {
    ledger.fire(
        RuleId.PHASE_HIV_STOP,
        Message.of(
            MessageKey.HIV_STOP,
            cutOffs.boxed(CutOff.HIV_STOP_CD4),
            cutOffs.boxed(CutOff.HIV_STOP_MONTHS)));
    if (c.disease().isCns()) {
      ledger.alert(STOP_AFTER_CNS_DISEASE);
    }
    if (c.disease().hasRetinitis()) {
      ledger.alert(RETINAL_EXAMS_AFTER_STOP);
    }
  }

  /**
   * Rule 8: genotyping alert when resistance is not already known from genotyping (issue 11 item
   * 11), and maribavir as an alternative when eligible but not chosen, with its dosing rule,
   * alerts and instructions (item 9).
   */
  private static void refractory(
      PatientCase c, Eligibility eligibility, DrugOptions options, Ledger ledger) {
    if (!eligibility.refractoryOrResistant()) {
      return;
    }
    boolean refractory = eligibility.refractory();
    if (c.virology().resistantTo().isEmpty()) {
      ledger.alert(SEND_GENOTYPING);
    } else {
      ledger.fire(
          RuleId.REG_REFRACTORY,
          Message.of(
              refractory ? MessageKey.RESISTANCE_KNOWN_REFRACTORY : MessageKey.RESISTANCE_KNOWN,
              List.copyOf(c.virology().resistantTo())));
    }
    if (!ledger.regimenHas(Drug.MARIBAVIR) && options.usable(Drug.MARIBAVIR)) {
      DoseDecision.Dosed mbv = options.dosed(Drug.MARIBAVIR);
      ledger.alternatives.add(Regimens.withDuration(mbv.component(), OptionalInt.empty()));
      ledger.absorb(mbv);
    }
  }

  /**
   * Clinical basis §3.2: on intermittent haemodialysis the tablets are never used, but the valganciclovir
   * oral solution (KOTTON-2025) is listed as an alternative to IV ganciclovir, never as the
   * default: only when ganciclovir is in the regimen (so the ganciclovir family is usable), oral
   * is possible apart from the dialysis, the patient is an adult, and not during CNS induction.
   */
  private static void haemodialysisOralSolution(
      PatientCase c, DoseFacts facts, DrugOptions options, Ledger ledger) {
    // The cheap conditions first: most patients are not on intermittent haemodialysis.
    Optional<RegimenComponent> alt = facts.haemodialysisOralSolution();
    if (alt.isEmpty() || !ledger.regimenHas(Drug.GANCICLOVIR)) {
      return;
    }
    boolean oral =
        c.treatment().canTakeOral().orElse(false)
            && !c.treatment().giAbsorptionImpaired().orElse(false);
    boolean cnsInduction = c.disease().isCns() && options.phase() == DosePhase.INDUCTION;
    if (!oral || cnsInduction || c.patient().age().years() < ClinicalThresholds.ADULT_AGE_YEARS) {
      return;
    }
    ledger.alternatives.add(alt.get());
    ledger.fire(RuleId.DOSE_VGC_HEMODIALYSIS, Message.of(MessageKey.HAEMODIALYSIS_ORAL_SOLUTION));
  }

  /** Rule 9: an empty regimen always comes with a critical alert listing every exclusion. */
  private static void noSafeRegimen(Ledger ledger) {
    List<Exclusion> exclusions = ledger.exclusions();
    Message[] all = new Message[exclusions.size()];
    int i = 0;
    for (Exclusion e : exclusions) {
      all[i++] = Message.of(MessageKey.EXCLUDED_DRUG_REASON, e.drug(), e.why());
    }
    ledger.alert(
        AlertSeverity.CRITICAL,
        "no_safe_regimen",
        Message.of(MessageKey.NO_SAFE_REGIMEN, List.of(all)),
        RuleId.REG_NO_SAFE_REGIMEN);
  }
}
