package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;

/**
 * The monitoring list (clinical basis §6). Where two drugs ask for the same test, the more
 * intensive schedule is listed: foscarnet and cidofovir before (val)ganciclovir.
 *
 * <p>The list depends on five facts only: the phase, whether foscarnet, cidofovir or a drug of
 * the ganciclovir family is in the regimen, CNS disease and retinitis ({@link #key}). The rule
 * is written once, in {@link #evaluate}; what it records for each key is kept in a {@link
 * Schedule}, made from {@link #evaluate} the first time the key is asked for, so a decision
 * appends the list in one step rather than asking the ledger test by test.
 */
final class MonitoringRules {
  /** In a {@link #key}: foscarnet is in the regimen. */
  static final int FOSCARNET = 1;

  /** In a {@link #key}: cidofovir is in the regimen. */
  static final int CIDOFOVIR = 2;

  /** In a {@link #key}: ganciclovir or valganciclovir is in the regimen. */
  static final int GANCICLOVIR_FAMILY = 4;

  /** In a {@link #key}: the disease involves the CNS. */
  static final int CNS = 8;

  /** In a {@link #key}: the disease includes retinitis. */
  static final int RETINITIS = 16;

  /** The number of combinations of the five facts of a key within one phase. */
  private static final int FACTS = 32;

  /** The phases, by their place in a {@link #key}. */
  private static final RecommendationPhase[] PHASES = {
    RecommendationPhase.INDUCTION,
    RecommendationPhase.MAINTENANCE,
    RecommendationPhase.STOP_MAINTENANCE
  };

  /** The number of distinct keys. */
  static final int KEYS = PHASES.length * FACTS;

  // By key, made when first asked for. A benign race: two threads may each make an equal
  // schedule for a key; either is kept (a schedule is immutable, its fields final).
  private static final Schedule[] SCHEDULES = new Schedule[KEYS];

  private MonitoringRules() {}

  static void list(PatientCase c, RecommendationPhase phase, Ledger ledger) {
    int key = key(phase, ledger.regimenDrugs(), c.disease().isCns(), c.disease().hasRetinitis());
    ledger.monitor(schedule(key));
  }

  /**
   * The key of the facts the monitoring list depends on.
   *
   * @param phase the phase of the recommendation
   * @param regimenDrugs the drugs in the regimen, a {@link DrugSet} mask
   * @param cns whether the disease involves the CNS
   * @param retinitis whether the disease includes retinitis
   */
  static int key(RecommendationPhase phase, int regimenDrugs, boolean cns, boolean retinitis) {
    int facts = 0;
    if ((regimenDrugs & DrugSet.bit(Drug.FOSCARNET)) != 0) {
      facts |= FOSCARNET;
    }
    if ((regimenDrugs & DrugSet.bit(Drug.CIDOFOVIR)) != 0) {
      facts |= CIDOFOVIR;
    }
    if ((regimenDrugs & (DrugSet.bit(Drug.GANCICLOVIR) | DrugSet.bit(Drug.VALGANCICLOVIR))) != 0) {
      facts |= GANCICLOVIR_FAMILY;
    }
    if (cns) {
      facts |= CNS;
    }
    if (retinitis) {
      facts |= RETINITIS;
    }
    int place =
        switch (phase) {
          case INDUCTION -> 0;
          case MAINTENANCE -> 1;
          case STOP_MAINTENANCE -> 2;
        };
    return place * FACTS + facts;
  }

  /** The phase of a {@link #key}. */
  static RecommendationPhase phase(int key) {
    return PHASES[key / FACTS];
  }

  /** Whether the fact {@code fact} (e.g. {@link #CNS}) holds in a {@link #key}. */
  static boolean has(int key, int fact) {
    return (key % FACTS & fact) != 0;
  }

  /** The schedule of a {@link #key}: what {@link #evaluate} records for it. */
  static Schedule schedule(int key) {
    Schedule s = SCHEDULES[key];
    if (s == null) {
      s = Schedule.of(key);
      SCHEDULES[key] = s;
    }
    return s;
  }

  /**
   * The rule itself, evaluated directly: one {@link Ledger#monitor(MonitoringTest, Message,
   * RuleId) monitor} call per line of the table of clinical basis §6, the more intensive schedule
   * first.
   *
   * @param key the facts ({@link #key})
   * @param ledger the ledger to record the items and the rules' entries in
   */
  static void evaluate(int key, Ledger ledger) {
    RecommendationPhase phase = phase(key);
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
    if (has(key, FOSCARNET)) {
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE,
          induction ? Message.of(MessageKey.MON_TWICE_OR_THRICE_WEEKLY_INDUCTION) : Message.of(MessageKey.MON_WEEKLY_MAINTENANCE),
          RuleId.MON_FOS_TOXICITY);
      ledger.monitor(
          MonitoringTest.ELECTROLYTES,
          Message.of(MessageKey.MON_ELECTROLYTES_WITH_CREATININE),
          RuleId.MON_FOS_TOXICITY);
    }
    if (has(key, CIDOFOVIR)) {
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE,
          Message.of(MessageKey.MON_WITHIN_48_H_BEFORE_DOSE),
          RuleId.MON_CDV_TOXICITY);
      ledger.monitor(
          MonitoringTest.URINE_PROTEIN, Message.of(MessageKey.MON_WITHIN_48_H_BEFORE_DOSE), RuleId.MON_CDV_TOXICITY);
      ledger.monitor(
          MonitoringTest.CBC, Message.of(MessageKey.MON_BEFORE_EACH_DOSE), RuleId.MON_CDV_TOXICITY);
    }
    if (has(key, GANCICLOVIR_FAMILY)) {
      ledger.monitor(
          MonitoringTest.CBC,
          induction
              ? Message.of(MessageKey.MON_EVERY_2_DAYS_INDUCTION)
              : Message.of(MessageKey.MON_WEEKLY_MAINTENANCE),
          RuleId.MON_GCV_TOXICITY);
      ledger.monitor(
          MonitoringTest.SERUM_CREATININE, Message.of(MessageKey.MON_AT_LEAST_WEEKLY), RuleId.MON_GCV_TOXICITY);
    }
    if (has(key, CNS) && induction) {
      ledger.monitor(
          MonitoringTest.CSF_CMV_PCR, Message.of(MessageKey.MON_END_OF_INDUCTION), RuleId.MON_CSF_PCR);
    }
    if (has(key, RETINITIS)) {
      ledger.monitor(
          MonitoringTest.OPHTHALMOLOGY_EXAM,
          phase == RecommendationPhase.STOP_MAINTENANCE
              ? Message.of(MessageKey.MON_QUARTERLY_AFTER_STOP)
              : Message.of(MessageKey.MON_AT_BASELINE_AS_ADVISED),
          RuleId.MON_RETINITIS);
    }
  }

  /**
   * The monitoring rule for one {@link #key}: the items {@link #evaluate} lists on a ledger that
   * monitors nothing yet, in order, and the description entries of their rules, in the order they
   * are added. Kept rather than evaluated again for every case because it depends on the key only
   * (the items and entries are the ledger's shared values); {@link Ledger#monitor(Schedule)}
   * records it as {@link #evaluate} would, on any ledger. Immutable.
   */
  static final class Schedule {
    private final MonitoringItem[] items;
    private final RationaleEntry[] described;

    private Schedule(MonitoringItem[] items, RationaleEntry[] described) {
      this.items = items;
      this.described = described;
    }

    /** Evaluates the rule for {@code key} on an empty ledger and keeps what it recorded. */
    static Schedule of(int key) {
      Ledger empty = new Ledger();
      evaluate(key, empty);
      return new Schedule(
          empty.monitoring.toArray(new MonitoringItem[0]),
          empty.rationale.toArray(new RationaleEntry[0]));
    }

    /** The number of items. */
    int size() {
      return items.length;
    }

    /** The item at {@code i}, in list order. */
    MonitoringItem item(int i) {
      return items[i];
    }

    /** The number of description entries. */
    int describedSize() {
      return described.length;
    }

    /** The description entry at {@code i}, in the order {@link #evaluate} adds them. */
    RationaleEntry described(int i) {
      return described[i];
    }
  }
}
