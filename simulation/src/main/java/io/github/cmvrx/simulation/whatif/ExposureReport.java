package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.exposure.PopulationModel;
import io.github.cmvrx.exposure.ReferenceRange;
import io.github.cmvrx.simulation.aggregate.Histogram;
import io.github.cmvrx.simulation.report.Html;
import io.github.cmvrx.simulation.report.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the exposure part of a what-if ({@link ExposureTally}): tables (written as CSV and as
 * arrays in {@code whatif.json}), summary lines and an HTML section with distribution charts on
 * which the reference range is drawn. Pure functions of the tally.
 */
final class ExposureReport {
  private ExposureReport() {}

  private static final double[] PERCENTILES = {5, 25, 50, 75, 95};
  private static final String[] POLICY_NAMES = {"a", "b"};

  static final String DISCLAIMER =
      "Individual steady-state ganciclovir exposure from the CALDES-2009 population PK model"
          + " (adult solid organ transplant recipients), with its between-subject variability."
          + " Informational: the reference ranges are suggested, not validated, targets"
          + " (KOTTON-2025) and never change a dose; the maintenance range 40-60 mg.h/L is"
          + " unverified (docs/exposure.md). Not estimated: under 18, kidney replacement therapy,"
          + " CrCl outside 10-100 mL/min, schedules without a fixed interval. Percentiles come"
          + " from log-spaced bins (within 2.3%); means are exact. This supports clinicians; it"
          + " does not replace them.";

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static Optional<ReferenceRange> aucRange(int phase) {
    return ReferenceRange.auc24For(ExposureTally.PHASES[phase]);
  }

  private static Optional<ReferenceRange> cminRange(int phase) {
    return ReferenceRange.cminFor(ExposureTally.PHASES[phase]);
  }

  /** The tables, by file name, each a header row and data rows. */
  static Map<String, List<List<String>>> tables(ExposureTally x) {
    Map<String, List<List<String>>> m = new LinkedHashMap<>();
    List<List<String>> dist = new ArrayList<>();
    List<String> header =
        new ArrayList<>(List.of("policy", "drug", "phase", "estimated", "not_estimated"));
    for (String measure : new String[] {"auc24_mg_h_per_l", "cmin_mg_per_l"}) {
      header.add(measure + "_mean");
      for (double p : PERCENTILES) {
        header.add(measure + "_p" + (int) p);
      }
    }
    header.addAll(
        List.of(
            "auc24_reference_low",
            "auc24_reference_high",
            "auc24_share_below",
            "auc24_share_within",
            "auc24_share_above",
            "cmin_reference_low",
            "cmin_reference_high",
            "cmin_share_below",
            "cmin_share_within",
            "cmin_share_above"));
    dist.add(header);
    for (int p = 0; p < 2; p++) {
      for (int d = 0; d < 2; d++) {
        for (int f = 0; f < 2; f++) {
          Histogram auc = x.auc24[p][d][f];
          Histogram cmin = x.cmin[p][d][f];
          long missing = sum(x.notEstimated[p][d][f]);
          if (auc.count() + missing == 0) {
            continue;
          }
          List<String> row =
              new ArrayList<>(
                  List.of(
                      POLICY_NAMES[p],
                      name(ExposureTally.DRUGS[d]),
                      name(ExposureTally.PHASES[f]),
                      Long.toString(auc.count()),
                      Long.toString(missing)));
          for (Histogram h : new Histogram[] {auc, cmin}) {
            row.add(Numbers.format(h.mean()));
            for (double pc : PERCENTILES) {
              row.add(Numbers.format(h.percentile(pc)));
            }
          }
          addRange(row, aucRange(f), x.aucRelative[p][d][f], auc.count());
          addRange(row, cminRange(f), x.cminRelative[p][d][f], cmin.count());
          dist.add(row);
        }
      }
    }
    m.put("exposure_distribution", dist);

    List<List<String>> missing = new ArrayList<>();
    missing.add(List.of("policy", "drug", "phase", "reason", "components"));
    for (int p = 0; p < 2; p++) {
      for (int d = 0; d < 2; d++) {
        for (int f = 0; f < 2; f++) {
          for (int r = 0; r < ExposureTally.REASONS.length; r++) {
            long n = x.notEstimated[p][d][f][r];
            if (n > 0) {
              missing.add(
                  List.of(
                      POLICY_NAMES[p],
                      name(ExposureTally.DRUGS[d]),
                      name(ExposureTally.PHASES[f]),
                      ExposureTally.REASONS[r].jsonName(),
                      Long.toString(n)));
            }
          }
        }
      }
    }
    m.put("exposure_not_estimated", missing);
    m.put("exposure_by_kidney_band", grouped("kidney_band", ExposureTally.BANDS, x.byKidneyBand));
    m.put("exposure_by_weight_band", grouped("weight_band", ExposureTally.WEIGHTS, x.byWeightBand));

    List<List<String>> transitions = new ArrayList<>();
    transitions.add(List.of("category_a", "category_b", "patients"));
    for (ExposureTally.Category a : ExposureTally.CATEGORIES) {
      for (ExposureTally.Category b : ExposureTally.CATEGORIES) {
        long n = x.transitions[a.ordinal()][b.ordinal()];
        if (n > 0) {
          transitions.add(List.of(name(a), name(b), Long.toString(n)));
        }
      }
    }
    m.put("exposure_transitions", transitions);

    List<List<String>> change = new ArrayList<>();
    List<String> changeHeader =
        new ArrayList<>(
            List.of("measure", "patients_compared", "increased", "decreased", "unchanged", "mean"));
    for (double p : PERCENTILES) {
      changeHeader.add("p" + (int) p);
    }
    change.add(changeHeader);
    changeRow(change, "auc24_mg_h_per_l", x.aucChange);
    changeRow(change, "cmin_mg_per_l", x.cminChange);
    m.put("exposure_paired_change", change);
    return m;
  }

  private static void changeRow(
      List<List<String>> rows, String measure, ExposureTally.SignedHistogram h) {
    List<String> row =
        new ArrayList<>(
            List.of(
                measure,
                Long.toString(h.count()),
                Long.toString(h.increases.count()),
                Long.toString(h.decreases.count()),
                Long.toString(h.unchanged),
                Numbers.format(h.mean())));
    for (double p : PERCENTILES) {
      row.add(Numbers.format(h.percentile(p)));
    }
    rows.add(row);
  }

  private static void addRange(
      List<String> row, Optional<ReferenceRange> range, long[] relative, long estimated) {
    if (range.isEmpty()) {
      row.addAll(List.of("", "", "", "", ""));
      return;
    }
    row.add(Numbers.format(range.get().low()));
    row.add(Numbers.format(range.get().high()));
    for (int k = 0; k < 3; k++) {
      row.add(Numbers.format(Numbers.share(relative[k], estimated)));
    }
  }

  private static List<List<String>> grouped(String key, Enum<?>[] groups, long[][][] counts) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "policy",
            key,
            "components",
            "below",
            "within",
            "above",
            "not_estimated",
            "share_below",
            "share_within",
            "share_above"));
    for (int p = 0; p < 2; p++) {
      for (int g = 0; g < groups.length; g++) {
        long[] c = counts[p][g];
        long total = sum(c);
        if (total == 0) {
          continue;
        }
        long estimated = c[0] + c[1] + c[2];
        rows.add(
            List.of(
                POLICY_NAMES[p],
                name(groups[g]),
                Long.toString(total),
                Long.toString(c[0]),
                Long.toString(c[1]),
                Long.toString(c[2]),
                Long.toString(c[3]),
                Numbers.format(Numbers.share(c[0], estimated)),
                Numbers.format(Numbers.share(c[1], estimated)),
                Numbers.format(Numbers.share(c[2], estimated))));
      }
    }
    return rows;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  /** Summary lines: per drug and phase, median AUC24 and share within the range, a -> b. */
  static String summary(ExposureTally x) {
    StringBuilder s = new StringBuilder();
    s.append("ganciclovir exposure (")
        .append(PopulationModel.CALDES_2009.key())
        .append(", individual values; informational, ranges suggested not validated):")
        .append(System.lineSeparator());
    for (int d = 0; d < 2; d++) {
      for (int f = 0; f < 2; f++) {
        Histogram ha = x.auc24[0][d][f];
        Histogram hb = x.auc24[1][d][f];
        if (ha.count() + hb.count() == 0) {
          continue;
        }
        ReferenceRange r = aucRange(f).orElseThrow();
        s.append(
            String.format(
                Locale.ROOT,
                "  %-14s %-11s median AUC24 %s -> %s mg.h/L; within %s-%s: %s -> %s (n %d -> %d)%n",
                name(ExposureTally.DRUGS[d]),
                name(ExposureTally.PHASES[f]),
                Numbers.format(ha.percentile(50), 1),
                Numbers.format(hb.percentile(50), 1),
                Numbers.format(r.low()),
                Numbers.format(r.high()),
                Numbers.format(Numbers.share(x.aucRelative[0][d][f][1], ha.count()), 3),
                Numbers.format(Numbers.share(x.aucRelative[1][d][f][1], hb.count()), 3),
                ha.count(),
                hb.count()));
      }
    }
    return s.toString();
  }

  /** Adds the exposure section to a page. */
  static void html(Html h, ExposureTally x, Map<String, Table> tables) {
    h.heading("Ganciclovir exposure (" + PopulationModel.CALDES_2009.key() + ")");
    h.paragraph(DISCLAIMER);
    for (int d = 0; d < 2; d++) {
      for (int f = 0; f < 2; f++) {
        if (x.auc24[0][d][f].count() + x.auc24[1][d][f].count() == 0) {
          continue;
        }
        String title = name(ExposureTally.DRUGS[d]) + ", " + name(ExposureTally.PHASES[f]);
        ReferenceRange auc = aucRange(f).orElseThrow();
        h.paragraph("AUC24, " + title + ": individual values under policy a and policy b");
        h.distributionChart(
            "AUC24 (mg.h/L)",
            ExposureTally.AUC_BIN,
            List.of("policy a", "policy b"),
            new long[][] {x.aucBins[0][d][f], x.aucBins[1][d][f]},
            auc.low(),
            auc.high(),
            "reference " + Numbers.format(auc.low()) + "-" + Numbers.format(auc.high()));
        Optional<ReferenceRange> cmin = cminRange(f);
        if (cmin.isPresent()) {
          h.paragraph("Cmin, " + title);
          h.distributionChart(
              "Cmin (mg/L)",
              ExposureTally.CMIN_BIN,
              List.of("policy a", "policy b"),
              new long[][] {x.cminBins[0][d][f], x.cminBins[1][d][f]},
              cmin.get().low(),
              cmin.get().high(),
              "reference "
                  + Numbers.format(cmin.get().low())
                  + "-"
                  + Numbers.format(cmin.get().high()));
        }
      }
    }
    for (String key :
        new String[] {
          "exposure_distribution",
          "exposure_paired_change",
          "exposure_transitions",
          "exposure_by_kidney_band",
          "exposure_by_weight_band",
          "exposure_not_estimated"
        }) {
      Table table = java.util.Objects.requireNonNull(tables.get(key), key);
      h.paragraph(key.replace('_', ' '));
      h.table(table.header(), table.rows());
    }
  }

}
