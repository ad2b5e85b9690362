package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static io.github.cmvrx.core.rule.ClinicalThresholds.HIV_CONSIDER_STOP_MONTHS;
import static io.github.cmvrx.core.rule.ClinicalThresholds.HIV_LIFELONG_CD4_PER_UL;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Maintenance, lifelong maintenance and stopping (clinical basis §5). */
final class MaintenanceRules {
  // The alerts with a fixed text, each built once (FixedAlert).
  private static final FixedAlert HIV_LIFELONG_MAINTENANCE =
      FixedAlert.of(
          AlertSeverity.INFO,
          "hiv_lifelong_maintenance",
          MessageKey.HIV_LIFELONG_MAINTENANCE,
          RuleId.PHASE_HIV_LIFELONG);

  private MaintenanceRules() {}

  /** The HIV stopping criteria, as far as they are known. */
  enum HivStop {
    /** Criteria met for at least 6 months: stop maintenance. */
    STOP,
    /** Criteria met for 3 to under 6 months: continue; stopping may be considered. */
    CONSIDER,
    /** Not met, not known, or not HIV. */
    CONTINUE
  }

  static HivStop hivStop(Host host, CutOffs cutOffs) {
    if (host.category() != HostCategory.HIV
        || !host.onAntiretroviralTherapy().orElse(false)
        || !host.hivRnaSuppressed().orElse(false)
        || host.cd4().isEmpty()
        || !(host.cd4().get().perMicrolitre() > cutOffs.get(CutOff.HIV_STOP_CD4))
        || host.monthsCd4Above100().isEmpty()) {
      return HivStop.CONTINUE;
    }
    double months = host.monthsCd4Above100().getAsDouble();
    if (months >= cutOffs.get(CutOff.HIV_STOP_MONTHS)) {
      return HivStop.STOP;
    }
    return months >= HIV_CONSIDER_STOP_MONTHS ? HivStop.CONSIDER : HivStop.CONTINUE;
  }

  /** Chooses the maintenance regimen (PHASE-MAINTENANCE) and the HIV duration rules. */
  static void choose(PatientCase c, DrugOptions options, Ledger ledger) {
    Host host = c.host();
    if (options.hivStop() == HivStop.CONSIDER) {
      ledger.alert(
          AlertSeverity.INFO,
          "hiv_consider_stopping_maintenance",
          Message.of(
              MessageKey.HIV_CONSIDER_STOPPING_MAINTENANCE,
              options.cutOffs().boxed(CutOff.HIV_STOP_CD4),
              options.cutOffs().boxed(CutOff.HIV_STOP_MONTHS)),
          RuleId.PHASE_HIV_STOP);
    }
    if (host.category() == HostCategory.HIV
        && host.cd4().isPresent()
        && host.cd4().get().perMicrolitre() < HIV_LIFELONG_CD4_PER_UL) {
      ledger.alert(HIV_LIFELONG_MAINTENANCE);
    }
    hivStopCriteriaUnknown(host, ledger, options.cutOffs());
    if (host.category().isTransplant()) {
      secondaryProphylaxis(options, ledger);
    }

    Pick pick = pick(c, options);
    switch (pick) {
      case VALGANCICLOVIR -> {
        DoseDecision.Dosed vgc = options.dosed(Drug.VALGANCICLOVIR);
        give(vgc, ledger);
        ledger.fire(
            RuleId.PHASE_MAINTENANCE,
            Message.of(MessageKey.MAINTENANCE_VGC, Regimens.doseText(vgc.component())));
        return;
      }
      case GANCICLOVIR -> {
        InductionRules.excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
        DoseDecision.Dosed gcv = options.dosed(Drug.GANCICLOVIR);
        give(gcv, ledger);
        ledger.fire(
            RuleId.PHASE_MAINTENANCE,
            Message.of(MessageKey.MAINTENANCE_GCV, Regimens.doseText(gcv.component())));
        return;
      }
      case FOSCARNET -> {
        InductionRules.excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
        InductionRules.excludeUnusable(options, ledger, Drug.GANCICLOVIR);
        DoseDecision.Dosed fos = options.dosed(Drug.FOSCARNET);
        give(fos, ledger);
        ledger.fire(
            RuleId.PHASE_MAINTENANCE,
            Message.of(MessageKey.MAINTENANCE_FOS, Regimens.doseText(fos.component())));
        return;
      }
      default -> {
        InductionRules.excludeUnusable(options, ledger, Drug.VALGANCICLOVIR);
        InductionRules.excludeUnusable(options, ledger, Drug.GANCICLOVIR);
        InductionRules.excludeUnusable(options, ledger, Drug.FOSCARNET);
      }
    }
    if (c.disease().isCns()) {
      InductionRules.excludeUnusable(options, ledger, Drug.CIDOFOVIR);
      InductionRules.excludeUnusable(options, ledger, Drug.MARIBAVIR);
    } else {
      InductionRules.thirdLine(options, ledger, thirdLine(pick), OptionalInt.empty());
    }
  }

  /** What maintenance gives, in order of preference (clinical basis §5). */
  enum Pick {
    /** Valganciclovir when oral is possible. */
    VALGANCICLOVIR,
    /** IV ganciclovir. */
    GANCICLOVIR,
    /** Foscarnet. */
    FOSCARNET,
    /** Maribavir (rule 7, outside the CNS). */
    MARIBAVIR,
    /** Cidofovir (rule 7, outside the CNS). */
    CIDOFOVIR,
    /** Nothing can be given. */
    NONE
  }

  private static Pick pick(PatientCase c, DrugOptions options) {
    if (options.oralPossible() && options.usable(Drug.VALGANCICLOVIR)) {
      return Pick.VALGANCICLOVIR;
    }
    if (options.usable(Drug.GANCICLOVIR)) {
      return Pick.GANCICLOVIR;
    }
    if (options.usable(Drug.FOSCARNET)) {
      return Pick.FOSCARNET;
    }
    if (c.disease().isCns()) {
      return Pick.NONE;
    }
    return switch (InductionRules.thirdLinePick(options)) {
      case MARIBAVIR -> Pick.MARIBAVIR;
      case CIDOFOVIR -> Pick.CIDOFOVIR;
      default -> Pick.NONE;
    };
  }

  private static InductionRules.Pick thirdLine(Pick pick) {
    return switch (pick) {
      case MARIBAVIR -> InductionRules.Pick.MARIBAVIR;
      case CIDOFOVIR -> InductionRules.Pick.CIDOFOVIR;
      default -> InductionRules.Pick.NONE;
    };
  }

  /**
   * Returns the drugs maintenance gives for {@code c}, and valganciclovir when the transplant
   * secondary-prophylaxis advice states its dose (a {@link DrugSet} mask): the drugs to dose.
   */
  static int needs(PatientCase c, DrugOptions options) {
    int out =
        c.host().category().isTransplant() && options.usable(Drug.VALGANCICLOVIR)
            ? DrugSet.bit(Drug.VALGANCICLOVIR)
            : 0;
    return out
        | switch (pick(c, options)) {
          case VALGANCICLOVIR -> DrugSet.bit(Drug.VALGANCICLOVIR);
          case GANCICLOVIR -> DrugSet.bit(Drug.GANCICLOVIR);
          case FOSCARNET -> DrugSet.bit(Drug.FOSCARNET);
          case MARIBAVIR -> DrugSet.bit(Drug.MARIBAVIR);
          case CIDOFOVIR -> DrugSet.bit(Drug.CIDOFOVIR);
          case NONE -> 0;
        };
  }

  /**
   * PHASE-TRANSPLANT-SECONDARY (spec 5): the valganciclovir dose the maintenance/prevention
   * column of table 3.2 gives for this patient's kidney function, or, where the tablets are
   * excluded (haemodialysis, CRRT, under 18, intolerance, cytopenia, resistance), why the advice
   * is withheld (issue 11 item 4).
   */
  private static void secondaryProphylaxis(DrugOptions options, Ledger ledger) {
    if (options.usable(Drug.VALGANCICLOVIR)) {
      RegimenComponent c = options.dosed(Drug.VALGANCICLOVIR).component();
      ledger.alert(
          AlertSeverity.INFO,
          "transplant_secondary_prophylaxis",
          Message.of(
              MessageKey.TRANSPLANT_SECONDARY_PROPHYLAXIS,
              c.dose().value(),
              Regimens.schedule(c)),
          RuleId.PHASE_TRANSPLANT_SECONDARY);
      return;
    }
    Exclusion whyNot = options.whyNot(Drug.VALGANCICLOVIR);
    Message why = whyNot != null ? whyNot.why() : Message.of(MessageKey.NOT_USABLE);
    ledger.alert(
        AlertSeverity.INFO,
        "transplant_secondary_prophylaxis_not_offered",
        Message.of(MessageKey.TRANSPLANT_SECONDARY_PROPHYLAXIS_NOT_OFFERED, why),
        RuleId.PHASE_TRANSPLANT_SECONDARY);
  }

  /**
   * PHASE-HIV-STOP needs CD4, ART, HIV RNA suppression and months with CD4 above 100: when none of
   * the known values rules stopping out but some are missing, say which (spec 7, issue 11 item
   * 2). Maintenance continues (decision 0007).
   */
  private static void hivStopCriteriaUnknown(Host host, Ledger ledger, CutOffs cutOffs) {
    if (host.category() != HostCategory.HIV) {
      return;
    }
    boolean ruledOut =
        host.onAntiretroviralTherapy().map(v -> !v).orElse(false)
            || host.hivRnaSuppressed().map(v -> !v).orElse(false)
            || host.cd4().map(v -> !(v.perMicrolitre() > cutOffs.get(CutOff.HIV_STOP_CD4))).orElse(false)
            || (host.monthsCd4Above100().isPresent()
                && host.monthsCd4Above100().getAsDouble() < HIV_CONSIDER_STOP_MONTHS);
    if (ruledOut) {
      return;
    }
    List<String> missing = new ArrayList<>(4);
    if (host.cd4().isEmpty()) {
      missing.add("host.cd4PerUl");
    }
    if (host.onAntiretroviralTherapy().isEmpty()) {
      missing.add("host.onAntiretroviralTherapy");
    }
    if (host.hivRnaSuppressed().isEmpty()) {
      missing.add("host.hivRnaSuppressed");
    }
    if (host.monthsCd4Above100().isEmpty()) {
      missing.add("host.monthsCd4Above100");
    }
    if (missing.isEmpty()) {
      return;
    }
    ledger.alert(
        AlertSeverity.WARNING,
        "hiv_stop_criteria_unknown",
        Message.of(
            MessageKey.HIV_STOP_CRITERIA_UNKNOWN,
            cutOffs.boxed(CutOff.HIV_STOP_CD4),
            cutOffs.boxed(CutOff.HIV_STOP_MONTHS),
            List.copyOf(missing)),
        RuleId.PHASE_HIV_STOP);
  }

  private static void give(DoseDecision.Dosed dosed, Ledger ledger) {
    ledger.regimen.add(Regimens.withDuration(dosed.component(), OptionalInt.empty()));
    ledger.absorb(dosed);
  }
}
