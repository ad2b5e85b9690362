package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import java.util.List;
import java.util.Optional;

/** Test-only queries over a recommendation, shared by the decision tests. */
final class Recs {
  private Recs() {}

  static Recommendation decide(CaseDraft draft) {
    return decide(draft, new FakeDosing());
  }

  static Recommendation decide(CaseDraft draft, FakeDosing dosing) {
    PatientCase c = draft.build();
    return TreatmentDecider.decide(
        c, DoseFacts.collect(dosing, TreatmentDecider.dosePhase(c)), CutOffs.defaults());
  }

  static List<Drug> drugs(Recommendation r) {
    return r.regimen().stream().map(RegimenComponent::drug).toList();
  }

  static List<Drug> alternatives(Recommendation r) {
    return r.alternatives().stream().map(RegimenComponent::drug).toList();
  }

  static List<RuleId> rules(Recommendation r) {
    return r.rationale().stream().map(RationaleEntry::ruleId).toList();
  }

  /** The rationale text of {@code rule}, or empty if the rule did not fire. */
  static Optional<String> why(Recommendation r, RuleId rule) {
    return r.rationale().stream()
        .filter(e -> e.ruleId() == rule)
        .map(RationaleEntry::text)
        .findFirst();
  }

  static List<Drug> excludedDrugs(Recommendation r) {
    return r.excluded().stream().map(Exclusion::drug).toList();
  }

  static Optional<Exclusion> excluded(Recommendation r, Drug drug) {
    return r.excluded().stream().filter(e -> e.drug() == drug).findFirst();
  }

  static Optional<Alert> alert(Recommendation r, String code) {
    return r.alerts().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  static List<String> alertCodes(Recommendation r) {
    return r.alerts().stream().map(Alert::code).toList();
  }

  static Optional<MonitoringItem> monitoring(Recommendation r, MonitoringTest test) {
    return r.monitoring().stream().filter(m -> m.test() == test).findFirst();
  }
}
