package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Html;
import java.util.List;
import java.util.Map;

/** Who is affected: the share of patients whose answer changes, in each group of each breakdown. */
final class WhoSection implements Section {
  private final WhatIfTally t;

  WhoSection(WhatIfTally t) {
    this.t = t;
  }

  static String file(Groups g) {
    return "by_" + WhatIfReport.name(g);
  }

  @Override
  public void tables(Map<String, Table> out) {
    for (Groups g : WhatIfTally.GROUPS) {
      Table.Builder b =
          new Table.Builder(
              "group",
              "patients",
              "any_changed",
              "share_any_changed_percent",
              "status_changed",
              "regimen_changed",
              "dose_changed",
              "exclusions_changed");
      List<String> labels = g.labels();
      for (int i = 0; i < labels.size(); i++) {
        long n = t.groupPatients[g.ordinal()][i];
        long[] ch = t.groupChanged[g.ordinal()][i];
        b.row(
            labels.get(i),
            Long.toString(n),
            Long.toString(ch[WhatIfTally.Change.ANY.ordinal()]),
            Format.percent(ch[WhatIfTally.Change.ANY.ordinal()], n),
            Long.toString(ch[WhatIfTally.Change.STATUS.ordinal()]),
            Long.toString(ch[WhatIfTally.Change.REGIMEN.ordinal()]),
            Long.toString(ch[WhatIfTally.Change.DOSE.ordinal()]),
            Long.toString(ch[WhatIfTally.Change.EXCLUSIONS.ordinal()]));
      }
      out.put(file(g), b.build());
    }
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    h.heading("Who is affected");
    h.paragraph(
        "The share of patients in each group whose answer changes (any of status, regimen, dose,"
            + " exclusions). Groups without patients are shown with no bar.");
    for (Groups g : WhatIfTally.GROUPS) {
      List<String> labels = g.labels();
      double[][] v = new double[1][labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        v[0][i] =
            Format.percentValue(
                t.groupChanged[g.ordinal()][i][WhatIfTally.Change.ANY.ordinal()],
                t.groupPatients[g.ordinal()][i]);
      }
      h.bars("By " + g.title() + ": share changed (%)", labels, List.of("share changed"), v,
          Format::percentText);
      WhatIfReport.table(h, tables, file(g));
    }
  }
}
