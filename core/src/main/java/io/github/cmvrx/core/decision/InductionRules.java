package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static io.github.cmvrx.core.decision.ClinicalThresholds.CIDOFOVIR_INDUCTION_DAYS;
import static io.github.cmvrx.core.decision.ClinicalThresholds.CNS_INDUCTION_DAYS;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.rule.RuleId;
import java.util.Optional;
import java.util.OptionalInt;

/** Regimen selection for induction (clinical basis §4.1 to §4.7). */
final class InductionRules {
  private InductionRules() {}

  static void choose(PatientCase c, DrugOptions options, Ledger ledger) {
    if (c.disease().isCns()) {
      cns(options, ledger);
    } else {
      nonCns(c, options, ledger);
    }
  }

  /** Rules 1 and 2: the combination, or the remaining drug with a critical alert. */
  private static void cns(DrugOptions options, Ledger ledger) {
    Optional<DoseDecision.Dosed> gcv = options.usable(Drug.GANCICLOVIR);
    Optional<DoseDecision.Dosed> fos = options.usable(Drug.FOSCARNET);
    if (gcv.isPresent() && fos.isPresent()) {
      give(gcv.get(), CNS_INDUCTION_DAYS, ledger);
      give(fos.get(), CNS_INDUCTION_DAYS, ledger);
      ledger.fire(
          RuleId.REG_CNS_COMBINATION,
          Message.of(
              MessageKey.CNS_COMBINATION,
              Regimens.doseText(gcv.get().component()),
              Regimens.doseText(fos.get().component())));
      ledger.alert(
          AlertSeverity.INFO,
          "cns_continue_until_pcr_negative",
          Message.of(MessageKey.CNS_CONTINUE_UNTIL_PCR_NEGATIVE),
          RuleId.REG_CNS_COMBINATION);
    } else if (gcv.isPresent() || fos.isPresent()) {
      DoseDecision.Dosed remaining = gcv.isPresent() ? gcv.get() : fos.get();
      Drug missing = gcv.isPresent() ? Drug.FOSCARNET : Drug.GANCICLOVIR;
      Message why =
          options
              .whyNot(missing)
              .map(Exclusion::why)
              .orElseGet(() -> Message.of(MessageKey.NOT_USABLE));
      give(remaining, CNS_INDUCTION_DAYS, ledger);
      ledger.alert(
          AlertSeverity.CRITICAL,
          "cns_combination_not_possible",
          Message.of(MessageKey.CNS_COMBINATION_NOT_POSSIBLE, missing, why, remaining.drug()),
          RuleId.REG_CNS_PARTIAL);
    }
    ledger.exclude(
        new Exclusion(
            Drug.VALGANCICLOVIR,
            Message.of(MessageKey.VGC_EXCLUDED_CNS_INDUCTION),
            RuleId.REG_CNS_COMBINATION));
    excludeUnusable(options, ledger, Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR, Drug.MARIBAVIR);
  }

  /** Rules 3 to 7 for disease outside the CNS. */
  private static void nonCns(PatientCase c, DrugOptions options, Ledger ledger) {
    boolean oral = OralAbility.oralPossible(c);
    int induction = options.cutOffs().days(CutOff.NON_CNS_INDUCTION_DAYS);
    Optional<DoseDecision.Dosed> gcv = options.usable(Drug.GANCICLOVIR);
    Optional<DoseDecision.Dosed> vgc = options.usable(Drug.VALGANCICLOVIR);
    if (gcv.isPresent()) {
      // Valganciclovir shares every exclusion of ganciclovir; usable only if ganciclovir is.
      if (c.disease().severity() == Severity.MILD_MODERATE && oral && vgc.isPresent()) {
        give(vgc.get(), induction, ledger);
        ledger.fire(
            RuleId.REG_NONCNS_ORAL,
            Message.of(MessageKey.NON_CNS_ORAL, Regimens.doseText(vgc.get().component())));
      } else if (ivToOral(c, oral, options.cutOffs().days(CutOff.IV_TO_ORAL_MIN_IV_DAYS))
          && vgc.isPresent()) {
        int days = c.treatment().daysOfIvTherapy().getAsInt();
        OptionalInt remaining =
            days < induction
                ? OptionalInt.of(induction - days)
                : OptionalInt.empty();
        ledger.regimen.add(Regimens.withDuration(vgc.get().component(), remaining));
        ledger.absorb(vgc.get());
        ledger.fire(
            RuleId.REG_IV_TO_ORAL,
            Message.of(
                MessageKey.IV_TO_ORAL, days, Regimens.doseText(vgc.get().component())));
      } else {
        give(gcv.get(), induction, ledger);
        ledger.fire(
            RuleId.REG_NONCNS_GCV,
            Message.of(MessageKey.NON_CNS_GCV, Regimens.doseText(gcv.get().component())));
        excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
      }
      return;
    }
    excludeUnusable(options, ledger, Drug.GANCICLOVIR, Drug.VALGANCICLOVIR);
    Optional<DoseDecision.Dosed> fos = options.usable(Drug.FOSCARNET);
    if (fos.isPresent()) {
      give(fos.get(), induction, ledger);
      ledger.fire(
          RuleId.REG_GCV_ALTERNATIVE,
          Message.of(MessageKey.GCV_ALTERNATIVE_FOS, Regimens.doseText(fos.get().component())));
      return;
    }
    excludeUnusable(options, ledger, Drug.FOSCARNET);
    thirdLine(options, ledger, OptionalInt.of(CIDOFOVIR_INDUCTION_DAYS));
  }

  /**
   * Rule 7: maribavir post-transplant if eligible, otherwise cidofovir if not contraindicated;
   * otherwise nothing is given and the caller's no-safe-regimen rule applies.
   */
  static void thirdLine(DrugOptions options, Ledger ledger, OptionalInt cidofovirDays) {
    Optional<DoseDecision.Dosed> mbv = options.usable(Drug.MARIBAVIR);
    if (mbv.isPresent()) {
      ledger.regimen.add(Regimens.withDuration(mbv.get().component(), OptionalInt.empty()));
      ledger.absorb(mbv.get());
      ledger.fire(
          RuleId.REG_THIRD_LINE,
          Message.of(MessageKey.THIRD_LINE_MBV, Regimens.doseText(mbv.get().component())));
      excludeUnusable(options, ledger, Drug.CIDOFOVIR);
      return;
    }
    excludeUnusable(options, ledger, Drug.MARIBAVIR);
    Optional<DoseDecision.Dosed> cdv = options.usable(Drug.CIDOFOVIR);
    if (cdv.isPresent()) {
      ledger.regimen.add(Regimens.withDuration(cdv.get().component(), cidofovirDays));
      ledger.absorb(cdv.get());
      ledger.fire(
          RuleId.REG_THIRD_LINE,
          Message.of(MessageKey.THIRD_LINE_CDV, Regimens.doseText(cdv.get().component())));
      ledger.alert(
          AlertSeverity.WARNING,
          "cidofovir_third_line",
          Message.of(MessageKey.CIDOFOVIR_THIRD_LINE),
          RuleId.REG_THIRD_LINE);
      return;
    }
    excludeUnusable(options, ledger, Drug.CIDOFOVIR);
  }

  private static boolean ivToOral(PatientCase c, boolean oral, int minIvDays) {
    return oral
        && c.treatment().daysOfIvTherapy().isPresent()
        && c.treatment().daysOfIvTherapy().getAsInt() >= minIvDays
        && c.treatment().clinicallyImproving().orElse(false);
  }

  private static void give(DoseDecision.Dosed dosed, int days, Ledger ledger) {
    ledger.regimen.add(Regimens.withDuration(dosed.component(), OptionalInt.of(days)));
    ledger.absorb(dosed);
  }

  /** Lists each of {@code drugs} that is not usable under {@code excluded}, with its reason. */
  static void excludeUnusable(DrugOptions options, Ledger ledger, Drug... drugs) {
    for (Drug d : drugs) {
      Optional<Exclusion> why = options.whyNot(d);
      if (why.isPresent()) {
        ledger.exclude(why.get());
      }
      if (options.ruleExclusion(d).isEmpty()) {
        DoseDecision dose = options.dose(d);
        if (!(dose instanceof DoseDecision.Dosed)) {
          ledger.absorb(dose);
        }
      }
    }
  }
}
