package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one decision has concluded so far: regimen, alternatives, exclusions, alerts,
 * monitoring and the rules that fired. Local to one call of {@link TreatmentDecider#decide}
 * and never shared, so it may be mutable; the recommendation built from it is immutable.
 */
final class Ledger {
  final List<RegimenComponent> regimen = new ArrayList<>(2);
  final List<RegimenComponent> alternatives = new ArrayList<>(1);
  final Map<Drug, Exclusion> exclusions = new EnumMap<>(Drug.class);
  final List<Alert> alerts = new ArrayList<>(8);
  // Lists searched by key rather than linked maps: a decision holds a dozen entries at most, in
  // the order first recorded, and a list allocates no node per entry.
  final List<MonitoringItem> monitoring = new ArrayList<>(8);
  final List<RationaleEntry> rationale = new ArrayList<>(16);

  /** Records that {@code rule} fired with the given conclusion (first conclusion kept). */
  void fire(RuleId rule, Message text) {
    // Same as putIfAbsent, without building an entry that would be dropped.
    if (rationaleIndex(rule) < 0) {
      rationale.add(RationaleEntry.of(rule, text));
    }
  }

  /** Raises an alert; the rule that raised it counts as fired. */
  void alert(AlertSeverity severity, String code, Message message, RuleId rule) {
    alerts.add(new Alert(severity, code, message, rule));
    fire(rule, message);
  }

  /** Records an exclusion; the first reason for a drug is kept. */
  void exclude(Exclusion exclusion) {
    // The rationale text is built only if the rule has not fired yet (fire keeps the first).
    if (exclusions.putIfAbsent(exclusion.drug(), exclusion) == null
        && rationaleIndex(exclusion.ruleId()) < 0) {
      fire(
          exclusion.ruleId(),
          Message.of(MessageKey.DRUG_EXCLUDED, exclusion.drug(), exclusion.why()));
    }
  }

  /**
   * Takes over the alerts and rationale a dose decision raised (once per distinct alert). A rule
   * that already has an entry from another drug (e.g. the weight basis of ganciclovir and of
   * foscarnet) keeps one entry, with the new text appended, so the contract's "one entry per rule"
   * holds and no drug's working is lost. Every alert's rule gets an entry (issue 11 item 1).
   */
  void absorb(DoseDecision decision) {
    for (Alert a : decision.alerts()) {
      if (!alerts.contains(a)) {
        alerts.add(a);
      }
    }
    for (RationaleEntry r : decision.rationale()) {
      int i = rationaleIndex(r.ruleId());
      if (i < 0) {
        rationale.add(r);
      } else {
        RationaleEntry known = rationale.get(i);
        Message joined = known.conclusion().and(r.conclusion());
        if (joined != known.conclusion()) {
          rationale.set(i, new RationaleEntry(r.ruleId(), joined, known.source()));
        }
      }
    }
    for (Alert a : decision.alerts()) {
      fire(a.ruleId(), a.text());
    }
  }

  /** Adds a monitoring item unless the test is already listed (the first, most intensive, wins). */
  void monitor(MonitoringTest test, Message frequency, RuleId rule) {
    for (MonitoringItem m : monitoring) {
      if (m.test() == test) {
        return;
      }
    }
    monitoring.add(new MonitoringItem(test, frequency, rule));
    fire(rule, Message.of(MessageKey.RULE_DESCRIPTION, rule.description()));
  }

  /** Returns the position of {@code rule}'s rationale entry, or -1 if it has not fired. */
  private int rationaleIndex(RuleId rule) {
    for (int i = 0; i < rationale.size(); i++) {
      if (rationale.get(i).ruleId() == rule) {
        return i;
      }
    }
    return -1;
  }

  boolean regimenHas(Drug drug) {
    for (RegimenComponent c : regimen) {
      if (c.drug() == drug) {
        return true;
      }
    }
    return false;
  }
}
