package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The monitoring rule kept per key ({@link MonitoringRules.Schedule}) records exactly what the
 * rule evaluated directly records, for every key and whatever the ledger holds already; and the
 * key reads the five facts of clinical basis §6 the list depends on.
 */
class MonitoringScheduleTest {

  /** What a ledger may hold before the monitoring rule runs (the first: nothing). */
  private static List<Consumer<Ledger>> before() {
    List<Consumer<Ledger>> states = new ArrayList<>();
    states.add(l -> {});
    states.add(l -> l.fire(RuleId.REG_NONCNS_GCV, Message.verbatim("regimen chosen")));
    for (RuleId rule :
        new RuleId[] {
          RuleId.MON_CMV_PCR,
          RuleId.MON_FOS_TOXICITY,
          RuleId.MON_CDV_TOXICITY,
          RuleId.MON_GCV_TOXICITY,
          RuleId.MON_CSF_PCR,
          RuleId.MON_AFTER_STOP,
          RuleId.MON_RETINITIS
        }) {
      states.add(l -> l.fire(rule, Message.verbatim("fired before")));
    }
    for (MonitoringTest test : MonitoringTest.values()) {
      states.add(l -> l.monitor(test, Message.verbatim("listed before"), RuleId.MON_CDV_TOXICITY));
    }
    return states;
  }

  @Test
  void schedule_everyKeyAndEveryLedgerBefore_recordsWhatTheRuleEvaluatedDirectlyRecords() {
    List<Consumer<Ledger>> states = before();
    for (int key = 0; key < MonitoringRules.KEYS; key++) {
      for (int s = 0; s < states.size(); s++) {
        Ledger direct = new Ledger();
        states.get(s).accept(direct);
        MonitoringRules.evaluate(key, direct);
        Ledger kept = new Ledger();
        states.get(s).accept(kept);
        kept.monitor(MonitoringRules.schedule(key));
        assertThat(new ArrayList<MonitoringItem>(kept.monitoring))
            .as("key %d, ledger before %d", key, s)
            .isEqualTo(new ArrayList<MonitoringItem>(direct.monitoring));
        assertThat(new ArrayList<RationaleEntry>(kept.rationale))
            .as("key %d, ledger before %d", key, s)
            .isEqualTo(new ArrayList<RationaleEntry>(direct.rationale));
      }
    }
  }

  @Test
  void schedule_sameKey_madeOnce() {
    int key = MonitoringRules.key(RecommendationPhase.INDUCTION, 0, false, false);
    assertThat(MonitoringRules.schedule(key)).isSameAs(MonitoringRules.schedule(key));
  }

  /**
   * CNS induction with ganciclovir and foscarnet (clinical basis §4.1, §6): plasma PCR, the
   * foscarnet creatinine schedule before ganciclovir's, electrolytes, the ganciclovir blood count,
   * CSF PCR at the end of induction; one entry per rule, in that order.
   */
  @Test
  void schedule_cnsInductionGanciclovirAndFoscarnet_foscarnetCreatinineFirst() {
    int key =
        MonitoringRules.key(
            RecommendationPhase.INDUCTION,
            DrugSet.bit(Drug.GANCICLOVIR) | DrugSet.bit(Drug.FOSCARNET),
            true,
            false);
    Ledger ledger = new Ledger();
    ledger.monitor(MonitoringRules.schedule(key));
    assertThat(ledger.monitoring)
        .containsExactly(
            new MonitoringItem(
                MonitoringTest.CMV_PCR, Message.of(MessageKey.MON_PCR_WEEKLY), RuleId.MON_CMV_PCR),
            new MonitoringItem(
                MonitoringTest.SERUM_CREATININE,
                Message.of(MessageKey.MON_TWICE_OR_THRICE_WEEKLY_INDUCTION),
                RuleId.MON_FOS_TOXICITY),
            new MonitoringItem(
                MonitoringTest.ELECTROLYTES,
                Message.of(MessageKey.MON_ELECTROLYTES_WITH_CREATININE),
                RuleId.MON_FOS_TOXICITY),
            new MonitoringItem(
                MonitoringTest.CBC,
                Message.of(MessageKey.MON_EVERY_2_DAYS_INDUCTION),
                RuleId.MON_GCV_TOXICITY),
            new MonitoringItem(
                MonitoringTest.CSF_CMV_PCR,
                Message.of(MessageKey.MON_END_OF_INDUCTION),
                RuleId.MON_CSF_PCR));
    assertThat(ledger.rationale)
        .extracting(RationaleEntry::ruleId)
        .containsExactly(
            RuleId.MON_CMV_PCR, RuleId.MON_FOS_TOXICITY, RuleId.MON_GCV_TOXICITY, RuleId.MON_CSF_PCR);
  }

  /**
   * Foscarnet, cidofovir and ganciclovir together: the creatinine is foscarnet's and the blood
   * count cidofovir's (the more intensive schedules first), so ganciclovir adds no test and its
   * rule gets no entry.
   */
  @Test
  void schedule_allThreeDrugFamilies_ganciclovirAddsNothing() {
    int key =
        MonitoringRules.key(
            RecommendationPhase.MAINTENANCE,
            DrugSet.bit(Drug.FOSCARNET)
                | DrugSet.bit(Drug.CIDOFOVIR)
                | DrugSet.bit(Drug.VALGANCICLOVIR),
            false,
            false);
    Ledger ledger = new Ledger();
    ledger.monitor(MonitoringRules.schedule(key));
    assertThat(ledger.monitoring)
        .extracting(MonitoringItem::test, MonitoringItem::ruleId)
        .containsExactly(
            tuple(MonitoringTest.CMV_PCR, RuleId.MON_CMV_PCR),
            tuple(
                MonitoringTest.SERUM_CREATININE, RuleId.MON_FOS_TOXICITY),
            tuple(MonitoringTest.ELECTROLYTES, RuleId.MON_FOS_TOXICITY),
            tuple(MonitoringTest.URINE_PROTEIN, RuleId.MON_CDV_TOXICITY),
            tuple(MonitoringTest.CBC, RuleId.MON_CDV_TOXICITY));
    assertThat(ledger.rationale)
        .extracting(RationaleEntry::ruleId)
        .containsExactly(RuleId.MON_CMV_PCR, RuleId.MON_FOS_TOXICITY, RuleId.MON_CDV_TOXICITY);
  }

  @Test
  void key_readsThePhaseAndTheFiveFacts() {
    int none = MonitoringRules.key(RecommendationPhase.STOP_MAINTENANCE, 0, false, false);
    assertThat(MonitoringRules.phase(none)).isEqualTo(RecommendationPhase.STOP_MAINTENANCE);
    for (int fact :
        new int[] {
          MonitoringRules.FOSCARNET,
          MonitoringRules.CIDOFOVIR,
          MonitoringRules.GANCICLOVIR_FAMILY,
          MonitoringRules.CNS,
          MonitoringRules.RETINITIS
        }) {
      assertThat(MonitoringRules.has(none, fact)).isFalse();
    }
    int valganciclovir =
        MonitoringRules.key(
            RecommendationPhase.MAINTENANCE, DrugSet.bit(Drug.VALGANCICLOVIR), false, true);
    assertThat(MonitoringRules.phase(valganciclovir)).isEqualTo(RecommendationPhase.MAINTENANCE);
    assertThat(MonitoringRules.has(valganciclovir, MonitoringRules.GANCICLOVIR_FAMILY)).isTrue();
    assertThat(MonitoringRules.has(valganciclovir, MonitoringRules.RETINITIS)).isTrue();
    assertThat(MonitoringRules.has(valganciclovir, MonitoringRules.FOSCARNET)).isFalse();
    assertThat(MonitoringRules.has(valganciclovir, MonitoringRules.CNS)).isFalse();
    // Maribavir and letermovir have no monitoring line of their own.
    int maribavir =
        MonitoringRules.key(
            RecommendationPhase.INDUCTION,
            DrugSet.bit(Drug.MARIBAVIR) | DrugSet.bit(Drug.CIDOFOVIR),
            true,
            false);
    assertThat(maribavir)
        .isEqualTo(
            MonitoringRules.key(
                RecommendationPhase.INDUCTION, DrugSet.bit(Drug.CIDOFOVIR), true, false));
    assertThat(MonitoringRules.has(maribavir, MonitoringRules.CIDOFOVIR)).isTrue();
    assertThat(MonitoringRules.has(maribavir, MonitoringRules.CNS)).isTrue();
  }

  @Test
  void keys_distinctForEveryPhaseAndFacts() {
    boolean[] seen = new boolean[MonitoringRules.KEYS];
    int n = 0;
    for (RecommendationPhase phase : RecommendationPhase.values()) {
      for (int drugs = 0; drugs < 8; drugs++) {
        int mask =
            ((drugs & 1) != 0 ? DrugSet.bit(Drug.FOSCARNET) : 0)
                | ((drugs & 2) != 0 ? DrugSet.bit(Drug.CIDOFOVIR) : 0)
                | ((drugs & 4) != 0 ? DrugSet.bit(Drug.GANCICLOVIR) : 0);
        for (int disease = 0; disease < 4; disease++) {
          int key = MonitoringRules.key(phase, mask, (disease & 1) != 0, (disease & 2) != 0);
          assertThat(seen[key]).isFalse();
          seen[key] = true;
          n++;
        }
      }
    }
    assertThat(n).isEqualTo(MonitoringRules.KEYS);
  }
}
