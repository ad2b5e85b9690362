package io.github.cmvrx.core.decision;

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
          "CNS disease: ganciclovir "
              + Regimens.doseText(gcv.get().component())
              + " plus foscarnet "
              + Regimens.doseText(fos.get().component())
              + " for 21 days, then maintenance; monotherapy has not improved survival");
      ledger.alert(
          AlertSeverity.INFO,
          "cns_continue_until_pcr_negative",
          "Continue induction until symptoms resolve and CSF and plasma CMV PCR are negative.",
          RuleId.REG_CNS_COMBINATION);
    } else if (gcv.isPresent() || fos.isPresent()) {
      DoseDecision.Dosed remaining = gcv.orElseGet(fos::get);
      Drug missing = gcv.isPresent() ? Drug.FOSCARNET : Drug.GANCICLOVIR;
      String why = options.whyNot(missing).map(Exclusion::reason).orElse("not usable");
      give(remaining, CNS_INDUCTION_DAYS, ledger);
      ledger.alert(
          AlertSeverity.CRITICAL,
          "cns_combination_not_possible",
          "CNS disease: the ganciclovir + foscarnet combination is not possible because "
              + DrugOptions.name(missing)
              + " is excluded ("
              + why
              + "); "
              + DrugOptions.name(remaining.drug())
              + " alone; cidofovir and maribavir are never substitutes. Specialist review.",
          RuleId.REG_CNS_PARTIAL);
    }
    ledger.exclude(
        new Exclusion(
            Drug.VALGANCICLOVIR,
            "CNS disease: IV induction; no oral switch during induction",
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
            "Mild-to-moderate non-CNS disease, oral possible: valganciclovir "
                + Regimens.doseText(vgc.get().component())
                + " (900 mg twice daily, renally adjusted), 14-21 days");
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
            "Improving after "
                + days
                + " days of IV ganciclovir: switch to valganciclovir "
                + Regimens.doseText(vgc.get().component())
                + " to complete the course");
      } else {
        give(gcv.get(), induction, ledger);
        ledger.fire(
            RuleId.REG_NONCNS_GCV,
            "Non-CNS disease: ganciclovir "
                + Regimens.doseText(gcv.get().component())
                + " (5 mg/kg q12h, renally adjusted), at least 14 days (planned 14-21) and until"
                + " CMV PCR is below threshold on 1-2 consecutive weekly tests");
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
          "Ganciclovir not usable: foscarnet "
              + Regimens.doseText(fos.get().component())
              + " (60 mg/kg q8h or by policy, renally adjusted), 14-21 days");
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
          "Ganciclovir and foscarnet excluded, post-transplant refractory/resistant CMV:"
              + " maribavir "
              + Regimens.doseText(mbv.get().component()));
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
          "Ganciclovir and foscarnet excluded: cidofovir "
              + Regimens.doseText(cdv.get().component())
              + " as third line (nephrotoxic)");
      ledger.alert(
          AlertSeverity.WARNING,
          "cidofovir_third_line",
          "Cidofovir is third-line and nephrotoxic: probenecid, saline and creatinine and urine"
              + " protein before each dose.",
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
      options.whyNot(d).ifPresent(ledger::exclude);
      if (options.ruleExclusion(d).isEmpty()) {
        DoseDecision dose = options.dose(d);
        if (!(dose instanceof DoseDecision.Dosed)) {
          ledger.absorb(dose);
        }
      }
    }
  }
}
