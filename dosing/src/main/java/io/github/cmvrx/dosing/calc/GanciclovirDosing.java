package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.TableId;
import java.util.Optional;

/**
 * IV ganciclovir (clinical basis §3.1): the band of the kidney function (CG CrCl for adults,
 * bedside Schwartz eGFR for children), the haemodialysis row, the off-label CRRT row; no label
 * dose on peritoneal dialysis or below the lowest band. Intolerance, cytopenia, resistance and
 * refractory disease are core Eligibility's rules, never asked here.
 */
final class GanciclovirDosing implements DrugDosing {
  /** The one instance: the class holds no state; the case comes with each call. */
  static final GanciclovirDosing INSTANCE = new GanciclovirDosing();

  private GanciclovirDosing() {}

  @Override
  public Drug drug() {
    return Drug.GANCICLOVIR;
  }

  @Override
  public DoseDecision decide(DoseContext ctx, DosePhase phase, boolean build) {
    DoseTable table = ctx.tables.get(TableId.ganciclovir(phase));
    RenalReplacement rrt = ctx.assessment.renalReplacement();
    DoseRow row;
    double kidney = Double.NaN;
    switch (rrt) {
      case INTERMITTENT_HEMODIALYSIS -> row = table.haemodialysis().orElseThrow();
      case CONTINUOUS_RENAL_REPLACEMENT -> row = table.continuousRenalReplacement().orElseThrow();
      case PERITONEAL_DIALYSIS -> {
        return new DoseNotes(ctx)
            .weight(true)
            .notComputable(
                Drug.GANCICLOVIR,
                Message.of(MessageKey.PERITONEAL_DIALYSIS_NO_LABEL_DOSE),
                RuleId.DOSE_NO_LABEL_DOSE);
      }
      case NONE -> {
        kidney = ctx.kidneyFunctionMlPerMin();
        if (Double.isNaN(kidney)) {
          return new DoseNotes(ctx)
              .weight(true)
              .notComputable(
                  Drug.GANCICLOVIR,
                  Message.of(MessageKey.NO_KIDNEY_ESTIMATE_UNDER_1_YEAR),
                  RuleId.DOSE_PAEDIATRIC_RENAL);
        }
        Optional<DoseRow> found = table.forKidneyFunction(kidney);
        if (found.isEmpty()) {
          return new DoseNotes(ctx)
              .weight(true)
              .notComputable(
                  Drug.GANCICLOVIR,
                  DoseContext.belowLowest(ctx.measureText(kidney), table),
                  RuleId.DOSE_NO_LABEL_DOSE);
        }
        row = found.get();
      }
      default -> throw new AssertionError(rrt);
    }
    double computedMg = ctx.computedMg(row.amount());
    if (!build && ctx.measurable(Drug.GANCICLOVIR, computedMg)) {
      return DoseDecision.Available.of(Drug.GANCICLOVIR);
    }
    double givenMg = ctx.givenMg(Drug.GANCICLOVIR, computedMg);
    boolean measurable = givenMg >= 1;
    DoseNotes notes = new DoseNotes(ctx).weight(true);
    RuleId rule = rowNotes(ctx, rrt, table, row, kidney, notes);
    if (!measurable) {
      return notes.belowOneMg(Drug.GANCICLOVIR, computedMg);
    }
    ctx.weightBasis(Drug.GANCICLOVIR, row.amount(), computedMg, givenMg, notes);
    Message local = DoseContext.local(Drug.GANCICLOVIR, table, row, notes);
    return notes.dosed(
        DoseContext.intravenous(
            Drug.GANCICLOVIR,
            row.amount(),
            givenMg,
            row,
            Boxes.optionalInt(FixedDoses.GANCICLOVIR_INFUSION_MINUTES),
            Optional.empty(),
            row.offLabel(),
            DoseContext.instructions(local),
            rule));
  }

  /** The working of the row used, in the notes; returns the rule that chose it. */
  private static RuleId rowNotes(
      DoseContext ctx,
      RenalReplacement rrt, DoseTable table, DoseRow row, double kidney, DoseNotes notes) {
    switch (rrt) {
      case INTERMITTENT_HEMODIALYSIS -> {
        notes.why(
            RuleId.DOSE_GCV_HEMODIALYSIS,
            Message.of(MessageKey.GCV_HAEMODIALYSIS, DoseContext.describe(row)));
        notes.paediatricAdjustment();
        return RuleId.DOSE_GCV_HEMODIALYSIS;
      }
      case CONTINUOUS_RENAL_REPLACEMENT -> {
        notes.alert(
            AlertSeverity.CRITICAL,
            "ganciclovir_crrt_off_label",
            Message.of(MessageKey.GANCICLOVIR_CRRT_OFF_LABEL, DoseContext.describe(row)),
            RuleId.DOSE_GCV_CRRT);
        notes.why(RuleId.DOSE_GCV_CRRT, Message.of(MessageKey.GCV_CRRT, DoseContext.describe(row)));
        notes.paediatricAdjustment();
        return RuleId.DOSE_GCV_CRRT;
      }
      default -> {
        notes.why(
            RuleId.DOSE_GCV_RENAL,
            Message.of(
                MessageKey.KIDNEY_FUNCTION_IN_BAND,
                ctx.measureText(kidney),
                row.bandText(),
                DoseContext.describe(row)));
        if (row != table.fullDose()) {
          notes.paediatricAdjustment();
        }
        return RuleId.DOSE_GCV_RENAL;
      }
    }
  }
}
