package io.github.cmvrx.dosing.calc;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.decision.Eligibility;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.internal.ExactLists;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.internal.Comparisons;
import io.github.cmvrx.dosing.table.FixedDoses;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * IV cidofovir (clinical basis §3.4): contraindicated with serum creatinine above 1.5 mg/dL, CrCl
 * at or below 55 mL/min, urine protein at or above 100 mg/dL, or a nephrotoxic co-medication
 * (each must be known), one exclusion listing every condition not met (a dose fact, since CrCl is
 * the assessment's: decision 1404); reduced to 3 mg/kg by an on-therapy creatinine rise of 0.3
 * mg/dL; off-label outside AIDS retinitis. Not used under the adult age, and stopped by a rise of
 * 0.5 mg/dL or proteinuria 3+: core Eligibility's rules, never asked here.
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
    // Under the adult age, and the on-therapy stop rules (creatinine rise, proteinuria 3+), are
    // Eligibility's (Eligibility.patientExclusion): CaseDosing never calls this for such a case.
    Patient patient = ctx.patientCase.patient();
    Labs labs = ctx.patientCase.labs();
    // Each optional value read once.
    Optional<SerumCreatinine> scrValue = patient.serumCreatinine();
    boolean hasScr = scrValue.isPresent();
    double scr = hasScr ? scrValue.get().mgPerDl() : Double.NaN;
    Optional<UrineProtein> proteinValue = labs.urineProtein();
    boolean hasProtein = proteinValue.isPresent();
    double protein = hasProtein ? proteinValue.get().mgPerDecilitre() : Double.NaN;
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
    double rise = Eligibility.creatinineRiseMgPerDl(ctx.patientCase);
    boolean reduce = rise >= FixedDoses.CIDOFOVIR_REDUCE_RISE_MG_DL;
    double mgPerKg =
        reduce ? FixedDoses.CIDOFOVIR_REDUCED_MG_PER_KG : FixedDoses.CIDOFOVIR_MG_PER_KG;
    double computedMg = ctx.computedMg(mgPerKg);
    if (!build && ctx.measurable(Drug.CIDOFOVIR, computedMg)) {
      return DoseDecision.Available.of(Drug.CIDOFOVIR);
    }
    double givenMg = ctx.givenMg(Drug.CIDOFOVIR, computedMg);
    boolean measurable = givenMg >= 1;
    DoseNotes notes = new DoseNotes(ctx).weight(true);
    notes.why(
        RuleId.DOSE_CDV_ELIGIBILITY, Message.of(MessageKey.CDV_ELIGIBLE, scr, crcl, protein));
    RuleId rule = RuleId.DOSE_CDV_ELIGIBILITY;
    if (reduce) {
      rule = RuleId.DOSE_CDV_ON_THERAPY;
      notes.why(rule, Message.of(MessageKey.CDV_CREATININE_RISE_REDUCE, rise));
    }
    if (!measurable) {
      return notes.belowOneMg(Drug.CIDOFOVIR, computedMg);
    }
    // Label indication: CMV retinitis in patients with AIDS; any other site or host is off-label
    // (clinical basis §3.4).
    boolean onLabel =
        ctx.patientCase.host().category() == HostCategory.HIV
            && ctx.patientCase.disease().sites().equals(RETINITIS_ONLY);
    if (!onLabel) {
      notes.why(RuleId.DOSE_CDV_ELIGIBILITY, Message.of(MessageKey.CDV_OFF_LABEL));
    }
    RegimenComponent.Builder b =
        ctx.weightBased(Drug.CIDOFOVIR, mgPerKg, computedMg, givenMg, notes)
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

  /** A condition of eligibility: met, not known, or not met (a number out of range). */
  private static final int MET = 0;

  private static final int UNKNOWN = 1;
  private static final int OUT = 2;

  /** The nephrotoxic co-medication: none, not known, or given. */
  private static final int NEPHROTOXIC_NONE = 0;

  private static final int NEPHROTOXIC_UNKNOWN = 1;
  private static final int NEPHROTOXIC_GIVEN = 2;

  private static final RenalReplacement[] RRT = RenalReplacement.values();

  private static final Set<DiseaseSite> RETINITIS_ONLY = Set.of(DiseaseSite.RETINITIS);

  /**
   * The exclusions whose reasons state no number (a value not known, a nephrotoxic
   * co-medication): a few dozen, each an immutable value, built once and shared, indexed by
   * {@link #sharedIndex}. Null where every condition is met (then there is no exclusion).
   */
  private static final DoseDecision.@Nullable Excluded[] SHARED = shared();

  private static DoseDecision.@Nullable Excluded[] shared() {
    DoseDecision.@Nullable Excluded[] all = new DoseDecision.Excluded[2 * 2 * RRT.length * 2 * 3];
    for (int scr = MET; scr <= UNKNOWN; scr++) {
      for (int crcl = MET; crcl <= UNKNOWN; crcl++) {
        for (RenalReplacement rrt : RRT) {
          for (int protein = MET; protein <= UNKNOWN; protein++) {
            for (int nephro = NEPHROTOXIC_NONE; nephro <= NEPHROTOXIC_GIVEN; nephro++) {
              if (scr != MET || crcl != MET || protein != MET || nephro != NEPHROTOXIC_NONE) {
                all[sharedIndex(scr, crcl, rrt, protein, nephro)] =
                    exclusion(
                        scr, Double.NaN, crcl, Double.NaN, rrt, protein, Double.NaN, nephro);
              }
            }
          }
        }
      }
    }
    return all;
  }

  /** Where the exclusion of conditions each met or not known is in {@link #SHARED}. */
  private static int sharedIndex(
      int scr, int crcl, RenalReplacement rrt, int protein, int nephrotoxic) {
    return (((scr * 2 + crcl) * RRT.length + rrt.ordinal()) * 2 + protein) * 3 + nephrotoxic;
  }

  /**
   * Every contraindication that applies or cannot be ruled out, in one exclusion: shared when no
   * reason states a number, otherwise built.
   */
  private static DoseDecision contraindicated(
      DoseContext ctx,
      boolean hasScr,
      double scr,
      boolean hasCrcl,
      double crcl,
      boolean hasProtein,
      double protein,
      Optional<Boolean> nephrotoxic) {
    int scrState =
        !hasScr
            ? UNKNOWN
            : Comparisons.snap(scr) > FixedDoses.CIDOFOVIR_MAX_CREATININE_MG_DL ? OUT : MET;
    int crclState =
        !hasCrcl
            ? UNKNOWN
            : Comparisons.snap(crcl) <= FixedDoses.CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN
                ? OUT
                : MET;
    int proteinState =
        !hasProtein
            ? UNKNOWN
            : protein >= FixedDoses.CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL ? OUT : MET;
    int nephroState =
        nephrotoxic.isEmpty()
            ? NEPHROTOXIC_UNKNOWN
            : nephrotoxic.get() ? NEPHROTOXIC_GIVEN : NEPHROTOXIC_NONE;
    RenalReplacement rrt = ctx.assessment.renalReplacement();
    if (scrState != OUT && crclState != OUT && proteinState != OUT) {
      return requireNonNull(
          SHARED[sharedIndex(scrState, crclState, rrt, proteinState, nephroState)], "shared");
    }
    return exclusion(scrState, scr, crclState, crcl, rrt, proteinState, protein, nephroState);
  }

  /**
   * The exclusion listing the reason of each condition not met, in the label's order: serum
   * creatinine, CrCl, urine protein, nephrotoxic co-medication. A value is read only when its
   * condition is {@link #OUT}.
   */
  private static DoseDecision.Excluded exclusion(
      int scrState,
      double scr,
      int crclState,
      double crcl,
      RenalReplacement rrt,
      int proteinState,
      double protein,
      int nephrotoxic) {
    Message[] reasons = new Message[4];
    int n = 0;
    if (scrState == UNKNOWN) {
      reasons[n++] = Message.of(MessageKey.CDV_CREATININE_REQUIRED);
    } else if (scrState == OUT) {
      reasons[n++] = Message.of(MessageKey.CDV_CREATININE_HIGH, scr);
    }
    if (crclState == UNKNOWN) {
      reasons[n++] = Message.of(MessageKey.CDV_NO_CRCL, DoseContext.rrtText(rrt));
    } else if (crclState == OUT) {
      reasons[n++] = Message.of(MessageKey.CDV_CRCL_LOW, crcl);
    }
    if (proteinState == UNKNOWN) {
      reasons[n++] = Message.of(MessageKey.CDV_URINE_PROTEIN_REQUIRED);
    } else if (proteinState == OUT) {
      reasons[n++] = Message.of(MessageKey.CDV_URINE_PROTEIN_HIGH, protein);
    }
    if (nephrotoxic == NEPHROTOXIC_UNKNOWN) {
      reasons[n++] = Message.of(MessageKey.CDV_NEPHROTOXIC_UNKNOWN);
    } else if (nephrotoxic == NEPHROTOXIC_GIVEN) {
      reasons[n++] = Message.of(MessageKey.CDV_NEPHROTOXIC);
    }
    return DoseDecision.Excluded.of(
        Drug.CIDOFOVIR,
        Message.of(MessageKey.CDV_CONTRAINDICATED, ExactLists.of(reasons, n)),
        RuleId.DOSE_CDV_ELIGIBILITY);
  }
}
