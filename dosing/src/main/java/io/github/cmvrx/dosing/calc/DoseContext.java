package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.AmountUnit;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.Schedule;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every drug's dosing of one case shares: the case, the policy, the assessment and the
 * tables in force, and the wording helpers of a dose (bands, rows, schedules, the weight basis,
 * local tables). Immutable. Its one subclass is {@link CaseDosing}, so that the dosing of a case
 * is one object, not two.
 */
abstract sealed class DoseContext permits CaseDosing {
  final PatientCase patientCase;
  final Policy policy;
  final Assessment assessment;
  final DoseTables tables;

  DoseContext(PatientCase patientCase, Policy policy, Assessment assessment, DoseTables tables) {
    this.patientCase = patientCase;
    this.policy = policy;
    this.assessment = assessment;
    this.tables = tables;
  }

  /**
   * The kidney function for mL/min bands: CG CrCl for adults, bedside eGFR for children; NaN when
   * there is none (a child under 1 year, or no serum creatinine).
   */
  double kidneyFunctionMlPerMin() {
    if (assessment.paediatric()) {
      return assessment.egfr().isPresent()
          ? assessment.egfr().get().mlPerMinPer173()
          : Double.NaN;
    }
    return assessment.creatinineClearance().isPresent()
        ? assessment.creatinineClearance().get().mlPerMin()
        : Double.NaN;
  }

  Message measureText(double value) {
    return Message.of(
        assessment.paediatric() ? MessageKey.BEDSIDE_SCHWARTZ_EGFR : MessageKey.CRCL, value);
  }

  /** The computed dose of a weight-based drug, mg: mg/kg times the dosing weight. */
  double computedMg(double mgPerKg) {
    return mgPerKg * assessment.dosingWeight().kilograms();
  }

  /** Whether the practical amount of a computed dose reaches 1 mg, so that it can be given. */
  boolean measurable(Drug drug, double computedMg) {
    return PracticalDose.measurable(drug, computedMg, policy);
  }

  /** The practical amount of a computed dose, mg (decision 0801); 0 when below 1 mg. */
  double givenMg(Drug drug, double computedMg) {
    return PracticalDose.givenMg(drug, computedMg, policy);
  }

  /** The weight-basis working (DOSE-WEIGHT-BASIS), then the component's drug, route and dose. */
  RegimenComponent.Builder weightBased(
      Drug drug, double mgPerKg, double computedMg, double givenMg, DoseNotes notes) {
    weightBasis(drug, mgPerKg, computedMg, givenMg, notes);
    return RegimenComponent.builder()
        .drug(drug)
        .route(Route.IV)
        .dose(Milligrams.of(givenMg))
        .doseMgPerKg(Boxes.optional(mgPerKg));
  }

  /** The weight-basis working (DOSE-WEIGHT-BASIS) of a weight-based dose, in the notes. */
  void weightBasis(Drug drug, double mgPerKg, double computedMg, double givenMg, DoseNotes notes) {
    double kg = assessment.dosingWeight().kilograms();
    Source label = labelOf(drug);
    notes.why(
        RuleId.DOSE_WEIGHT_BASIS,
        Message.of(
            MessageKey.WEIGHT_BASIS,
            drug,
            Boxes.of(mgPerKg),
            Boxes.of(kg),
            policy.dosingWeight(),
            Boxes.of(computedMg),
            Boxes.of(givenMg),
            PracticalDose.basis(drug, computedMg, policy),
            label.key()),
        label);
  }

  /**
   * The component of a weight-based IV dose from a table row (its schedule), made at once
   * without a builder: {@code givenMg} mg for {@code mgPerKg} mg/kg, open-ended (the decision
   * sets the duration).
   */
  @SuppressWarnings("TooManyParameters") // the attributes of the component that vary by drug
  static RegimenComponent intravenous(
      Drug drug,
      double mgPerKg,
      double givenMg,
      DoseRow row,
      OptionalInt infusionMinutes,
      Optional<Hydration> hydration,
      boolean offLabel,
      List<Message> instructions,
      RuleId rule) {
    Schedule schedule = row.schedule();
    return RegimenComponent.of(
        drug,
        Route.IV,
        Milligrams.of(givenMg),
        Boxes.optional(mgPerKg),
        schedule.intervalHours(),
        schedule.timesPerWeek(),
        schedule.afterDialysis(),
        infusionMinutes,
        hydration,
        OptionalInt.empty(),
        offLabel,
        instructions,
        rule);
  }

  /** Each weight-based drug's own label (issue 11 item 5). */
  private static Source labelOf(Drug drug) {
    return switch (drug) {
      case FOSCARNET -> Source.FOS_PI;
      case CIDOFOVIR -> Source.CDV_PI;
      default -> Source.GCV_PI;
    };
  }

  /**
   * For a row of a local table: the dose carries the institution's source as written (an
   * instruction) and a DOSE-LOCAL-TABLE rationale entry says a local table was used, where, and
   * which label table it replaces (docs/decisions/1301). Returns that instruction, the last
   * of the component's; null for a row of a label table.
   */
  static @Nullable Message local(Drug drug, DoseTable table, DoseRow row, DoseNotes notes) {
    if (row.local().isEmpty()) {
      return null;
    }
    var origin = row.local().get();
    Message where = Message.of(MessageKey.LOCAL_TABLE_WHERE, table.id().csvName(), origin.where());
    Message instruction = Message.of(MessageKey.DOSE_FROM_LOCAL_TABLE, where, origin.source());
    notes.add(
        new RationaleEntry(
            RuleId.DOSE_LOCAL_TABLE,
            row.band().isPresent()
                ? Message.of(
                    MessageKey.LOCAL_TABLE_BAND_USED,
                    drug,
                    where,
                    row.source().key(),
                    row.band().get(),
                    describe(row),
                    origin.source())
                : Message.of(
                    MessageKey.LOCAL_TABLE_ROW_USED,
                    drug,
                    where,
                    row.source().key(),
                    row.basis(),
                    describe(row),
                    origin.source()),
            row.source()));
    return instruction;
  }

  /** Why there is no band: below the label's 10 mL/min, or below a local table's lowest band. */
  static Message belowLowest(Message measure, DoseTable table) {
    if (!table.isLocal()) {
      return Message.of(MessageKey.NO_LABEL_DOSE, Message.of(MessageKey.BELOW_10, measure));
    }
    DoseRow lowest = table.bands().get(table.bands().size() - 1);
    return Message.of(
        MessageKey.BELOW_LOWEST_LOCAL_BAND,
        measure,
        lowest.band().orElseThrow(),
        table.id().csvName(),
        lowest.at());
  }

  /** The instructions of a dose: none, or the local table's. */
  static List<Message> instructions(@Nullable Message local) {
    return local == null ? List.of() : List.of(local);
  }

  /** The instructions of a dose: {@code a} and {@code b}, then the local table's if any. */
  static List<Message> instructions(Message a, Message b, @Nullable Message local) {
    return local == null ? List.of(a, b) : List.of(a, b, local);
  }

  /** "2.5 mg/kg every 24 h", "450 mg 3 times a week": the text of a table row. */
  static Message describe(DoseRow row) {
    return row.text();
  }

  /**
   * One exclusion per kind of renal replacement, built once: an immutable value whose reason
   * depends on nothing else.
   */
  static DoseDecision.Excluded[] byRenalReplacement(
      Function<RenalReplacement, DoseDecision.Excluded> exclusion) {
    RenalReplacement[] all = RenalReplacement.values();
    DoseDecision.Excluded[] out = new DoseDecision.Excluded[all.length];
    for (RenalReplacement rrt : all) {
      out[rrt.ordinal()] = exclusion.apply(rrt);
    }
    return out;
  }

  static Message rrtText(RenalReplacement rrt) {
    return Message.of(
        switch (rrt) {
          case NONE -> MessageKey.NO_RENAL_REPLACEMENT;
          case INTERMITTENT_HEMODIALYSIS -> MessageKey.INTERMITTENT_HAEMODIALYSIS;
          case CONTINUOUS_RENAL_REPLACEMENT -> MessageKey.CONTINUOUS_RENAL_REPLACEMENT;
          case PERITONEAL_DIALYSIS -> MessageKey.PERITONEAL_DIALYSIS;
        });
  }

  /** "2 x 450 mg tablets": the tablets one dose takes. */
  static Message tabletText(double mg, double tabletMg) {
    long n = Math.round(mg / tabletMg);
    return Message.of(n == 1 ? MessageKey.TABLET : MessageKey.TABLETS, n, Boxes.of(tabletMg));
  }
}
