package io.github.cmvrx.simulation.whatif;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.simulation.aggregate.Histogram;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable paired comparison of two policies over a range of patients: how many patients'
 * regimen, dose or exclusions change, the daily dose per drug under each policy (histograms),
 * rules fired under each, and the changes by host and by kidney band.
 *
 * <p>Mutable while one thread fills it; {@link #merge} is associative and exact (counts, and
 * histogram sums kept exactly), so any split of the patients gives the same tally. Serializable,
 * so a partition's tally can travel from a Spark executor to the driver.
 */
public final class WhatIfTally implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int A = 0;
  static final int B = 1;

  /** The change measures, in report order. */
  enum Change {
    STATUS,
    REGIMEN,
    DOSE,
    EXCLUSIONS
  }

  static final Drug[] DRUGS = Drug.values();
  static final RuleId[] RULES = RuleId.values();
  static final HostCategory[] HOSTS = HostCategory.values();
  static final KidneyBand[] BANDS = KidneyBand.values();
  static final Change[] CHANGES = Change.values();

  long patients;
  final long[] answered = new long[2];
  long pairs;
  final long[] changed = new long[CHANGES.length];
  final long[][] rules = new long[2][RULES.length];
  final Histogram[][] dailyMg = new Histogram[2][DRUGS.length];
  final long[] hostPatients = new long[HOSTS.length];
  final long[][] hostChanged = new long[HOSTS.length][CHANGES.length];
  final long[] bandPatients = new long[BANDS.length];
  final long[][] bandChanged = new long[BANDS.length][CHANGES.length];

  /** The exposure section, or null when the run has none. */
  final @Nullable ExposureTally exposure;

  /** Creates an empty tally without an exposure section. */
  public WhatIfTally() {
    this(null);
  }

  WhatIfTally(@Nullable ExposureTally exposure) {
    this.exposure = exposure;
    for (int p = 0; p < 2; p++) {
      for (int d = 0; d < DRUGS.length; d++) {
        dailyMg[p][d] = new Histogram();
      }
    }
  }

  void add(HostCategory host, KidneyBand band, Recommendation a, Recommendation b) {
    patients++;
    hostPatients[host.ordinal()]++;
    bandPatients[band.ordinal()]++;
    boolean okA = a.status() == Status.OK;
    boolean okB = b.status() == Status.OK;
    record(A, a, okA);
    record(B, b, okB);
    boolean[] c = new boolean[CHANGES.length];
    c[Change.STATUS.ordinal()] = okA != okB;
    if (okA && okB) {
      pairs++;
      c[Change.REGIMEN.ordinal()] = regimenSignature(a) != regimenSignature(b);
      c[Change.DOSE.ordinal()] = doseChanged(a, b);
      c[Change.EXCLUSIONS.ordinal()] = exclusionSignature(a) != exclusionSignature(b);
    }
    for (int k = 0; k < c.length; k++) {
      if (c[k]) {
        changed[k]++;
        hostChanged[host.ordinal()][k]++;
        bandChanged[band.ordinal()][k]++;
      }
    }
  }

  private void record(int policy, Recommendation r, boolean ok) {
    if (ok) {
      answered[policy]++;
    }
    for (RationaleEntry e : r.rationale()) {
      rules[policy][e.ruleId().ordinal()]++;
    }
    for (RegimenComponent c : r.regimen()) {
      dailyMg[policy][c.drug().ordinal()].add(c.mgPerWeek() / DAYS_PER_WEEK);
    }
  }

  private static final double DAYS_PER_WEEK = 7;

  /** The drugs and routes of the regimen, one bit per (drug, route). */
  static long regimenSignature(Recommendation r) {
    long bits = 0;
    for (RegimenComponent c : r.regimen()) {
      bits |= 1L << (c.drug().ordinal() * 2 + c.route().ordinal());
    }
    return bits;
  }

  /** The excluded drugs, one bit per drug. */
  static long exclusionSignature(Recommendation r) {
    long bits = 0;
    for (Exclusion e : r.excluded()) {
      bits |= 1L << e.drug().ordinal();
    }
    return bits;
  }

  /** Whether a drug in both regimens gets a different amount per week. */
  static boolean doseChanged(Recommendation a, Recommendation b) {
    double[] wa = new double[DRUGS.length];
    double[] wb = new double[DRUGS.length];
    for (RegimenComponent c : a.regimen()) {
      wa[c.drug().ordinal()] += c.mgPerWeek();
    }
    for (RegimenComponent c : b.regimen()) {
      wb[c.drug().ordinal()] += c.mgPerWeek();
    }
    for (int d = 0; d < DRUGS.length; d++) {
      if (wa[d] > 0 && wb[d] > 0 && Double.compare(wa[d], wb[d]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds {@code other} (the higher indices) to this tally.
   *
   * @param other the tally of the following patients
   * @return this tally
   */
  @CanIgnoreReturnValue
  public WhatIfTally merge(WhatIfTally other) {
    patients += other.patients;
    pairs += other.pairs;
    for (int p = 0; p < 2; p++) {
      answered[p] += other.answered[p];
      for (int r = 0; r < RULES.length; r++) {
        rules[p][r] += other.rules[p][r];
      }
      for (int d = 0; d < DRUGS.length; d++) {
        dailyMg[p][d].merge(other.dailyMg[p][d]);
      }
    }
    addAll(changed, other.changed);
    addAll(hostPatients, other.hostPatients);
    addAll(bandPatients, other.bandPatients);
    for (int h = 0; h < HOSTS.length; h++) {
      addAll(hostChanged[h], other.hostChanged[h]);
    }
    for (int k = 0; k < BANDS.length; k++) {
      addAll(bandChanged[k], other.bandChanged[k]);
    }
    if (exposure != null && other.exposure != null) {
      exposure.merge(other.exposure);
    }
    return this;
  }

  private static void addAll(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WhatIfTally t
        && patients == t.patients
        && pairs == t.pairs
        && Arrays.equals(answered, t.answered)
        && Arrays.equals(changed, t.changed)
        && Arrays.deepEquals(rules, t.rules)
        && Arrays.deepEquals(dailyMg, t.dailyMg)
        && Arrays.equals(hostPatients, t.hostPatients)
        && Arrays.deepEquals(hostChanged, t.hostChanged)
        && Arrays.equals(bandPatients, t.bandPatients)
        && Arrays.deepEquals(bandChanged, t.bandChanged)
        && Objects.equals(exposure, t.exposure);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(patients) * 31 + Arrays.hashCode(changed);
  }
}
