package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.Preparations;
import io.github.cmvrx.dosing.table.Schedule;
import io.github.cmvrx.dosing.table.TableId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Valganciclovir tablets (clinical basis §3.2): never on renal replacement, the CG CrCl band in
 * whole 450 mg tablets. Adults only, but that is core Eligibility's rule (under the adult age, and
 * the ganciclovir family's exclusions), never asked here.
 */
final class ValganciclovirDosing implements DrugDosing {
  /** The one instance: the class holds no state; the case comes with each call. */
  static final ValganciclovirDosing INSTANCE = new ValganciclovirDosing();

  /** The most tablets a dose takes whose texts are made once: a label dose is 1 or 2. */
  private static final int KEPT_TABLETS = 4;

  /** "1 x 450 mg tablet" to "4 x 450 mg tablets", at index tablets - 1. */
  private static final List<Message> TABLETS = keptTablets();

  /** The instructions of a dose from a label table, at index tablets - 1. */
  private static final List<List<Message>> INSTRUCTIONS = keptInstructions();

  private static final DoseDecision.Excluded[] ON_RENAL_REPLACEMENT =
      DoseContext.byRenalReplacement(
          rrt ->
              DoseDecision.Excluded.of(
                  Drug.VALGANCICLOVIR,
                  Message.of(MessageKey.VGC_NOT_ON_RENAL_REPLACEMENT, DoseContext.rrtText(rrt)),
                  RuleId.DOSE_VGC_HEMODIALYSIS));

  private ValganciclovirDosing() {}

  @Override
  public Drug drug() {
    return Drug.VALGANCICLOVIR;
  }

  @Override
  public DoseDecision decide(DoseContext ctx, DosePhase phase, boolean build) {
    RenalReplacement rrt = ctx.assessment.renalReplacement();
    if (rrt.isAny()) {
      return ON_RENAL_REPLACEMENT[rrt.ordinal()];
    }
    double crcl = ctx.assessment.creatinineClearance().orElseThrow().mlPerMin();
    DoseTable table = ctx.tables.get(TableId.valganciclovir(phase));
    Optional<DoseRow> found = table.forKidneyFunction(crcl);
    if (found.isEmpty()) {
      return DoseDecision.Excluded.of(
          Drug.VALGANCICLOVIR,
          Message.of(
              MessageKey.VGC_TABLETS_NOT_RECOMMENDED,
              table.isLocal()
                  ? DoseContext.belowLowest(ctx.measureText(crcl), table)
                  : Message.of(MessageKey.BELOW_10, ctx.measureText(crcl))),
          RuleId.DOSE_VGC_HEMODIALYSIS);
    }
    DoseRow row = found.get();
    double mg = PracticalDose.tablets(row.amount(), Preparations.VALGANCICLOVIR_TABLET_MG);
    if (mg > 0 && !build) {
      return DoseDecision.Available.of(Drug.VALGANCICLOVIR);
    }
    DoseNotes notes = new DoseNotes(ctx).weight(false);
    if (mg <= 0) {
      return notes.notComputable(
          Drug.VALGANCICLOVIR,
          Message.of(MessageKey.LESS_THAN_ONE_TABLET, row.amount()),
          RuleId.DOSE_NO_LABEL_DOSE);
    }
    long n = Math.round(mg / Preparations.VALGANCICLOVIR_TABLET_MG);
    boolean kept = n >= 1 && n <= KEPT_TABLETS;
    Message tablets =
        kept
            ? TABLETS.get((int) n - 1)
            : DoseContext.tabletText(mg, Preparations.VALGANCICLOVIR_TABLET_MG);
    notes.why(
        RuleId.DOSE_VGC_RENAL,
        Message.of(
            mg < row.amount() ? MessageKey.VGC_BAND_TABLETS_ROUNDED : MessageKey.VGC_BAND_TABLETS,
            ctx.measureText(crcl),
            row.bandText(),
            DoseContext.describe(row),
            tablets));
    Message local = DoseContext.local(Drug.VALGANCICLOVIR, table, row, notes);
    Schedule schedule = row.schedule();
    return notes.dosed(
        RegimenComponent.of(
            Drug.VALGANCICLOVIR,
            Route.ORAL,
            Milligrams.of(mg),
            OptionalDouble.empty(),
            schedule.intervalHours(),
            schedule.timesPerWeek(),
            schedule.afterDialysis(),
            OptionalInt.empty(),
            Optional.empty(),
            OptionalInt.empty(),
            false,
            kept && local == null ? INSTRUCTIONS.get((int) n - 1) : instructions(tablets, local),
            RuleId.DOSE_VGC_RENAL));
  }

  /** How many tablets, with food, then the local table's instruction if any. */
  private static List<Message> instructions(Message tablets, @Nullable Message local) {
    return DoseContext.instructions(
        Message.of(MessageKey.TABLETS_PER_DOSE, tablets),
        Message.of(MessageKey.VGC_TAKE_WITH_FOOD),
        local);
  }

  private static List<Message> keptTablets() {
    Message[] out = new Message[KEPT_TABLETS];
    for (int n = 1; n <= KEPT_TABLETS; n++) {
      out[n - 1] =
          DoseContext.tabletText(
              n * Preparations.VALGANCICLOVIR_TABLET_MG, Preparations.VALGANCICLOVIR_TABLET_MG);
    }
    return List.of(out);
  }

  private static List<List<Message>> keptInstructions() {
    List<Message> tablets = keptTablets();
    @SuppressWarnings("unchecked")
    List<Message>[] out = new List[KEPT_TABLETS];
    for (int n = 1; n <= KEPT_TABLETS; n++) {
      out[n - 1] = instructions(tablets.get(n - 1), null);
    }
    return List.of(out);
  }
}
