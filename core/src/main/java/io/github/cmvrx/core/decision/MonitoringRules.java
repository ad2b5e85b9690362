package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.RuleId;

/**
 * The monitoring list (clinical basis §6). Where two drugs ask for the same test, the more
 * intensive schedule is listed: foscarnet and cidofovir before (val)ganciclovir.
 */
final class MonitoringRules {
  private MonitoringRules() {}

  static void list(PatientCase c, RecommendationPhase phase, Ledger ledger) {
    boolean induction = phase == RecommendationPhase.INDUCTION;
    if (phase == RecommendationPhase.STOP_MAINTENANCE) {
      // After stopping: follow-up, not "treat until below threshold" (spec 6, issue 11 item 10).
      ledger.monitor(
          MonitoringTest.CMV_PCR,
          "every 3 months after stopping maintenance, and at once if symptoms recur",
          RuleId.MON_AFTER_STOP);
      ledger.monitor(
          MonitoringTest.CD4_COUNT,
          "every 3 months; restart maintenance if CD4 falls below 100 /uL",
          RuleId.MON_AFTER_STOP);
    } else {
      ledger.monitor(
          MonitoringTest.CMV_PCR, "weekly; treat until below threshold", RuleId.MON_CMV_PCR);
    }
    if (ledger.regimenHas(Drug.FOSCARNET)) {
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE,
          induction ? "2-3 times a week during induction" : "weekly during maintenance",
          RuleId.MON_FOS_TOXICITY);
      ledger.monitor(
          MonitoringTest.ELECTROLYTES,
          "ionised calcium, magnesium, potassium and phosphate with every creatinine",
          RuleId.MON_FOS_TOXICITY);
    }
    if (ledger.regimenHas(Drug.CIDOFOVIR)) {
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE,
          "within 48 h before each dose",
          RuleId.MON_CDV_TOXICITY);
      ledger.monitor(
          MonitoringTest.URINE_PROTEIN, "within 48 h before each dose", RuleId.MON_CDV_TOXICITY);
      ledger.monitor(
          MonitoringTest.CBC, "before each dose", RuleId.MON_CDV_TOXICITY);
    }
    if (ledger.regimenHas(Drug.GANCICLOVIR) || ledger.regimenHas(Drug.VALGANCICLOVIR)) {
      ledger.monitor(
          MonitoringTest.CBC,
          induction
              ? "every 2 days during induction"
              : "weekly during maintenance",
          RuleId.MON_GCV_TOXICITY);
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE, "at least weekly", RuleId.MON_GCV_TOXICITY);
    }
    if (c.disease().isCns() && induction) {
      ledger.monitor(
          MonitoringTest.CSF_CMV_PCR, "at the end of induction", RuleId.MON_CSF_PCR);
    }
    if (c.disease().hasRetinitis()) {
      ledger.monitor(
          MonitoringTest.OPHTHALMOLOGY_EXAM,
          phase == RecommendationPhase.STOP_MAINTENANCE
              ? "quarterly after stopping maintenance"
              : "at baseline and as ophthalmology advises",
          RuleId.MON_RETINITIS);
    }
  }
}
