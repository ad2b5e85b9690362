package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.internal.Comparisons;
import io.github.cmvrx.dosing.table.FixedDoses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * IV cidofovir (clinical basis §3.4): adults only; contraindicated with serum creatinine above
 * 1.5 mg/dL, CrCl at or below 55 mL/min, urine protein at or above 100 mg/dL, or a nephrotoxic
 * co-medication (each must be known); stopped or reduced by the on-therapy creatinine rise and
 * proteinuria; off-label outside AIDS retinitis.
 */
final class CidofovirDosing implements DrugDosing {
  /** The one instance: the class holds no state; the case comes with each call. */
  static final CidofovirDosing INSTANCE = new CidofovirDosing();

  private CidofovirDosing() {}

  @Override
  public Drug drug() {
    return Drug.CIDOFOVIR;
  }

  @Override
  public DoseDecision decide(DoseContext ctx, DosePhase phase, boolean build) {
    if (ctx.assessment.paediatric()) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR, Message.of(MessageKey.CDV_UNDER_ADULT_AGE), RuleId.DOSE_CDV_PAEDIATRIC);
    }
    Patient patient = ctx.patientCase.patient();
    Labs labs = ctx.patientCase.labs();
    boolean hasScr = patient.serumCreatinine().isPresent();
    double scr = hasScr ? patient.serumCreatinine().get().mgPerDl() : Double.NaN;
    boolean hasRise = hasScr && labs.baselineSerumCreatinine().isPresent();
    double rise =
        hasRise
            ? Comparisons.snap(scr - labs.baselineSerumCreatinine().get().mgPerDl())
            : Double.NaN;
    if (hasRise && rise >= FixedDoses.CIDOFOVIR_STOP_RISE_MG_DL) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          Message.of(MessageKey.CDV_CREATININE_RISE_STOP, rise),
          RuleId.DOSE_CDV_ON_THERAPY);
    }
    boolean hasProtein = labs.urineProtein().isPresent();
    double protein = hasProtein ? labs.urineProtein().get().mgPerDecilitre() : Double.NaN;
    if (hasProtein && protein >= FixedDoses.CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          Message.of(MessageKey.CDV_PROTEINURIA_STOP, protein),
          RuleId.DOSE_CDV_ON_THERAPY);
    }
    boolean hasCrcl = ctx.assessment.creatinineClearance().isPresent();
    double crcl = hasCrcl ? ctx.assessment.creatinineClearance().get().mlPerMin() : Double.NaN;
    Optional<Boolean> nephrotoxic = ctx.patientCase.treatment().nephrotoxicComedication();
    boolean eligible =
        hasScr
            && !(Comparisons.snap(scr) > FixedDoses.CIDOFOVIR_MAX_CREATININE_MG_DL)
            && hasCrcl
            && !(Comparisons.snap(crcl) <= FixedDoses.CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN)
            && hasProtein
            && !(protein >= FixedDoses.CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL)
            && nephrotoxic.isPresent()
            && !nephrotoxic.get();
    if (!eligible) {
      return contraindicated(ctx, hasScr, scr, hasCrcl, crcl, hasProtein, protein, nephrotoxic);
    }
    boolean reduce = hasRise && rise >= FixedDoses.CIDOFOVIR_REDUCE_RISE_MG_DL;
    double mgPerKg =
        reduce ? FixedDoses.CIDOFOVIR_REDUCED_MG_PER_KG : FixedDoses.CIDOFOVIR_MG_PER_KG;
    PracticalDose.Rounded dose = ctx.round(Drug.CIDOFOVIR, mgPerKg);
    boolean measurable = dose.givenMg() >= 1;
    if (measurable && !build) {
      return DoseDecision.Available.of(Drug.CIDOFOVIR);
    }
    DoseNotes notes = new DoseNotes(ctx).weight(true);
    notes.why(
        RuleId.DOSE_CDV_ELIGIBILITY, Message.of(MessageKey.CDV_ELIGIBLE, scr, crcl, protein));
    RuleId rule = RuleId.DOSE_CDV_ELIGIBILITY;
    if (reduce) {
      rule = RuleId.DOSE_CDV_ON_THERAPY;
      notes.why(rule, Message.of(MessageKey.CDV_CREATININE_RISE_REDUCE, rise));
    }
    if (!measurable) {
      return notes.belowOneMg(Drug.CIDOFOVIR, dose);
    }
    // Label indication: CMV retinitis in patients with AIDS; any other site or host is off-label
    // (clinical basis §3.4).
    boolean onLabel =
        ctx.patientCase.host().category() == HostCategory.HIV
            && ctx.patientCase.disease().sites().equals(Set.of(DiseaseSite.RETINITIS));
    if (!onLabel) {
      notes.why(RuleId.DOSE_CDV_ELIGIBILITY, Message.of(MessageKey.CDV_OFF_LABEL));
    }
    RegimenComponent.Builder b =
        ctx.weightBased(Drug.CIDOFOVIR, mgPerKg, dose, notes)
            .offLabel(!onLabel)
            .infusionMinutes(FixedDoses.CIDOFOVIR_INFUSION_MINUTES)
            .hydration(
                new Hydration(
                    FixedDoses.CIDOFOVIR_SALINE_ML,
                    FixedDoses.CIDOFOVIR_SALINE_ML,
                    Message.of(MessageKey.OVER_1_TO_2_H_BEFORE_EACH_DOSE)))
            .addInstructionMessages(
                Message.of(MessageKey.CDV_PROBENECID), Message.of(MessageKey.CDV_SALINE))
            .ruleId(rule);
    if (phase == DosePhase.INDUCTION) {
      b.timesPerWeek(FixedDoses.CIDOFOVIR_INDUCTION_TIMES_PER_WEEK);
    } else {
      b.intervalHours(FixedDoses.CIDOFOVIR_MAINTENANCE_INTERVAL_HOURS);
    }
    return notes.dosed(b.build());
  }

  /** Every contraindication that applies or cannot be ruled out, in one exclusion. */
  private static DoseDecision contraindicated(
      DoseContext ctx,
      boolean hasScr,
      double scr,
      boolean hasCrcl,
      double crcl,
      boolean hasProtein,
      double protein,
      Optional<Boolean> nephrotoxic) {
    List<Message> reasons = new ArrayList<>(5);
    if (!hasScr) {
      reasons.add(Message.of(MessageKey.CDV_CREATININE_REQUIRED));
    } else if (Comparisons.snap(scr) > FixedDoses.CIDOFOVIR_MAX_CREATININE_MG_DL) {
      reasons.add(Message.of(MessageKey.CDV_CREATININE_HIGH, scr));
    }
    if (!hasCrcl) {
      reasons.add(
          Message.of(
              MessageKey.CDV_NO_CRCL, DoseContext.rrtText(ctx.assessment.renalReplacement())));
    } else if (Comparisons.snap(crcl) <= FixedDoses.CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN) {
      reasons.add(Message.of(MessageKey.CDV_CRCL_LOW, crcl));
    }
    if (!hasProtein) {
      reasons.add(Message.of(MessageKey.CDV_URINE_PROTEIN_REQUIRED));
    } else if (protein >= FixedDoses.CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL) {
      reasons.add(Message.of(MessageKey.CDV_URINE_PROTEIN_HIGH, protein));
    }
    if (nephrotoxic.isEmpty()) {
      reasons.add(Message.of(MessageKey.CDV_NEPHROTOXIC_UNKNOWN));
    } else if (nephrotoxic.get()) {
      reasons.add(Message.of(MessageKey.CDV_NEPHROTOXIC));
    }
    return DoseDecision.Excluded.of(
        Drug.CIDOFOVIR,
        Message.of(MessageKey.CDV_CONTRAINDICATED, List.copyOf(reasons)),
        RuleId.DOSE_CDV_ELIGIBILITY);
  }
}
