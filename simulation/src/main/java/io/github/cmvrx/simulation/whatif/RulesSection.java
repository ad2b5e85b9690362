package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.simulation.report.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules fired: patients for whom each rule fired, in the rationale or in an alert, under each
 * policy. The chart shows only the rules whose counts differ, each with its description.
 */
final class RulesSection implements Section {
  private final WhatIfTally t;

  RulesSection(WhatIfTally t) {
    this.t = t;
  }

  @Override
  public void tables(Map<String, Table> out) {
    Table.Builder b =
        new Table.Builder(
            "rule", "description", "patients_fired_a", "patients_fired_b", "difference_patients");
    for (int r = 0; r < WhatIfTally.RULES.length; r++) {
      RuleId id = WhatIfTally.RULES[r];
      b.row(
          id.id(),
          id.description(),
          Long.toString(t.rules[0][r]),
          Long.toString(t.rules[1][r]),
          Long.toString(t.rules[1][r] - t.rules[0][r]));
    }
    out.put("rules", b.build());
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    h.heading("Rules fired (rationale or alert)");
    List<String> labels = new ArrayList<>();
    List<double[]> counts = new ArrayList<>();
    Table.Builder differ =
        new Table.Builder("rule", "description", "patients_fired_a", "patients_fired_b");
    for (int r = 0; r < WhatIfTally.RULES.length; r++) {
      if (t.rules[0][r] != t.rules[1][r]) {
        RuleId id = WhatIfTally.RULES[r];
        labels.add(id.id());
        counts.add(new double[] {t.rules[0][r], t.rules[1][r]});
        differ.row(
            id.id(), id.description(), Long.toString(t.rules[0][r]), Long.toString(t.rules[1][r]));
      }
    }
    if (labels.isEmpty()) {
      h.paragraph("Every rule fires for the same number of patients under both policies.");
      firedTable(h);
      return;
    }
    h.paragraph(
        "Patients for whom a rule fired, counted once per patient whether the rule wrote a"
            + " rationale entry, raised an alert, or both. Only the "
            + labels.size()
            + " rules whose counts differ are shown; rules.csv has every rule.");
    double[][] v = new double[2][labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      v[0][i] = counts.get(i)[0];
      v[1][i] = counts.get(i)[1];
    }
    h.bars("Patients for whom the rule fired", labels, List.of("policy a", "policy b"), v,
        x -> Format.fixed(x, 0));
    Table d = differ.build();
    h.table(d.header(), d.rows());
    firedTable(h);
  }

  /** Every rule that fired under either policy, with its counts, so none is hidden. */
  private void firedTable(Html h) {
    Table.Builder all =
        new Table.Builder("rule", "patients_fired_a", "patients_fired_b", "description");
    for (int r = 0; r < WhatIfTally.RULES.length; r++) {
      if (t.rules[0][r] + t.rules[1][r] > 0) {
        RuleId id = WhatIfTally.RULES[r];
        all.row(
            id.id(), Long.toString(t.rules[0][r]), Long.toString(t.rules[1][r]), id.description());
      }
    }
    Table a = all.build();
    h.paragraph("Every rule that fired under either policy (patients, rationale or alert):");
    h.table(a.header(), a.rows());
  }
}
