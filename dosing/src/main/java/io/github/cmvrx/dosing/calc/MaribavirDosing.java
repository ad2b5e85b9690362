package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.Preparations;
import java.util.Set;

/**
 * Oral maribavir (clinical basis §3.5.2): 400 mg twice daily, raised with phenytoin or
 * phenobarbital (1200 mg) or carbamazepine (800 mg); no renal adjustment. Who may have it (from 12
 * years and 35 kg; the indication) is core Eligibility's rule, never asked here.
 */
final class MaribavirDosing implements DrugDosing {
  /** The one instance: the class holds no state; the case comes with each call. */
  static final MaribavirDosing INSTANCE = new MaribavirDosing();

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
    Set<Inducer> inducers = ctx.patientCase.treatment().inducers();
    double tableMg;
    Inducer inducer;
    if (inducers.contains(Inducer.PHENYTOIN) || inducers.contains(Inducer.PHENOBARBITAL)) {
      tableMg = FixedDoses.MARIBAVIR_WITH_PHENYTOIN_OR_PHENOBARBITAL_MG;
      inducer = inducers.contains(Inducer.PHENYTOIN) ? Inducer.PHENYTOIN : Inducer.PHENOBARBITAL;
    } else if (inducers.contains(Inducer.CARBAMAZEPINE)) {
      tableMg = FixedDoses.MARIBAVIR_WITH_CARBAMAZEPINE_MG;
      inducer = Inducer.CARBAMAZEPINE;
    } else {
      tableMg = FixedDoses.MARIBAVIR_MG;
      inducer = null;
    }
    double mg = PracticalDose.tablets(tableMg, Preparations.MARIBAVIR_TABLET_MG);
    DoseNotes notes = new DoseNotes(ctx);
    Message tablets = DoseContext.tabletText(mg, Preparations.MARIBAVIR_TABLET_MG);
    notes.why(
        RuleId.DOSE_MBV,
        inducer == null
            ? Message.of(MessageKey.MBV_DOSE, mg, tablets)
            : Message.of(MessageKey.MBV_DOSE_WITH_INDUCER, inducer, mg, tablets));
    notes.alert(
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
    return notes.dosed(b.build());
  }
}
