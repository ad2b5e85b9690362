package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Patients moved between regimens: regimen under a -> regimen under b, most frequent first. */
final class RegimenSection implements Section {
  /** Moves shown in the HTML; the CSV has them all. */
  static final int SHOWN = 15;

  private final WhatIfTally t;

  RegimenSection(WhatIfTally t) {
    this.t = t;
  }

  @Override
  public void tables(Map<String, Table> out) {
    List<Map.Entry<String, long[]>> moves = new ArrayList<>(t.regimenMoves.entrySet());
    // Most frequent first; ties in the (deterministic) order of the text.
    moves.sort((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]));
    Table.Builder b =
        new Table.Builder("regimen_a", "regimen_b", "patients", "share_of_compared_percent");
    for (Map.Entry<String, long[]> e : moves) {
      String[] ab = e.getKey().split(" -> ", 2);
      b.row(ab[0], ab[1], Long.toString(e.getValue()[0]), Format.percent(e.getValue()[0], t.pairs));
    }
    out.put("regimen_moves", b.build());
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    h.heading("Patients moved between regimens");
    Table all = tables.get("regimen_moves");
    if (all == null || all.rows().isEmpty()) {
      h.paragraph("No patient's regimen (drugs and routes) changes.");
      return;
    }
    List<List<String>> rows = all.rows().subList(0, Math.min(SHOWN, all.rows().size()));
    h.paragraph(
        all.rows().size() > SHOWN
            ? "The " + SHOWN + " most frequent of " + all.rows().size() + " moves (all in"
                + " regimen_moves.csv)."
            : "Every move.");
    h.table(all.header(), rows);
  }
}
