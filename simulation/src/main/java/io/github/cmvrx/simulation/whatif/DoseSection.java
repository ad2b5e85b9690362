package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * By how much: each drug's daily dose under each policy (exact percentiles of the doses given)
 * and, for the same patient, the paired change from a to b (direction and size).
 */
final class DoseSection implements Section {
  static final double[] PERCENTILES = {5, 25, 50, 75, 95};

  /** Edges of the relative-change buckets, percent; a bucket is [edge, next edge). */
  static final double[] PERCENT_EDGES = {-100, -50, -25, -10, 0, 1e-9, 10, 25, 50};

  static final String[] PERCENT_LABELS = {
    "-100% to -50%", "-50% to -25%", "-25% to -10%", "-10% to 0%", "unchanged (0%)",
    "0% to +10%", "+10% to +25%", "+25% to +50%", "+50% or more"
  };

  private final WhatIfTally t;

  DoseSection(WhatIfTally t) {
    this.t = t;
  }

  private boolean used(int d) {
    return t.dailyMg[0][d].count() + t.dailyMg[1][d].count() > 0;
  }

  @Override
  public void tables(Map<String, Table> out) {
    List<String> header =
        new ArrayList<>(List.of("policy", "drug", "patients", "mean_mg_per_day", "min_mg_per_day"));
    for (double p : PERCENTILES) {
      header.add("p" + (int) p + "_mg_per_day");
    }
    header.add("max_mg_per_day");
    header.add("distinct_values");
    Table.Builder daily = new Table.Builder(header.toArray(String[]::new));
    for (int p = 0; p < 2; p++) {
      for (int d = 0; d < WhatIfTally.DRUGS.length; d++) {
        ExactCounts c = t.dailyMg[p][d];
        List<String> row =
            new ArrayList<>(
                List.of(
                    p == 0 ? "a" : "b",
                    WhatIfReport.name(WhatIfTally.DRUGS[d]),
                    Long.toString(c.count()),
                    Format.mg(c.mean()),
                    Format.mg(c.min())));
        for (double pc : PERCENTILES) {
          row.add(Format.mg(c.percentile(pc)));
        }
        row.add(Format.mg(c.max()));
        row.add(Integer.toString(c.distinct()));
        daily.row(row);
      }
    }
    out.put("daily_dose", daily.build());

    List<String> ch =
        new ArrayList<>(
            List.of("drug", "patients_with_drug_in_both", "higher", "lower", "same", "started",
                "stopped"));
    for (double p : PERCENTILES) {
      ch.add("p" + (int) p + "_change_mg_per_day");
    }
    ch.add("median_change_percent");
    Table.Builder change = new Table.Builder(ch.toArray(String[]::new));
    for (int d = 0; d < WhatIfTally.DRUGS.length; d++) {
      long[] m = t.moves[d];
      List<String> row =
          new ArrayList<>(
              List.of(
                  WhatIfReport.name(WhatIfTally.DRUGS[d]),
                  Long.toString(t.deltaMg[d].count()),
                  Long.toString(m[WhatIfTally.Move.HIGHER.ordinal()]),
                  Long.toString(m[WhatIfTally.Move.LOWER.ordinal()]),
                  Long.toString(m[WhatIfTally.Move.SAME.ordinal()]),
                  Long.toString(m[WhatIfTally.Move.STARTED.ordinal()]),
                  Long.toString(m[WhatIfTally.Move.STOPPED.ordinal()])));
      for (double pc : PERCENTILES) {
        row.add(Format.mg(t.deltaMg[d].percentile(pc)));
      }
      row.add(Format.fixed(t.deltaPercent[d].percentile(50), 1));
      change.row(row);
    }
    out.put("dose_change", change.build());

    Table.Builder buckets = new Table.Builder("drug", "relative_change", "patients");
    for (int d = 0; d < WhatIfTally.DRUGS.length; d++) {
      if (t.deltaMg[d].count() == 0) {
        continue;
      }
      long[] counts = bucketCounts(d);
      for (int k = 0; k < counts.length; k++) {
        buckets.row(WhatIfReport.name(WhatIfTally.DRUGS[d]), PERCENT_LABELS[k],
            Long.toString(counts[k]));
      }
    }
    out.put("dose_change_distribution", buckets.build());
  }

  long[] bucketCounts(int d) {
    long[] counts = new long[PERCENT_LABELS.length];
    ExactCounts pct = t.deltaPercent[d];
    for (int k = 0; k < PERCENT_EDGES.length; k++) {
      double lo = PERCENT_EDGES[k];
      double hi = k + 1 < PERCENT_EDGES.length ? PERCENT_EDGES[k + 1] : Double.POSITIVE_INFINITY;
      counts[k] = k == 4 ? pct.countIn(0, 1e-9) : pct.countIn(lo, hi);
    }
    return counts;
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    h.heading("By how much: daily dose per drug");
    h.paragraph(
        "Daily dose = amount a week / 7, in mg/day to 0.1 mg. Percentiles are exact (nearest rank:"
            + " always a dose some patient was given); means, minima and maxima are exact.");
    List<String> drugs = new ArrayList<>();
    List<double[]> med = new ArrayList<>();
    for (int d = 0; d < WhatIfTally.DRUGS.length; d++) {
      if (used(d)) {
        drugs.add(WhatIfReport.name(WhatIfTally.DRUGS[d]));
        med.add(
            new double[] {t.dailyMg[0][d].percentile(50), t.dailyMg[1][d].percentile(50)});
      }
    }
    double[][] v = new double[2][drugs.size()];
    for (int i = 0; i < drugs.size(); i++) {
      v[0][i] = med.get(i)[0];
      v[1][i] = med.get(i)[1];
    }
    h.bars("Median daily dose (mg/day)", drugs, List.of("policy a", "policy b"), v,
        x -> Format.mg(x) + " mg/day");
    WhatIfReport.table(h, tables, "daily_dose");
    h.heading("By how much: the same patient's daily dose, a to b");
    h.paragraph(
        "For each patient with the drug under both policies, the change b - a in mg/day and in"
            + " percent of a; started / stopped: the drug is only under b / only under a.");
    WhatIfReport.table(h, tables, "dose_change");
    for (int d = 0; d < WhatIfTally.DRUGS.length; d++) {
      if (t.deltaMg[d].count() == 0
          || t.moves[d][WhatIfTally.Move.SAME.ordinal()] == t.deltaMg[d].count()) {
        continue;
      }
      long[] counts = bucketCounts(d);
      double[][] bv = new double[1][counts.length];
      for (int k = 0; k < counts.length; k++) {
        bv[0][k] = counts[k];
      }
      h.bars(
          WhatIfReport.name(WhatIfTally.DRUGS[d]) + ": patients by relative change of the daily"
              + " dose, a to b",
          List.of(PERCENT_LABELS),
          List.of("patients"),
          bv,
          x -> Format.fixed(x, 0));
    }
  }
}
