package io.github.cmvrx.core.decision;

import static io.github.cmvrx.core.rule.ClinicalThresholds.CIDOFOVIR_INDUCTION_DAYS;
import static io.github.cmvrx.core.rule.ClinicalThresholds.CNS_INDUCTION_DAYS;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Regimen selection for induction (clinical basis §4.1 to §4.7). Each rule is written once, as a
 * {@link Pick} from the drugs' availability; {@link #needs} reads the pick to say which drugs to
 * dose, and {@link #choose} records it once they are dosed.
 */
final class InductionRules {
  // The alerts with a fixed text, each built once (FixedAlert).
  private static final FixedAlert CNS_CONTINUE_UNTIL_PCR_NEGATIVE =
      FixedAlert.of(
          AlertSeverity.INFO,
          "cns_continue_until_pcr_negative",
          MessageKey.CNS_CONTINUE_UNTIL_PCR_NEGATIVE,
          RuleId.REG_CNS_COMBINATION);

  private static final FixedAlert CIDOFOVIR_THIRD_LINE =
      FixedAlert.of(
          AlertSeverity.WARNING,
          "cidofovir_third_line",
          MessageKey.CIDOFOVIR_THIRD_LINE,
          RuleId.REG_THIRD_LINE);

  private InductionRules() {}

  /** What the induction rules give outside the CNS, and the rule that gives it. */
  enum Pick {
    /** Rule 4: mild to moderate disease, oral possible: valganciclovir. */
    ORAL(Drug.VALGANCICLOVIR),
    /** Rule 5: switch from IV ganciclovir to valganciclovir. */
    IV_TO_ORAL(Drug.VALGANCICLOVIR),
    /** Rule 3: IV ganciclovir. */
    GANCICLOVIR(Drug.GANCICLOVIR),
    /** Rule 6: foscarnet when the ganciclovir family is not usable. */
    FOSCARNET(Drug.FOSCARNET),
    /** Rule 7: maribavir post-transplant. */
    MARIBAVIR(Drug.MARIBAVIR),
    /** Rule 7: cidofovir. */
    CIDOFOVIR(Drug.CIDOFOVIR),
    /** Nothing can be given: rule 9 applies. */
    NONE(null);

    private final @Nullable Drug drug;

    Pick(@Nullable Drug drug) {
      this.drug = drug;
    }

    /** The drug given, or null for {@link #NONE}. */
    @Nullable Drug drug() {
      return drug;
    }
  }

  /** Returns the drugs induction gives for {@code c} (a {@link DrugSet} mask): those to dose. */
  static int needs(PatientCase c, DrugOptions options) {
    if (c.disease().isCns()) {
      return (options.usable(Drug.GANCICLOVIR) ? DrugSet.bit(Drug.GANCICLOVIR) : 0)
          | (options.usable(Drug.FOSCARNET) ? DrugSet.bit(Drug.FOSCARNET) : 0);
    }
    Drug given = nonCnsPick(c, options).drug();
    return given == null ? 0 : DrugSet.bit(given);
  }

  static void choose(PatientCase c, DrugOptions options, Ledger ledger) {
    if (c.disease().isCns()) {
      cns(options, ledger);
    } else {
      nonCns(c, options, ledger);
    }
  }

  /** Rules 1 and 2: the combination, or the remaining drug with a critical alert. */
  private static void cns(DrugOptions options, Ledger ledger) {
    boolean gcv = options.usable(Drug.GANCICLOVIR);
    boolean fos = options.usable(Drug.FOSCARNET);
    if (gcv && fos) {
      DoseDecision.Dosed g = options.dosed(Drug.GANCICLOVIR);
      DoseDecision.Dosed f = options.dosed(Drug.FOSCARNET);
      give(g, CNS_INDUCTION_DAYS, ledger);
      give(f, CNS_INDUCTION_DAYS, ledger);
      ledger.fire(
          RuleId.REG_CNS_COMBINATION,
          Message.of(
              MessageKey.CNS_COMBINATION,
              Regimens.doseText(g.component()),
              Regimens.doseText(f.component())));
      ledger.alert(CNS_CONTINUE_UNTIL_PCR_NEGATIVE);
    } else if (gcv || fos) {
      DoseDecision.Dosed remaining = options.dosed(gcv ? Drug.GANCICLOVIR : Drug.FOSCARNET);
      Drug missing = gcv ? Drug.FOSCARNET : Drug.GANCICLOVIR;
      Exclusion whyNot = options.whyNot(missing);
      Message why = whyNot != null ? whyNot.why() : Message.of(MessageKey.NOT_USABLE);
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
    excludeUnusable(options, ledger, Drug.GANCICLOVIR);
    excludeUnusable(options, ledger, Drug.FOSCARNET);
    excludeUnusable(options, ledger, Drug.CIDOFOVIR);
    excludeUnusable(options, ledger, Drug.MARIBAVIR);
  }

  /** Rules 3 to 7 for disease outside the CNS: which one applies. */
  private static Pick nonCnsPick(PatientCase c, DrugOptions options) {
    if (options.usable(Drug.GANCICLOVIR)) {
      // Valganciclovir shares every exclusion of ganciclovir; usable only if ganciclovir is.
      boolean oral = options.oralPossible();
      boolean vgc = options.usable(Drug.VALGANCICLOVIR);
      if (c.disease().severity() == Severity.MILD_MODERATE && oral && vgc) {
        return Pick.ORAL;
      }
      if (ivToOral(c, oral, options.cutOffs().days(CutOff.IV_TO_ORAL_MIN_IV_DAYS)) && vgc) {
        return Pick.IV_TO_ORAL;
      }
      return Pick.GANCICLOVIR;
    }
    if (options.usable(Drug.FOSCARNET)) {
      return Pick.FOSCARNET;
    }
    return thirdLinePick(options);
  }

  /** Rule 7: maribavir post-transplant if eligible, otherwise cidofovir if not contraindicated. */
  static Pick thirdLinePick(DrugOptions options) {
    if (options.usable(Drug.MARIBAVIR)) {
      return Pick.MARIBAVIR;
    }
    return options.usable(Drug.CIDOFOVIR) ? Pick.CIDOFOVIR : Pick.NONE;
  }

  /** Rules 3 to 7 for disease outside the CNS. */
  private static void nonCns(PatientCase c, DrugOptions options, Ledger ledger) {
    int induction = options.cutOffs().days(CutOff.NON_CNS_INDUCTION_DAYS);
    Pick pick = nonCnsPick(c, options);
    switch (pick) {
      case ORAL -> {
        DoseDecision.Dosed vgc = options.dosed(Drug.VALGANCICLOVIR);
        give(vgc, induction, ledger);
        ledger.fire(
            RuleId.REG_NONCNS_ORAL,
            Message.of(MessageKey.NON_CNS_ORAL, Regimens.doseText(vgc.component())));
      }
      case IV_TO_ORAL -> {
        DoseDecision.Dosed vgc = options.dosed(Drug.VALGANCICLOVIR);
        int days = c.treatment().daysOfIvTherapy().getAsInt();
        OptionalInt remaining =
            days < induction ? Boxes.optionalInt(induction - days) : OptionalInt.empty();
        ledger.regimen.add(Regimens.withDuration(vgc.component(), remaining));
        ledger.absorb(vgc);
        ledger.fire(
            RuleId.REG_IV_TO_ORAL,
            Message.of(MessageKey.IV_TO_ORAL, days, Regimens.doseText(vgc.component())));
      }
      case GANCICLOVIR -> {
        DoseDecision.Dosed gcv = options.dosed(Drug.GANCICLOVIR);
        give(gcv, induction, ledger);
        ledger.fire(
            RuleId.REG_NONCNS_GCV,
            Message.of(MessageKey.NON_CNS_GCV, Regimens.doseText(gcv.component())));
        excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
      }
      case FOSCARNET -> {
        excludeUnusable(options, ledger, Drug.GANCICLOVIR);
        excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
        DoseDecision.Dosed fos = options.dosed(Drug.FOSCARNET);
        give(fos, induction, ledger);
        ledger.fire(
            RuleId.REG_GCV_ALTERNATIVE,
            Message.of(MessageKey.GCV_ALTERNATIVE_FOS, Regimens.doseText(fos.component())));
      }
      default -> {
        excludeUnusable(options, ledger, Drug.GANCICLOVIR);
        excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
        excludeUnusable(options, ledger, Drug.FOSCARNET);
        thirdLine(options, ledger, pick, Boxes.optionalInt(CIDOFOVIR_INDUCTION_DAYS));
      }
    }
  }

  /**
   * Rule 7 as picked by {@link #thirdLinePick}: maribavir, or cidofovir, or nothing (then the
   * caller's no-safe-regimen rule applies).
   */
  static void thirdLine(
      DrugOptions options, Ledger ledger, Pick pick, OptionalInt cidofovirDays) {
    if (pick == Pick.MARIBAVIR) {
      DoseDecision.Dosed mbv = options.dosed(Drug.MARIBAVIR);
      ledger.regimen.add(Regimens.withDuration(mbv.component(), OptionalInt.empty()));
      ledger.absorb(mbv);
      ledger.fire(
          RuleId.REG_THIRD_LINE,
          Message.of(MessageKey.THIRD_LINE_MBV, Regimens.doseText(mbv.component())));
      excludeUnusable(options, ledger, Drug.CIDOFOVIR);
      return;
    }
    excludeUnusable(options, ledger, Drug.MARIBAVIR);
    if (pick == Pick.CIDOFOVIR) {
      DoseDecision.Dosed cdv = options.dosed(Drug.CIDOFOVIR);
      ledger.regimen.add(Regimens.withDuration(cdv.component(), cidofovirDays));
      ledger.absorb(cdv);
      ledger.fire(
          RuleId.REG_THIRD_LINE,
          Message.of(MessageKey.THIRD_LINE_CDV, Regimens.doseText(cdv.component())));
      ledger.alert(CIDOFOVIR_THIRD_LINE);
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
    ledger.regimen.add(Regimens.withDuration(dosed.component(), Boxes.optionalInt(days)));
    ledger.absorb(dosed);
  }

  /** Lists {@code d} if it is not usable, with its reason. */
  static void excludeUnusable(DrugOptions options, Ledger ledger, Drug d) {
    Exclusion why = options.whyNot(d);
    if (why != null) {
      ledger.exclude(why);
    }
    DoseDecision dosing = options.dosingExclusion(d);
    if (dosing != null) {
      ledger.absorb(dosing);
    }
  }
}
