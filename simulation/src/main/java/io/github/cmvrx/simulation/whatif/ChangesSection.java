package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How many patients' answer changes, by kind of change, with example patients. */
final class ChangesSection implements Section {
  private final WhatIfRun run;
  private final WhatIfTally t;

  ChangesSection(WhatIfRun run, WhatIfTally t) {
    this.run = run;
    this.t = t;
  }

  long base(WhatIfTally.Change c) {
    return c == WhatIfTally.Change.STATUS || c == WhatIfTally.Change.ANY ? t.patients : t.pairs;
  }

  @Override
  public void tables(Map<String, Table> out) {
    Table.Builder changes =
        new Table.Builder(
            "measure",
            "description",
            "patients_compared",
            "patients_changed",
            "share_changed_percent");
    Table.Builder examples = new Table.Builder("measure", "patient_index", "reproduce_command");
    for (WhatIfTally.Change c : WhatIfTally.CHANGES) {
      long n = t.changed[c.ordinal()];
      changes.row(
          WhatIfReport.name(c),
          c.description,
          Long.toString(base(c)),
          Long.toString(n),
          Format.percent(n, base(c)));
      for (long index : t.examples[c.ordinal()]) {
        if (index >= 0) {
          examples.row(WhatIfReport.name(c), Long.toString(index), run.patientCommand(index));
        }
      }
    }
    out.put("changes", changes.build());
    out.put("examples", examples.build());
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    h.heading("Share of patients whose answer changes");
    h.paragraph(
        String.format(
            java.util.Locale.ROOT,
            "%d patients; answered under a %d, under b %d; compared (answered under both) %d.",
            t.patients,
            t.answered[0],
            t.answered[1],
            t.pairs));
    List<String> labels = new ArrayList<>();
    double[][] shares = new double[1][WhatIfTally.CHANGES.length];
    for (WhatIfTally.Change c : WhatIfTally.CHANGES) {
      labels.add(c.description);
      shares[0][c.ordinal()] = Format.percentValue(t.changed[c.ordinal()], base(c));
    }
    h.bars("Share of patients changed (%)", labels, List.of("share changed"), shares,
        Format::percentText);
    WhatIfReport.table(h, tables, "changes");
    h.heading("Example patients for each kind of change");
    h.paragraph(
        "The first patients (lowest index) with each kind of change; each command reruns that one"
            + " patient under both policies.");
    WhatIfReport.table(h, tables, "examples");
  }
}
