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
  // The alerts with a fixed text, each built once (FixedAlert).
  private static final FixedAlert REDUCE_IMMUNOSUPPRESSION =
      FixedAlert.of(
          AlertSeverity.INFO,
          "reduce_immunosuppression",
          MessageKey.REDUCE_IMMUNOSUPPRESSION,
          RuleId.ADV_IMMUNOSUPPRESSION);

  private static final FixedAlert OPTIMISE_ART =
      FixedAlert.of(
          AlertSeverity.INFO,
          "optimise_art",
          MessageKey.OPTIMISE_ART,
          RuleId.ADV_HIV_ART);

  private static final FixedAlert CSF_PENETRATION =
      FixedAlert.of(
          AlertSeverity.INFO,
          "csf_penetration",
          MessageKey.CSF_PENETRATION,
          RuleId.ADV_CSF_PENETRATION);

  private static final FixedAlert GCV_RESISTANCE_EMERGENCE =
      FixedAlert.of(
          AlertSeverity.INFO,
          "gcv_resistance_emergence",
          MessageKey.GCV_RESISTANCE_EMERGENCE,
          RuleId.ADV_RESISTANCE_EMERGENCE);

  private static final FixedAlert LETERMOVIR_RESISTANCE =
      FixedAlert.of(
          AlertSeverity.WARNING,
          "letermovir_resistance",
          MessageKey.LETERMOVIR_RESISTANCE,
          RuleId.ADV_RESISTANCE_EMERGENCE);

  private static final FixedAlert ORAL_ABILITY_UNKNOWN =
      FixedAlert.of(
          AlertSeverity.INFO,
          "oral_ability_unknown",
          MessageKey.ORAL_ABILITY_UNKNOWN,
          RuleId.REG_NONCNS_ORAL);

  private static final FixedAlert CONSIDER_G_CSF =
      FixedAlert.of(
          AlertSeverity.INFO,
          "consider_g_csf",
          MessageKey.CONSIDER_G_CSF,
          RuleId.ADV_G_CSF);

  private static final FixedAlert G_CSF_NOT_ASSESSED =
      FixedAlert.of(
          AlertSeverity.INFO,
          "g_csf_not_assessed",
          MessageKey.G_CSF_NOT_ASSESSED,
          RuleId.ADV_G_CSF);

  private static final FixedAlert PAEDIATRIC_ORAL_STEP_DOWN =
      FixedAlert.of(
          AlertSeverity.WARNING,
          "paediatric_oral_step_down",
          MessageKey.PAEDIATRIC_ORAL_STEP_DOWN,
          RuleId.REG_PAEDIATRIC_NO_TABLETS);

  private static final FixedAlert HIV_FIELDS_NOT_USED =
      FixedAlert.of(
          AlertSeverity.WARNING,
          "hiv_fields_not_used",
          MessageKey.HIV_FIELDS_NOT_USED,
          RuleId.INPUT_VALIDATION);

  private AdviceRules() {}

  static void advise(
      PatientCase c, RecommendationPhase phase, boolean oralPossible, Ledger ledger, CutOffs cutOffs) {
    HostCategory host = c.host().category();
    if (host.isTransplant() || host == HostCategory.OTHER_IMMUNOCOMPROMISED) {
      ledger.alert(REDUCE_IMMUNOSUPPRESSION);
    }
    if (host == HostCategory.HIV) {
      ledger.alert(OPTIMISE_ART);
    }
    if (c.disease().isCns() && phase == RecommendationPhase.INDUCTION) {
      ledger.alert(CSF_PENETRATION);
    }
    boolean gcvFamily =
        ledger.regimenHas(Drug.GANCICLOVIR) || ledger.regimenHas(Drug.VALGANCICLOVIR);
    if (gcvFamily && phase == RecommendationPhase.MAINTENANCE) {
      ledger.alert(GCV_RESISTANCE_EMERGENCE);
    }
    if (c.treatment().onLetermovir().orElse(false)) {
      ledger.alert(LETERMOVIR_RESISTANCE);
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
      ledger.alert(ORAL_ABILITY_UNKNOWN);
    }
    paediatricOralStepDown(c, phase, oralPossible, ledger);
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
      ledger.alert(CONSIDER_G_CSF);
    } else if (exposureUnknown) {
      ledger.alert(G_CSF_NOT_ASSESSED);
    }
  }

  /**
   * Clinical basis §4 decision (children): where an adult would step down to valganciclovir tablets (rules
   * 4, 5, oral maintenance), a child stays on IV ganciclovir with an alert that oral step-down
   * needs paediatric dosing (VGC-PI §2.3) by a specialist.
   */
  private static void paediatricOralStepDown(
      PatientCase c, RecommendationPhase phase, boolean oralPossible, Ledger ledger) {
    boolean cnsInduction = c.disease().isCns() && phase == RecommendationPhase.INDUCTION;
    if (c.patient().age().years() < ClinicalThresholds.ADULT_AGE_YEARS
        && ledger.regimenHas(Drug.GANCICLOVIR)
        && oralPossible
        && !cnsInduction) {
      ledger.alert(PAEDIATRIC_ORAL_STEP_DOWN);
    }
  }

  private static void unusedHivFields(Host host, Ledger ledger) {
    if (host.category() != HostCategory.HIV
        && (host.onAntiretroviralTherapy().orElse(false)
            || host.hivRnaSuppressed().orElse(false)
            || host.monthsCd4Above100().isPresent())) {
      ledger.alert(HIV_FIELDS_NOT_USED);
    }
  }
}
