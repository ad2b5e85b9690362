package io.github.cmvrx.simulation.invariant;

import static io.github.cmvrx.simulation.invariant.Scaffold.PASS;
import static io.github.cmvrx.simulation.invariant.Scaffold.fail;
import static io.github.cmvrx.simulation.invariant.Scaffold.phase;
import static io.github.cmvrx.simulation.invariant.Scaffold.whenAnswered;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The explanation invariants: rationale entries that resolve and cite their rule, every alert,
 * exclusion, regimen component and monitoring item explained, no unexplained empty regimen.
 * Each is a value; {@link Invariants#catalogue()} lists them all.
 */
final class ExplanationInvariants {
  private ExplanationInvariants() {}

  /** Rationale present and cited. */
  static final Invariant RATIONALE_CITED =
      whenAnswered(
          "rationale-cited",
          "An answered recommendation has a rationale; every entry's source resolves in the"
              + " citation catalogue and is one of its rule's sources; every rule that produced a"
              + " regimen component or an exclusion has an entry",
          List.of(),
          (s, r) -> {
            if (r.rationale().isEmpty()) {
              return fail("answered recommendation without a rationale");
            }
            Map<RuleId, Boolean> cited = new EnumMap<>(RuleId.class);
            for (RationaleEntry e : r.rationale()) {
              if (Source.forKey(e.source().key()).orElse(null) != e.source()) {
                return fail("rationale source %s does not resolve", e.source().key());
              }
              if (!e.ruleId().sources().contains(e.source())) {
                return fail(
                    "rationale of %s cites %s, which is not among its sources %s",
                    e.ruleId().id(), e.source().key(), e.ruleId().sources());
              }
              cited.put(e.ruleId(), true);
            }
            for (RegimenComponent c : r.regimen()) {
              if (!cited.containsKey(c.ruleId())) {
                return fail("regimen rule %s has no rationale entry", c.ruleId().id());
              }
            }
            for (Exclusion e : r.excluded()) {
              if (!cited.containsKey(e.ruleId())) {
                return fail("exclusion rule %s has no rationale entry", e.ruleId().id());
              }
            }
            return PASS;
          });

  /**
   * Every rule named in a recommendation has a rationale entry (contract: one entry per rule that
   * fired; clinical basis §7; issue 11 item 1).
   */
  static final Invariant EVERY_RULE_IN_RATIONALE =
      whenAnswered(
          "every-rule-in-rationale",
          "Every alert's, exclusion's, regimen component's, alternative's and monitoring item's"
              + " rule id appears in the rationale",
          List.of(),
          (s, r) -> {
            boolean[] cited = new boolean[RuleId.values().length];
            for (RationaleEntry e : r.rationale()) {
              cited[e.ruleId().ordinal()] = true;
            }
            for (Alert a : r.alerts()) {
              if (!cited[a.ruleId().ordinal()]) {
                return fail("alert %s: rule %s has no rationale entry", a.code(), a.ruleId().id());
              }
            }
            for (Exclusion e : r.excluded()) {
              if (!cited[e.ruleId().ordinal()]) {
                return fail(
                    "exclusion of %s: rule %s has no rationale entry", e.drug(), e.ruleId().id());
              }
            }
            for (RegimenComponent c : r.regimen()) {
              if (!cited[c.ruleId().ordinal()]) {
                return fail(
                    "regimen component %s: rule %s has no rationale entry",
                    c.drug(),
                    c.ruleId().id());
              }
            }
            for (RegimenComponent c : r.alternatives()) {
              if (!cited[c.ruleId().ordinal()]) {
                return fail(
                    "alternative %s: rule %s has no rationale entry", c.drug(), c.ruleId().id());
              }
            }
            for (MonitoringItem m : r.monitoring()) {
              if (!cited[m.ruleId().ordinal()]) {
                return fail(
                    "monitoring %s: rule %s has no rationale entry", m.test(), m.ruleId().id());
              }
            }
            return PASS;
          });

  /** Empty regimen only with the no-safe-regimen alert or when stopping maintenance. */
  static final Invariant EMPTY_REGIMEN_EXPLAINED =
      whenAnswered(
          "empty-regimen-explained",
          "An answered recommendation has an empty regimen only in stop_maintenance or with a"
              + " critical REG-NO-SAFE-REGIMEN alert",
          List.of(RuleId.REG_NO_SAFE_REGIMEN),
          (s, r) -> {
            if (!r.regimen().isEmpty()
                || phase(r) == RecommendationPhase.STOP_MAINTENANCE) {
              return PASS;
            }
            for (Alert a : r.alerts()) {
              if (a.severity() == AlertSeverity.CRITICAL && a.ruleId() == RuleId.REG_NO_SAFE_REGIMEN) {
                return PASS;
              }
            }
            return fail("empty regimen in %s without a critical REG-NO-SAFE-REGIMEN alert", phase(r));
          });
}
