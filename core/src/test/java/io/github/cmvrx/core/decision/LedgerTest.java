package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's bookkeeping: one rationale entry per rule (first conclusion kept), the first
 * exclusion reason per drug (docs/decisions/0006), each distinct alert once, and the first
 * (most intensive) schedule per monitoring test (MonitoringRules, clinical basis §6).
 */
class LedgerTest {

  @Test
  void cleared_afterAnyUse_isEmptyAndTheSameLedgerOnThisThreadOnly() throws Exception {
    Ledger ledger = Ledger.cleared();
    ledger.fire(RuleId.REG_NONCNS_GCV, Message.verbatim("left over"));
    ledger.exclude(new Exclusion(Drug.GANCICLOVIR, "not tolerated", RuleId.REG_GCV_ALTERNATIVE));
    ledger.alert(AlertSeverity.WARNING, "code", Message.verbatim("m"), RuleId.REG_REFRACTORY);
    ledger.monitor(MonitoringTest.CBC, Message.verbatim("weekly"), RuleId.MON_GCV_TOXICITY);
    ledger.regimen.add(dosed(Drug.FOSCARNET, List.of(), RuleId.DOSE_FOS_RENAL).component());
    ledger.alternatives.add(dosed(Drug.MARIBAVIR, List.of(), RuleId.DOSE_MBV).component());

    Ledger again = Ledger.cleared();

    assertThat(again).isSameAs(ledger);
    assertThat(again.rationale).isEmpty();
    assertThat(again.exclusions()).isEmpty();
    assertThat(again.alerts).isEmpty();
    assertThat(again.monitoring).isEmpty();
    assertThat(again.regimen).isEmpty();
    assertThat(again.alternatives).isEmpty();
    // The first reason for a drug is kept: a left-over exclusion would hide the new one.
    Exclusion fresh = new Exclusion(Drug.GANCICLOVIR, "cytopenia", RuleId.DOSE_GCV_CYTOPENIA);
    again.exclude(fresh);
    assertThat(again.exclusions()).containsExactly(fresh);

    Ledger[] other = new Ledger[1];
    Thread t = new Thread(() -> other[0] = Ledger.cleared());
    t.start();
    t.join();
    assertThat(other[0]).isNotNull().isNotSameAs(ledger);
  }

  @Test
  void fire_sameRuleTwice_keepsTheFirstConclusion() {
    Ledger ledger = new Ledger();
    ledger.fire(RuleId.REG_NONCNS_GCV, Message.verbatim("first"));
    ledger.fire(RuleId.REG_NONCNS_GCV, Message.verbatim("second"));
    assertThat(ledger.rationale)
        .extracting(RationaleEntry::text)
        .containsExactly("first");
  }

  @Test
  void alert_addsTheAlertAndFiresItsRuleWithTheMessage() {
    Ledger ledger = new Ledger();
    ledger.alert(AlertSeverity.WARNING, "code", Message.verbatim("message"), RuleId.REG_REFRACTORY);
    assertThat(ledger.alerts)
        .containsExactly(new Alert(AlertSeverity.WARNING, "code", "message", RuleId.REG_REFRACTORY));
    assertThat(entry(ledger, RuleId.REG_REFRACTORY).text()).isEqualTo("message");
  }

  @Test
  void exclude_sameDrugTwice_keepsTheFirstReasonAndFiresOnlyItsRule() {
    Ledger ledger = new Ledger();
    Exclusion first = new Exclusion(Drug.GANCICLOVIR, "not tolerated", RuleId.REG_GCV_ALTERNATIVE);
    Exclusion second = new Exclusion(Drug.GANCICLOVIR, "kidneys", RuleId.DOSE_NO_LABEL_DOSE);
    ledger.exclude(first);
    ledger.exclude(second);
    assertThat(ledger.exclusions()).containsExactly(first);
    assertThat(rules(ledger)).containsExactly(RuleId.REG_GCV_ALTERNATIVE);
    assertThat(entry(ledger, RuleId.REG_GCV_ALTERNATIVE).text())
        .isEqualTo("ganciclovir excluded: not tolerated");
  }

  @Test
  void absorb_sameAlertFromTwoDoses_listedOnceWithBothRationaleRules() {
    Alert shared = new Alert(AlertSeverity.WARNING, "obesity", "weight", RuleId.ADV_OBESITY_WEIGHT);
    Ledger ledger = new Ledger();
    ledger.absorb(dosed(Drug.GANCICLOVIR, List.of(shared), RuleId.DOSE_GCV_RENAL));
    ledger.absorb(dosed(Drug.FOSCARNET, List.of(shared), RuleId.DOSE_FOS_RENAL));
    assertThat(ledger.alerts).containsExactly(shared);
    // Every alert's rule gets an entry too (issue 11 item 1), once.
    assertThat(rules(ledger))
        .containsExactly(RuleId.DOSE_GCV_RENAL, RuleId.ADV_OBESITY_WEIGHT, RuleId.DOSE_FOS_RENAL);
  }

  @Test
  void absorb_sameRuleFromTwoDrugs_oneEntryWithBothTexts() {
    Ledger ledger = new Ledger();
    ledger.absorb(dosed(Drug.GANCICLOVIR, List.of(), RuleId.DOSE_WEIGHT_BASIS));
    ledger.absorb(
        new DoseDecision.Dosed(
            dosed(Drug.FOSCARNET, List.of(), RuleId.DOSE_FOS_RENAL).component(),
            List.of(),
            List.of(RationaleEntry.of(RuleId.DOSE_WEIGHT_BASIS, "foscarnet by weight"))));
    assertThat(entry(ledger, RuleId.DOSE_WEIGHT_BASIS).text())
        .endsWith("; foscarnet by weight");
  }

  @Test
  void monitor_sameTestTwice_firstScheduleWinsAndOnlyItsRuleFires() {
    Ledger ledger = new Ledger();
    ledger.monitor(MonitoringTest.CBC, Message.verbatim("before each dose"), RuleId.MON_CDV_TOXICITY);
    ledger.monitor(MonitoringTest.CBC, Message.verbatim("weekly"), RuleId.MON_GCV_TOXICITY);
    assertThat(item(ledger, MonitoringTest.CBC).frequency()).isEqualTo("before each dose");
    assertThat(rules(ledger)).containsExactly(RuleId.MON_CDV_TOXICITY);
    assertThat(entry(ledger, RuleId.MON_CDV_TOXICITY).text())
        .isEqualTo(RuleId.MON_CDV_TOXICITY.description());
  }

  @Test
  void regimenHas_onlyTheDrugsInTheRegimen() {
    Ledger ledger = new Ledger();
    assertThat(ledger.regimenHas(Drug.GANCICLOVIR)).isFalse();
    ledger.regimen.add(dosed(Drug.FOSCARNET, List.of(), RuleId.DOSE_FOS_RENAL).component());
    assertThat(ledger.regimenHas(Drug.FOSCARNET)).isTrue();
    assertThat(ledger.regimenHas(Drug.GANCICLOVIR)).isFalse();
  }

  @Test
  void exclusions_threeDrugs_inDrugOrderAsAListOf() {
    Ledger ledger = Ledger.cleared();
    Exclusion cdv = new Exclusion(Drug.CIDOFOVIR, "kidneys", RuleId.DOSE_NO_LABEL_DOSE);
    Exclusion gcv = new Exclusion(Drug.GANCICLOVIR, "not tolerated", RuleId.REG_GCV_ALTERNATIVE);
    Exclusion fos = new Exclusion(Drug.FOSCARNET, "kidneys", RuleId.DOSE_NO_LABEL_DOSE);
    ledger.exclude(cdv);
    ledger.exclude(gcv);
    ledger.exclude(fos);
    // Drug order: ganciclovir, valganciclovir, foscarnet, cidofovir, maribavir, letermovir.
    List<Exclusion> expected = List.of(gcv, fos, cdv);
    assertThat(ledger.exclusions()).isEqualTo(expected);
    assertThat(List.copyOf(ledger.exclusions())).isEqualTo(expected);
  }

  @Test
  void exclusions_oneOrTwoDrugs_inDrugOrderAsAListOf() {
    Ledger ledger = Ledger.cleared();
    Exclusion ltv =
        new Exclusion(Drug.LETERMOVIR, "prophylaxis only", RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY);
    ledger.exclude(ltv);
    List<Exclusion> one = ledger.exclusions();
    assertThat(one).isEqualTo(List.of(ltv));
    // A List.of list: List.copyOf returns it.
    assertThat(List.copyOf(one)).isSameAs(one);
    Exclusion vgc = new Exclusion(Drug.VALGANCICLOVIR, "CNS induction", RuleId.REG_CNS_COMBINATION);
    ledger.exclude(vgc);
    // Valganciclovir comes before letermovir in drug order, though excluded after it.
    assertThat(ledger.exclusions()).isEqualTo(List.of(vgc, ltv));
    List<Exclusion> two = ledger.exclusions();
    assertThat(List.copyOf(two)).isSameAs(two);
  }

  private static DoseDecision.Dosed dosed(Drug drug, List<Alert> alerts, RuleId rule) {
    RegimenComponent c =
        RegimenComponent.builder()
            .drug(drug)
            .route(Route.IV)
            .dose(Milligrams.of(100))
            .intervalHours(12)
            .infusionMinutes(60)
            .ruleId(rule)
            .build();
    return new DoseDecision.Dosed(
        c, alerts, List.of(RationaleEntry.of(rule, "dose")));
  }

  private static RationaleEntry entry(Ledger ledger, RuleId rule) {
    return ledger.rationale.stream().filter(r -> r.ruleId() == rule).findFirst().orElseThrow();
  }

  private static List<RuleId> rules(Ledger ledger) {
    return ledger.rationale.stream().map(RationaleEntry::ruleId).toList();
  }

  private static MonitoringItem item(Ledger ledger, MonitoringTest test) {
    return ledger.monitoring.stream().filter(m -> m.test() == test).findFirst().orElseThrow();
  }
}
