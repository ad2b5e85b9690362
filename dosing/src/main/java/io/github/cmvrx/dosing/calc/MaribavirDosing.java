package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.Preparations;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Oral maribavir (clinical basis §3.5.2): 400 mg twice daily, raised with phenytoin or
 * phenobarbital (1200 mg) or carbamazepine (800 mg); no renal adjustment. Who may have it (from 12
 * years and 35 kg; the indication) is core Eligibility's rule, never asked here.
 */
final class MaribavirDosing implements DrugDosing {
  /** The one instance: the class holds no state; the case comes with each call. */
  static final MaribavirDosing INSTANCE = new MaribavirDosing();

  /**
   * The dose with no inducer, then with each inducer, at the inducer's ordinal: the dose depends
   * on nothing else, so each is one immutable value, made once.
   */
  private static final DoseDecision.Dosed STANDARD = dosed(null);

  private static final DoseDecision.Dosed[] WITH_INDUCER = withInducer();

  private MaribavirDosing() {}

  @Override
  public Drug drug() {
    return Drug.MARIBAVIR;
  }

  @Override
  public DoseDecision decide(DoseContext ctx, DosePhase phase, boolean build) {
    // Age and weight (from 12 years and 35 kg) are Eligibility's rule
    // (Eligibility.patientExclusion): CaseDosing never calls this for a patient below them.
    if (!build) {
      return DoseDecision.Available.of(Drug.MARIBAVIR);
    }
    Inducer inducer = inducer(ctx.patientCase.treatment().inducers());
    return inducer == null ? STANDARD : WITH_INDUCER[inducer.ordinal()];
  }

  /**
   * The inducer that sets the dose: phenytoin, then phenobarbital (1200 mg), then carbamazepine
   * (800 mg); null for none of them.
   */
  private static @Nullable Inducer inducer(Set<Inducer> inducers) {
    if (inducers.contains(Inducer.PHENYTOIN)) {
      return Inducer.PHENYTOIN;
    }
    if (inducers.contains(Inducer.PHENOBARBITAL)) {
      return Inducer.PHENOBARBITAL;
    }
    return inducers.contains(Inducer.CARBAMAZEPINE) ? Inducer.CARBAMAZEPINE : null;
  }

  private static DoseDecision.Dosed[] withInducer() {
    Inducer[] all = Inducer.values();
    DoseDecision.Dosed[] out = new DoseDecision.Dosed[all.length];
    for (Inducer inducer : all) {
      out[inducer.ordinal()] = dosed(inducer);
    }
    return out;
  }

  /** The dose with {@code inducer} (null for none), its rationale and its alert. */
  private static DoseDecision.Dosed dosed(@Nullable Inducer inducer) {
    double tableMg =
        inducer == null
            ? FixedDoses.MARIBAVIR_MG
            : inducer == Inducer.CARBAMAZEPINE
                ? FixedDoses.MARIBAVIR_WITH_CARBAMAZEPINE_MG
                : FixedDoses.MARIBAVIR_WITH_PHENYTOIN_OR_PHENOBARBITAL_MG;
    double mg = PracticalDose.tablets(tableMg, Preparations.MARIBAVIR_TABLET_MG);
    Message tablets = DoseContext.tabletText(mg, Preparations.MARIBAVIR_TABLET_MG);
    RationaleEntry why =
        RationaleEntry.of(
            RuleId.DOSE_MBV,
            inducer == null
                ? Message.of(MessageKey.MBV_DOSE, mg, tablets)
                : Message.of(MessageKey.MBV_DOSE_WITH_INDUCER, inducer, mg, tablets));
    Alert levels =
        new Alert(
            AlertSeverity.WARNING,
            "maribavir_immunosuppressant_levels",
            Message.of(MessageKey.MARIBAVIR_IMMUNOSUPPRESSANT_LEVELS),
            RuleId.DOSE_MBV);
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(Drug.MARIBAVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(mg))
            .intervalHours(FixedDoses.MARIBAVIR_INTERVAL_HOURS)
            .addInstructionMessages(
                Message.of(MessageKey.TABLETS_PER_DOSE, tablets),
                Message.of(MessageKey.MBV_NOT_WITH_GANCICLOVIR))
            .ruleId(RuleId.DOSE_MBV);
    if (inducer != null) {
      b.addInstructionMessages(Message.of(MessageKey.MBV_INDUCER_DOSE, inducer));
    }
    return new DoseDecision.Dosed(b.build(), List.of(levels), List.of(why));
  }
}
