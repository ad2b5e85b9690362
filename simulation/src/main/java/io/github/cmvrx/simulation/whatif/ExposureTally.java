package io.github.cmvrx.simulation.whatif;

import java.io.Serializable;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.exposure.Exposure;
import io.github.cmvrx.exposure.ExposureEstimate;
import io.github.cmvrx.exposure.NotEstimatedReason;
import io.github.cmvrx.exposure.ReferenceRange;
import io.github.cmvrx.exposure.RelativeToReference;
import io.github.cmvrx.simulation.aggregate.Histogram;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import java.util.Arrays;
import java.util.List;

/**
 * The mergeable exposure part of a what-if (issue 14): per policy, drug (ganciclovir,
 * valganciclovir) and phase (induction, maintenance), the distribution of individual AUC24 and
 * Cmin (statistics and chart bins), the share below, within and above the reference range, the
 * components not estimated by reason; the same shares by kidney band and by weight band; and per
 * patient the paired change from policy a to policy b (category transitions, and the change of
 * AUC24 and Cmin where both are estimated).
 *
 * <p>Mutable while one thread fills it; {@link #merge} is associative and exact for counts; the
 * sums are doubles, so chunks are merged in index order (as {@link WhatIfTally}).
 */
final class ExposureTally implements Serializable {
  private static final long serialVersionUID = 1L;

  static final Drug[] DRUGS = {Drug.GANCICLOVIR, Drug.VALGANCICLOVIR};
  static final RecommendationPhase[] PHASES = {
    RecommendationPhase.INDUCTION, RecommendationPhase.MAINTENANCE
  };
  static final NotEstimatedReason[] REASONS = NotEstimatedReason.values();
  static final KidneyBand[] BANDS = KidneyBand.values();
  static final WeightBand[] WEIGHTS = WeightBand.values();
  static final Category[] CATEGORIES = Category.values();

  /** AUC24 chart bins: 0 to 300 mg.h/L in steps of 5, then one bin for everything above. */
  static final double AUC_BIN = 5;

  static final int AUC_BINS = 60;

  /** Cmin chart bins: 0 to 12 mg/L in steps of 0.25, then one bin for everything above. */
  static final double CMIN_BIN = 0.25;

  static final int CMIN_BINS = 48;

  /** Where one component's exposure lies against its phase's AUC24 range, or why none. */
  enum Category {
    BELOW,
    WITHIN,
    ABOVE,
    NOT_ESTIMATED,
    /** The patient has no ganciclovir or valganciclovir component (transitions only). */
    NO_GANCICLOVIR;

    static Category of(ExposureEstimate e) {
      if (e instanceof ExposureEstimate.Estimated est) {
        return est.relativeToReference().map(Category::of).orElse(NOT_ESTIMATED);
      }
      return NOT_ESTIMATED;
    }

    static Category of(RelativeToReference r) {
      switch (r) {
        case BELOW:
          return BELOW;
        case WITHIN:
          return WITHIN;
        default:
          return ABOVE;
      }
    }
  }

  /** Actual body weight bands, kg, lower edge included (a reporting grouping only). */
  enum WeightBand {
    UNDER_50(0),
    KG_50_70(50),
    KG_70_90(70),
    KG_90_110(90),
    KG_110_PLUS(110);

    final double lowerKg;

    WeightBand(double lowerKg) {
      this.lowerKg = lowerKg;
    }

    static WeightBand of(double kg) {
      WeightBand[] all = values();
      for (int i = all.length - 1; i > 0; i--) {
        if (kg >= all[i].lowerKg) {
          return all[i];
        }
      }
      return UNDER_50;
    }
  }

  // [policy][drug][phase]
  final Histogram[][][] auc24 = new Histogram[2][2][2];
  final Histogram[][][] cmin = new Histogram[2][2][2];
  final long[][][][] aucBins = new long[2][2][2][AUC_BINS + 1];
  final long[][][][] cminBins = new long[2][2][2][CMIN_BINS + 1];
  final long[][][][] aucRelative = new long[2][2][2][3];
  final long[][][][] cminRelative = new long[2][2][2][3];
  final long[][][][] notEstimated = new long[2][2][2][REASONS.length];
  // [policy][band][category without NO_GANCICLOVIR]
  final long[][][] byKidneyBand = new long[2][BANDS.length][4];
  final long[][][] byWeightBand = new long[2][WEIGHTS.length][4];
  // paired, per patient
  final long[][] transitions = new long[CATEGORIES.length][CATEGORIES.length];
  final SignedHistogram aucChange = new SignedHistogram();
  final SignedHistogram cminChange = new SignedHistogram();

  ExposureTally() {
    for (int p = 0; p < 2; p++) {
      for (int d = 0; d < 2; d++) {
        for (int f = 0; f < 2; f++) {
          auc24[p][d][f] = new Histogram();
          cmin[p][d][f] = new Histogram();
        }
      }
    }
  }

  /**
   * Adds one patient: the estimates under policy a and b (from the same individual etas).
   *
   * @param band the kidney band
   * @param weightKg actual body weight
   * @param a the recommendation under policy a
   * @param ea its exposure estimates
   * @param b the recommendation under policy b
   * @param eb its exposure estimates
   */
  void add(
      KidneyBand band,
      double weightKg,
      Recommendation a,
      List<ExposureEstimate> ea,
      Recommendation b,
      List<ExposureEstimate> eb) {
    WeightBand weight = WeightBand.of(weightKg);
    record(WhatIfTally.A, band, weight, a, ea);
    record(WhatIfTally.B, band, weight, b, eb);
    Category ca = ea.isEmpty() ? Category.NO_GANCICLOVIR : Category.of(ea.get(0));
    Category cb = eb.isEmpty() ? Category.NO_GANCICLOVIR : Category.of(eb.get(0));
    transitions[ca.ordinal()][cb.ordinal()]++;
    if (!ea.isEmpty()
        && !eb.isEmpty()
        && ea.get(0) instanceof ExposureEstimate.Estimated xa
        && eb.get(0) instanceof ExposureEstimate.Estimated xb) {
      aucChange.add(xb.exposure().auc24MgHPerL() - xa.exposure().auc24MgHPerL());
      cminChange.add(xb.exposure().cminMgPerL() - xa.exposure().cminMgPerL());
    }
  }

  private void record(
      int policy, KidneyBand band, WeightBand weight, Recommendation r, List<ExposureEstimate> es) {
    if (es.isEmpty() || r.phase().isEmpty()) {
      return;
    }
    int phase = phaseIndex(r.phase().get());
    for (ExposureEstimate e : es) {
      int drug = e.drug() == Drug.GANCICLOVIR ? 0 : 1;
      Category c = Category.of(e);
      byKidneyBand[policy][band.ordinal()][c.ordinal()]++;
      byWeightBand[policy][weight.ordinal()][c.ordinal()]++;
      if (phase < 0) {
        continue;
      }
      if (e instanceof ExposureEstimate.Estimated est) {
        Exposure x = est.exposure();
        auc24[policy][drug][phase].add(x.auc24MgHPerL());
        cmin[policy][drug][phase].add(x.cminMgPerL());
        aucBins[policy][drug][phase][bin(x.auc24MgHPerL(), AUC_BIN, AUC_BINS)]++;
        cminBins[policy][drug][phase][bin(x.cminMgPerL(), CMIN_BIN, CMIN_BINS)]++;
        if (c != Category.NOT_ESTIMATED) {
          aucRelative[policy][drug][phase][c.ordinal()]++;
        }
        if (est.referenceCmin().isPresent()) {
          ReferenceRange range = est.referenceCmin().get();
          cminRelative[policy][drug][phase][range.classify(x.cminMgPerL()).ordinal()]++;
        }
      } else {
        notEstimated[policy][drug][phase][((ExposureEstimate.NotEstimated) e).reason().ordinal()]++;
      }
    }
  }

  static int phaseIndex(RecommendationPhase phase) {
    switch (phase) {
      case INDUCTION:
        return 0;
      case MAINTENANCE:
        return 1;
      default:
        return -1;
    }
  }

  private static int bin(double value, double width, int bins) {
    return (int) Math.min(bins, Math.floor(value / width));
  }

  /**
   * Adds {@code other} (the higher indices) to this tally.
   *
   * @param other the tally of the following patients
   * @return this tally
   */
  @CanIgnoreReturnValue
  ExposureTally merge(ExposureTally other) {
    for (int p = 0; p < 2; p++) {
      for (int d = 0; d < 2; d++) {
        for (int f = 0; f < 2; f++) {
          auc24[p][d][f].merge(other.auc24[p][d][f]);
          cmin[p][d][f].merge(other.cmin[p][d][f]);
          addAll(aucBins[p][d][f], other.aucBins[p][d][f]);
          addAll(cminBins[p][d][f], other.cminBins[p][d][f]);
          addAll(aucRelative[p][d][f], other.aucRelative[p][d][f]);
          addAll(cminRelative[p][d][f], other.cminRelative[p][d][f]);
          addAll(notEstimated[p][d][f], other.notEstimated[p][d][f]);
        }
      }
      for (int k = 0; k < BANDS.length; k++) {
        addAll(byKidneyBand[p][k], other.byKidneyBand[p][k]);
      }
      for (int w = 0; w < WEIGHTS.length; w++) {
        addAll(byWeightBand[p][w], other.byWeightBand[p][w]);
      }
    }
    for (int i = 0; i < CATEGORIES.length; i++) {
      addAll(transitions[i], other.transitions[i]);
    }
    aucChange.merge(other.aucChange);
    cminChange.merge(other.cminChange);
    return this;
  }

  private static void addAll(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExposureTally t
        && Arrays.deepEquals(auc24, t.auc24)
        && Arrays.deepEquals(cmin, t.cmin)
        && Arrays.deepEquals(aucBins, t.aucBins)
        && Arrays.deepEquals(cminBins, t.cminBins)
        && Arrays.deepEquals(aucRelative, t.aucRelative)
        && Arrays.deepEquals(cminRelative, t.cminRelative)
        && Arrays.deepEquals(notEstimated, t.notEstimated)
        && Arrays.deepEquals(byKidneyBand, t.byKidneyBand)
        && Arrays.deepEquals(byWeightBand, t.byWeightBand)
        && Arrays.deepEquals(transitions, t.transitions)
        && aucChange.equals(t.aucChange)
        && cminChange.equals(t.cminChange);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(transitions);
  }

  /**
   * A mergeable distribution of signed values: magnitudes of the negative and of the positive
   * values in two {@link Histogram}s, and the count of exact zeros.
   */
  static final class SignedHistogram {
    final Histogram decreases = new Histogram();
    final Histogram increases = new Histogram();
    long unchanged;
    double sum;

    void add(double value) {
      sum += value;
      if (value > 0) {
        increases.add(value);
      } else if (value < 0) {
        decreases.add(-value);
      } else {
        unchanged++;
      }
    }

    long count() {
      return decreases.count() + increases.count() + unchanged;
    }

    double mean() {
      long n = count();
      return n == 0 ? Double.NaN : sum / n;
    }

    /** The p-th percentile of the signed values (from the histograms' bins). */
    double percentile(double p) {
      long n = count();
      if (n == 0) {
        return Double.NaN;
      }
      long rank = Math.max(1, (long) Math.ceil(p / 100 * n));
      long down = decreases.count();
      if (rank <= down) {
        // the rank-th smallest signed value is the (down - rank + 1)-th largest decrease
        return -decreases.percentile(100.0 * (down - rank + 1) / down);
      }
      if (rank <= down + unchanged) {
        return 0;
      }
      long up = increases.count();
      return increases.percentile(100.0 * (rank - down - unchanged) / up);
    }

    void merge(SignedHistogram other) {
      decreases.merge(other.decreases);
      increases.merge(other.increases);
      unchanged += other.unchanged;
      sum += other.sum;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SignedHistogram s
          && decreases.equals(s.decreases)
          && increases.equals(s.increases)
          && unchanged == s.unchanged
          && Double.compare(sum, s.sum) == 0;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(unchanged) * 31 + Double.hashCode(sum);
    }
  }
}
