package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * IV foscarnet (clinical basis §3.3): the band of CrCl per kg for adults, the full dose for a
 * child with a bedside eGFR at or above the full-dose threshold, never on renal replacement; the
 * infusion time from the maximum rate and the saline hydration by dose. Genotypic resistance is
 * core Eligibility's rule; the exclusion on renal replacement is a row of the dose table, so it
 * stays here.
 */
final class FoscarnetDosing implements DrugDosing {
  /** The one instance: the class holds no state; the case comes with each call. */
  static final FoscarnetDosing INSTANCE = new FoscarnetDosing();

  private static final DoseDecision.Excluded[] ON_RENAL_REPLACEMENT =
      DoseContext.byRenalReplacement(
          rrt ->
              DoseDecision.Excluded.of(
                  Drug.FOSCARNET,
                  Message.of(MessageKey.FOS_NOT_ON_RENAL_REPLACEMENT, DoseContext.rrtText(rrt)),
                  RuleId.DOSE_FOS_DIALYSIS));

  // The saline with each infusion depends on the dose band only: two immutable values.
  private static final Hydration HIGH_HYDRATION =
      new Hydration(
          FixedDoses.FOSCARNET_SALINE_HIGH_MIN_ML,
          FixedDoses.FOSCARNET_SALINE_HIGH_MAX_ML,
          Message.of(MessageKey.WITH_EACH_INFUSION));
  private static final Hydration LOW_HYDRATION =
      new Hydration(
          FixedDoses.FOSCARNET_SALINE_LOW_ML,
          FixedDoses.FOSCARNET_SALINE_LOW_ML,
          Message.of(MessageKey.WITH_EACH_INFUSION));
  private static final Optional<Hydration> HIGH_HYDRATION_GIVEN = Optional.of(HIGH_HYDRATION);
  private static final Optional<Hydration> LOW_HYDRATION_GIVEN = Optional.of(LOW_HYDRATION);

  // Their volumes boxed once, for the hydration rationale (a message holds objects, and
  // Integer.valueOf shares only numbers up to 127).
  private static final Integer HIGH_MIN_ML = HIGH_HYDRATION.minMl();
  private static final Integer HIGH_MAX_ML = HIGH_HYDRATION.maxMl();
  private static final Integer LOW_MIN_ML = LOW_HYDRATION.minMl();
  private static final Integer LOW_MAX_ML = LOW_HYDRATION.maxMl();

  /** The instructions of a dose from a label table: the same for every dose, made once. */
  private static final List<Message> INSTRUCTIONS = instructions(null);

  private FoscarnetDosing() {}

  /**
   * The working of a dose that depends on its amount (mg/kg) alone: the infusion time from the
   * maximum rate and the saline hydration by dose (clinical basis §3.3), with their rationale
   * entries. Immutable; those of the amounts of the label tables are made once ({@link #of}),
   * so that a dose from a label table builds none of them.
   *
   * @param mgPerKg the amount of the row, mg/kg
   * @param infusionMinutes the infusion time
   * @param hydration the saline with each infusion
   * @param infusionWhy the DOSE-FOS-INFUSION entry
   * @param hydrationWhy the DOSE-FOS-HYDRATION entry
   */
  record AmountNotes(
      double mgPerKg,
      OptionalInt infusionMinutes,
      Optional<Hydration> hydration,
      RationaleEntry infusionWhy,
      RationaleEntry hydrationWhy) {

    /** Those of the amounts of the shipped label tables, made once. */
    private static final AmountNotes[] LABEL = label();

    /**
     * Returns the working of {@code mgPerKg}: the one made once for an amount of the label
     * tables, otherwise (a local table's amount) a new one, equal to what {@link #build} gives.
     */
    static AmountNotes of(double mgPerKg) {
      for (AmountNotes n : LABEL) {
        if (n.mgPerKg == mgPerKg) {
          return n;
        }
      }
      return build(mgPerKg);
    }

    /** Works out the infusion time and hydration of {@code mgPerKg} and their entries. */
    static AmountNotes build(double mgPerKg) {
      int infusion =
          (int)
              Math.max(
                  FixedDoses.FOSCARNET_DEFAULT_INFUSION_MINUTES,
                  Math.ceil(mgPerKg / FixedDoses.FOSCARNET_MAX_RATE_MG_PER_KG_PER_MIN));
      boolean high = mgPerKg > FixedDoses.FOSCARNET_HIGH_HYDRATION_ABOVE_MG_PER_KG;
      Hydration hydration = high ? HIGH_HYDRATION : LOW_HYDRATION;
      Message hydrationText =
          hydration.maxMl() != hydration.minMl()
              ? Message.of(
                  MessageKey.FOS_HYDRATION_RANGE,
                  high ? HIGH_MIN_ML : LOW_MIN_ML,
                  high ? HIGH_MAX_ML : LOW_MAX_ML,
                  Boxes.of(mgPerKg))
              : Message.of(
                  MessageKey.FOS_HYDRATION, high ? HIGH_MIN_ML : LOW_MIN_ML, Boxes.of(mgPerKg));
      return new AmountNotes(
          mgPerKg,
          Boxes.optionalInt(infusion),
          high ? HIGH_HYDRATION_GIVEN : LOW_HYDRATION_GIVEN,
          RationaleEntry.of(
              RuleId.DOSE_FOS_INFUSION, Message.of(MessageKey.FOS_INFUSE_OVER, infusion)),
          RationaleEntry.of(RuleId.DOSE_FOS_HYDRATION, hydrationText));
    }

    /** One for each distinct amount of the shipped foscarnet tables, in the order met. */
    private static AmountNotes[] label() {
      DoseTables standard = DoseTables.standard();
      List<TableId> tables = new ArrayList<>();
      for (FoscarnetInductionScheme scheme : FoscarnetInductionScheme.values()) {
        tables.add(TableId.foscarnet(scheme));
      }
      for (FoscarnetMaintenanceScheme scheme : FoscarnetMaintenanceScheme.values()) {
        tables.add(TableId.foscarnet(scheme));
      }
      List<AmountNotes> out = new ArrayList<>();
      for (TableId id : tables) {
        for (DoseRow row : standard.get(id).bands()) {
          double mgPerKg = row.amount();
          if (out.stream().noneMatch(n -> n.mgPerKg == mgPerKg)) {
            out.add(build(mgPerKg));
          }
        }
      }
      return out.toArray(AmountNotes[]::new);
    }
  }

  /** Saline before the first dose, the maximum rate, then the local table's instruction if any. */
  private static List<Message> instructions(@Nullable Message local) {
    return DoseContext.instructions(
        Message.of(MessageKey.FOS_SALINE_BEFORE_FIRST), Message.of(MessageKey.FOS_MAX_RATE), local);
  }

  @Override
  public Drug drug() {
    return Drug.FOSCARNET;
  }

  @Override
  public DoseDecision decide(DoseContext ctx, DosePhase phase, boolean build) {
    RenalReplacement rrt = ctx.assessment.renalReplacement();
    if (rrt.isAny()) {
      return ON_RENAL_REPLACEMENT[rrt.ordinal()];
    }
    DoseTable table =
        ctx.tables.get(
            phase == DosePhase.INDUCTION
                ? TableId.foscarnet(ctx.policy.foscarnetInduction())
                : TableId.foscarnet(ctx.policy.foscarnetMaintenance()));
    boolean child = ctx.assessment.paediatric();
    DoseRow row;
    double kidney;
    if (child) {
      boolean known = ctx.assessment.egfr().isPresent();
      kidney = known ? ctx.assessment.egfr().get().mlPerMinPer173() : Double.NaN;
      if (!known || kidney < FixedDoses.FOSCARNET_CHILD_MIN_EGFR) {
        return new DoseNotes(ctx)
            .weight(true)
            .notComputable(
                Drug.FOSCARNET,
                known
                    ? Message.of(MessageKey.FOS_CHILD_EGFR_BELOW_FULL_DOSE, kidney)
                    : Message.of(MessageKey.FOS_CHILD_NO_EGFR),
                RuleId.DOSE_FOS_PAEDIATRIC);
      }
      row = table.fullDose();
    } else {
      kidney = ctx.assessment.creatinineClearancePerKg().orElseThrow().mlPerMinPerKg();
      Optional<DoseRow> found = table.forKidneyFunction(kidney);
      if (found.isEmpty()) {
        return DoseDecision.Excluded.of(
            Drug.FOSCARNET,
            Message.of(
                phase == DosePhase.INDUCTION
                    ? MessageKey.FOS_NOT_RECOMMENDED_INDUCTION
                    : MessageKey.FOS_NOT_RECOMMENDED_MAINTENANCE,
                kidney),
            RuleId.DOSE_FOS_RENAL);
      }
      row = found.get();
    }
    double mgPerKg = row.amount();
    double computedMg = ctx.computedMg(mgPerKg);
    if (!build && ctx.measurable(Drug.FOSCARNET, computedMg)) {
      return DoseDecision.Available.of(Drug.FOSCARNET);
    }
    double givenMg = ctx.givenMg(Drug.FOSCARNET, computedMg);
    boolean measurable = givenMg >= 1;
    DoseNotes notes = new DoseNotes(ctx).weight(true);
    notes.why(
        child ? RuleId.DOSE_FOS_PAEDIATRIC : RuleId.DOSE_FOS_RENAL,
        child
            ? Message.of(MessageKey.FOS_CHILD_FULL_DOSE, kidney, DoseContext.describe(row))
            : Message.of(
                MessageKey.FOS_PER_KG_IN_BAND,
                kidney,
                row.bandText(),
                DoseContext.describe(row)));
    AmountNotes byAmount = AmountNotes.of(mgPerKg);
    notes.add(byAmount.infusionWhy());
    notes.add(byAmount.hydrationWhy());
    if (!measurable) {
      return notes.belowOneMg(Drug.FOSCARNET, computedMg);
    }
    ctx.weightBasis(Drug.FOSCARNET, mgPerKg, computedMg, givenMg, notes);
    Message local = DoseContext.local(Drug.FOSCARNET, table, row, notes);
    return notes.dosed(
        DoseContext.intravenous(
            Drug.FOSCARNET,
            mgPerKg,
            givenMg,
            row,
            byAmount.infusionMinutes(),
            byAmount.hydration(),
            false,
            local == null ? INSTRUCTIONS : instructions(local),
            child ? RuleId.DOSE_FOS_PAEDIATRIC : RuleId.DOSE_FOS_RENAL));
  }
}
