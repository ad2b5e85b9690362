package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.List;

/** Other advice (clinical basis §7) and alerts about missing or unused input. */
final class AdviceRules {
  private AdviceRules() {}

  static void advise(PatientCase c, RecommendationPhase phase, Ledger ledger, CutOffs cutOffs) {
    HostCategory host = c.host().category();
    if (host.isTransplant() || host == HostCategory.OTHER_IMMUNOCOMPROMISED) {
      ledger.alert(
          AlertSeverity.INFO,
          "reduce_immunosuppression",
          Message.of(MessageKey.REDUCE_IMMUNOSUPPRESSION),
          RuleId.ADV_IMMUNOSUPPRESSION);
    }
    if (host == HostCategory.HIV) {
      ledger.alert(
          AlertSeverity.INFO,
          "optimise_art",
          Message.of(MessageKey.OPTIMISE_ART),
          RuleId.ADV_HIV_ART);
    }
    if (c.disease().isCns() && phase == RecommendationPhase.INDUCTION) {
      ledger.alert(
          AlertSeverity.INFO,
          "csf_penetration",
          Message.of(MessageKey.CSF_PENETRATION),
          RuleId.ADV_CSF_PENETRATION);
    }
    boolean gcvFamily =
        ledger.regimenHas(Drug.GANCICLOVIR) || ledger.regimenHas(Drug.VALGANCICLOVIR);
    if (gcvFamily && phase == RecommendationPhase.MAINTENANCE) {
      ledger.alert(
          AlertSeverity.INFO,
          "gcv_resistance_emergence",
          Message.of(MessageKey.GCV_RESISTANCE_EMERGENCE),
          RuleId.ADV_RESISTANCE_EMERGENCE);
    }
    if (c.treatment().onLetermovir().orElse(false)) {
      ledger.alert(
          AlertSeverity.WARNING,
          "letermovir_resistance",
          Message.of(MessageKey.LETERMOVIR_RESISTANCE),
          RuleId.ADV_RESISTANCE_EMERGENCE);
    }
    gCsf(c, ledger);
    if (gcvFamily
        && (c.labs().anc().isEmpty()
            || c.labs().platelets().isEmpty()
            || c.labs().hemoglobin().isEmpty())) {
      List<String> missing = new ArrayList<>(3);
      if (c.labs().anc().isEmpty()) {
        missing.add("labs.ancPerUl");
      }
      if (c.labs().platelets().isEmpty()) {
        missing.add("labs.plateletsPerUl");
      }
      if (c.labs().hemoglobin().isEmpty()) {
        missing.add("labs.hemoglobinGPerDl");
      }
      ledger.alert(
          AlertSeverity.WARNING,
          "cbc_unknown",
          Message.of(
              MessageKey.CBC_UNKNOWN,
              List.copyOf(missing),
              cutOffs.boxed(CutOff.CYTOPENIA_ANC),
              cutOffs.boxed(CutOff.CYTOPENIA_PLATELETS),
              cutOffs.get(CutOff.CYTOPENIA_HAEMOGLOBIN)),
          RuleId.DOSE_GCV_CYTOPENIA);
    }
    if (c.treatment().canTakeOral().isEmpty() && !c.disease().isCns()) {
      ledger.alert(
          AlertSeverity.INFO,
          "oral_ability_unknown",
          Message.of(MessageKey.ORAL_ABILITY_UNKNOWN),
          RuleId.REG_NONCNS_ORAL);
    }
    paediatricOralStepDown(c, phase, ledger);
    unusedHivFields(c.host(), ledger);
  }

  /**
   * ADV-G-CSF (clinical basis §4.6, §7): G-CSF treats neutropenia, so it is advised only for ANC
   * below 500 /uL with (val)ganciclovir as the likely cause: the case shows ganciclovir given (days
   * of IV therapy) or not tolerated. Not for isolated anaemia or thrombocytopenia. When the
   * neutropenia is known but whether ganciclovir was given is not, say so (issue 11 item 7).
   */
  private static void gCsf(PatientCase c, Ledger ledger) {
    boolean neutropenia =
        c.labs().anc().filter(v -> v.perMicrolitre() < ClinicalThresholds.GCV_MIN_ANC_PER_UL)
            .isPresent();
    if (!neutropenia) {
      return;
    }
    boolean onGanciclovir =
        (c.treatment().daysOfIvTherapy().isPresent()
                && c.treatment().daysOfIvTherapy().getAsInt() > 0)
            || c.treatment().ganciclovirIntolerance().orElse(false);
    boolean exposureUnknown =
        c.treatment().daysOfIvTherapy().isEmpty()
            && c.treatment().ganciclovirIntolerance().isEmpty();
    if (onGanciclovir) {
      ledger.alert(
          AlertSeverity.INFO,
          "consider_g_csf",
          Message.of(MessageKey.CONSIDER_G_CSF),
          RuleId.ADV_G_CSF);
    } else if (exposureUnknown) {
      ledger.alert(
          AlertSeverity.INFO,
          "g_csf_not_assessed",
          Message.of(MessageKey.G_CSF_NOT_ASSESSED),
          RuleId.ADV_G_CSF);
    }
  }

  /**
   * Clinical basis §4 decision (children): where an adult would step down to valganciclovir tablets (rules
   * 4, 5, oral maintenance), a child stays on IV ganciclovir with an alert that oral step-down
   * needs paediatric dosing (VGC-PI §2.3) by a specialist.
   */
  private static void paediatricOralStepDown(
      PatientCase c, RecommendationPhase phase, Ledger ledger) {
    boolean cnsInduction = c.disease().isCns() && phase == RecommendationPhase.INDUCTION;
    if (c.patient().age().years() < ClinicalThresholds.ADULT_AGE_YEARS
        && ledger.regimenHas(Drug.GANCICLOVIR)
        && OralAbility.oralPossible(c)
        && !cnsInduction) {
      ledger.alert(
          AlertSeverity.WARNING,
          "paediatric_oral_step_down",
          Message.of(MessageKey.PAEDIATRIC_ORAL_STEP_DOWN),
          RuleId.REG_PAEDIATRIC_NO_TABLETS);
    }
  }

  private static void unusedHivFields(Host host, Ledger ledger) {
    if (host.category() != HostCategory.HIV
        && (host.onAntiretroviralTherapy().orElse(false)
            || host.hivRnaSuppressed().orElse(false)
            || host.monthsCd4Above100().isPresent())) {
      ledger.alert(
          AlertSeverity.WARNING,
          "hiv_fields_not_used",
          Message.of(MessageKey.HIV_FIELDS_NOT_USED),
          RuleId.INPUT_VALIDATION);
    }
  }
}
