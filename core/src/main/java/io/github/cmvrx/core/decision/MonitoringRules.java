package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
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
          Message.of(MessageKey.MON_PCR_AFTER_STOP),
          RuleId.MON_AFTER_STOP);
      ledger.monitor(
          MonitoringTest.CD4_COUNT,
          Message.of(MessageKey.MON_CD4_AFTER_STOP),
          RuleId.MON_AFTER_STOP);
    } else {
      ledger.monitor(
          MonitoringTest.CMV_PCR, Message.of(MessageKey.MON_PCR_WEEKLY), RuleId.MON_CMV_PCR);
    }
    if (ledger.regimenHas(Drug.FOSCARNET)) {
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE,
          induction ? Message.of(MessageKey.MON_TWICE_OR_THRICE_WEEKLY_INDUCTION) : Message.of(MessageKey.MON_WEEKLY_MAINTENANCE),
          RuleId.MON_FOS_TOXICITY);
      ledger.monitor(
          MonitoringTest.ELECTROLYTES,
          Message.of(MessageKey.MON_ELECTROLYTES_WITH_CREATININE),
          RuleId.MON_FOS_TOXICITY);
    }
    if (ledger.regimenHas(Drug.CIDOFOVIR)) {
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE,
          Message.of(MessageKey.MON_WITHIN_48_H_BEFORE_DOSE),
          RuleId.MON_CDV_TOXICITY);
      ledger.monitor(
          MonitoringTest.URINE_PROTEIN, Message.of(MessageKey.MON_WITHIN_48_H_BEFORE_DOSE), RuleId.MON_CDV_TOXICITY);
      ledger.monitor(
          MonitoringTest.CBC, Message.of(MessageKey.MON_BEFORE_EACH_DOSE), RuleId.MON_CDV_TOXICITY);
    }
    if (ledger.regimenHas(Drug.GANCICLOVIR) || ledger.regimenHas(Drug.VALGANCICLOVIR)) {
      ledger.monitor(
          MonitoringTest.CBC,
          induction
              ? Message.of(MessageKey.MON_EVERY_2_DAYS_INDUCTION)
              : Message.of(MessageKey.MON_WEEKLY_MAINTENANCE),
          RuleId.MON_GCV_TOXICITY);
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE, Message.of(MessageKey.MON_AT_LEAST_WEEKLY), RuleId.MON_GCV_TOXICITY);
    }
    if (c.disease().isCns() && induction) {
      ledger.monitor(
          MonitoringTest.CSF_CMV_PCR, Message.of(MessageKey.MON_END_OF_INDUCTION), RuleId.MON_CSF_PCR);
    }
    if (c.disease().hasRetinitis()) {
      ledger.monitor(
          MonitoringTest.OPHTHALMOLOGY_EXAM,
          phase == RecommendationPhase.STOP_MAINTENANCE
              ? Message.of(MessageKey.MON_QUARTERLY_AFTER_STOP)
              : Message.of(MessageKey.MON_AT_BASELINE_AS_ADVISED),
          RuleId.MON_RETINITIS);
    }
  }
}
