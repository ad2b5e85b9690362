package io.github.cmvrx.simulation.whatif;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable paired comparison of two policies over a range of patients: how many patients'
 * answer changes and how (status, regimen, dose, exclusions), who they are (by kidney band, body
 * size, age, host and disease site), by how much each drug's daily dose moves for the same
 * patient, which regimens patients move between, which rules fire (in the rationale or in an
 * alert), exact daily-dose distributions, and the first patients of each kind of change.
 *
 * <p>Mutable while one thread fills it; {@link #merge} is associative and exact (counts, exact
 * value counts and histogram sums kept exactly), and keeps the lowest example indices, so any
 * split of the run gives an equal tally. Serializable, so a partition's tally can travel from a
 * Spark executor to the driver.
 */
public final class WhatIfTally implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int A = 0;
  static final int B = 1;

  /** The change measures, in report order; {@link #ANY} is any of the others. */
  enum Change {
    STATUS("status (answered vs refused)"),
    REGIMEN("regimen (drugs and routes)"),
    DOSE("dose (amount a week of a drug in both regimens)"),
    EXCLUSIONS("exclusions (the excluded drugs)"),
    ANY("any of these");

    final String description;

    Change(String description) {
      this.description = description;
    }
  }

  /** How a drug's daily dose moves for one patient. */
  enum Move {
    STARTED,
    STOPPED,
    HIGHER,
    LOWER,
    SAME
  }

  /** Example patients kept per kind of change. */
  static final int EXAMPLES = 3;

  static final Drug[] DRUGS = Drug.values();
  static final RuleId[] RULES = RuleId.values();
  static final Change[] CHANGES = Change.values();
  static final Move[] MOVES = Move.values();
  static final Groups[] GROUPS = Groups.ALL;
  private static final double DAYS_PER_WEEK = 7;

  long patients;
  final long[] answered = new long[2];
  long pairs;
  final long[] changed = new long[CHANGES.length];
  /** Patients for whom each rule fired (rationale or alert), per policy. */
  final long[][] rules = new long[2][RULES.length];
  final ExactCounts[][] dailyMg = new ExactCounts[2][DRUGS.length];
  /** Per drug: patients by {@link Move}. */
  final long[][] moves = new long[DRUGS.length][MOVES.length];
  /** Per drug: the paired change B - A in mg/day, for patients with the drug in both. */
  final ExactCounts[] deltaMg = new ExactCounts[DRUGS.length];
  /** Per drug: the paired relative change (B - A) / A in percent. */
  final ExactCounts[] deltaPercent = new ExactCounts[DRUGS.length];
  /** Regimen A -> regimen B, for patients whose regimen changed. */
  final TreeMap<String, long[]> regimenMoves = new TreeMap<>();
  final long[][] groupPatients = new long[GROUPS.length][];
  final long[][][] groupChanged = new long[GROUPS.length][][];
  /** The lowest indices of patients with each change, ascending; -1 for none yet. */
  final long[][] examples = new long[CHANGES.length][EXAMPLES];

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
        dailyMg[p][d] = new ExactCounts();
      }
    }
    for (int d = 0; d < DRUGS.length; d++) {
      deltaMg[d] = new ExactCounts();
      deltaPercent[d] = new ExactCounts();
    }
    for (Groups g : GROUPS) {
      int n = g.labels().size();
      groupPatients[g.ordinal()] = new long[n];
      groupChanged[g.ordinal()] = new long[n][CHANGES.length];
    }
    for (long[] e : examples) {
      Arrays.fill(e, -1);
    }
  }

  void add(long index, PatientCase c, KidneyBand band, Recommendation a, Recommendation b) {
    patients++;
    boolean okA = a.status() == Status.OK;
    boolean okB = b.status() == Status.OK;
    record(A, a, okA);
    record(B, b, okB);
    boolean[] ch = new boolean[CHANGES.length];
    ch[Change.STATUS.ordinal()] = okA != okB;
    if (okA && okB) {
      pairs++;
      ch[Change.REGIMEN.ordinal()] = regimenSignature(a) != regimenSignature(b);
      ch[Change.DOSE.ordinal()] = doseChanged(a, b);
      ch[Change.EXCLUSIONS.ordinal()] = exclusionSignature(a) != exclusionSignature(b);
      pairedDoses(a, b);
      if (ch[Change.REGIMEN.ordinal()]) {
        regimenMoves.computeIfAbsent(regimenText(a) + " -> " + regimenText(b), k -> new long[1])[0]++;
      }
    }
    for (int k = 0; k < Change.ANY.ordinal(); k++) {
      ch[Change.ANY.ordinal()] |= ch[k];
    }
    for (int k = 0; k < ch.length; k++) {
      if (ch[k]) {
        changed[k]++;
        example(examples[k], index);
      }
    }
    for (Groups g : GROUPS) {
      int gi = g.ordinal();
      g.groupsOf(
          c,
          band,
          i -> {
            groupPatients[gi][i]++;
            for (int k = 0; k < ch.length; k++) {
              if (ch[k]) {
                groupChanged[gi][i][k]++;
              }
            }
          });
    }
  }

  private static void example(long[] kept, long index) {
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] < 0 || index < kept[i]) {
        System.arraycopy(kept, i, kept, i + 1, kept.length - i - 1);
        kept[i] = index;
        return;
      }
      if (kept[i] == index) {
        return;
      }
    }
  }

  private void record(int policy, Recommendation r, boolean ok) {
    if (ok) {
      answered[policy]++;
    }
    // A rule fired for a patient when it has a rationale entry or raised an alert (issue 13:
    // alert-only firings, e.g. ADV-OBESITY-WEIGHT, count too); each rule once per patient.
    boolean[] fired = new boolean[RULES.length];
    for (RationaleEntry e : r.rationale()) {
      fired[e.ruleId().ordinal()] = true;
    }
    for (Alert al : r.alerts()) {
      fired[al.ruleId().ordinal()] = true;
    }
    for (int i = 0; i < fired.length; i++) {
      if (fired[i]) {
        rules[policy][i]++;
      }
    }
    double[] perDay = dailyByDrug(r);
    for (int d = 0; d < DRUGS.length; d++) {
      if (perDay[d] > 0) {
        dailyMg[policy][d].add(perDay[d]);
      }
    }
  }

  /** The daily amount of each drug in the regimen, mg/day (mg a week / 7), 0 when absent. */
  static double[] dailyByDrug(Recommendation r) {
    double[] w = new double[DRUGS.length];
    for (RegimenComponent c : r.regimen()) {
      w[c.drug().ordinal()] += c.mgPerWeek();
    }
    for (int d = 0; d < w.length; d++) {
      w[d] /= DAYS_PER_WEEK;
    }
    return w;
  }

  private void pairedDoses(Recommendation a, Recommendation b) {
    double[] da = dailyByDrug(a);
    double[] db = dailyByDrug(b);
    for (int d = 0; d < DRUGS.length; d++) {
      Move m;
      if (da[d] > 0 && db[d] > 0) {
        int cmp = Double.compare(db[d], da[d]);
        m = cmp > 0 ? Move.HIGHER : cmp < 0 ? Move.LOWER : Move.SAME;
        double delta = db[d] - da[d];
        deltaMg[d].add(delta);
        deltaPercent[d].add(delta / da[d] * 100);
      } else if (db[d] > 0) {
        m = Move.STARTED;
      } else if (da[d] > 0) {
        m = Move.STOPPED;
      } else {
        continue;
      }
      moves[d][m.ordinal()]++;
    }
  }

  /** The regimen as drug and route names, e.g. {@code ganciclovir iv + foscarnet iv}. */
  static String regimenText(Recommendation r) {
    if (r.regimen().isEmpty()) {
      return "(no drug)";
    }
    StringBuilder s = new StringBuilder();
    for (RegimenComponent c : r.regimen()) {
      if (s.length() > 0) {
        s.append(" + ");
      }
      s.append(c.drug().name().toLowerCase(Locale.ROOT))
          .append(' ')
          .append(c.route().name().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }

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
    double[] wa = dailyByDrug(a);
    double[] wb = dailyByDrug(b);
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
      addAll(rules[p], other.rules[p]);
      for (int d = 0; d < DRUGS.length; d++) {
        dailyMg[p][d].merge(other.dailyMg[p][d]);
      }
    }
    addAll(changed, other.changed);
    for (int d = 0; d < DRUGS.length; d++) {
      addAll(moves[d], other.moves[d]);
      deltaMg[d].merge(other.deltaMg[d]);
      deltaPercent[d].merge(other.deltaPercent[d]);
    }
    for (Map.Entry<String, long[]> e : other.regimenMoves.entrySet()) {
      regimenMoves.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
    }
    for (int g = 0; g < GROUPS.length; g++) {
      addAll(groupPatients[g], other.groupPatients[g]);
      for (int i = 0; i < groupChanged[g].length; i++) {
        addAll(groupChanged[g][i], other.groupChanged[g][i]);
      }
    }
    for (int k = 0; k < CHANGES.length; k++) {
      for (long index : other.examples[k]) {
        if (index >= 0) {
          example(examples[k], index);
        }
      }
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

  private static Map<String, Long> flat(TreeMap<String, long[]> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WhatIfTally t
        && patients == t.patients
        && pairs == t.pairs
        && Arrays.equals(answered, t.answered)
        && Arrays.equals(changed, t.changed)
        && Arrays.deepEquals(rules, t.rules)
        && Arrays.deepEquals(dailyMg, t.dailyMg)
        && Arrays.deepEquals(moves, t.moves)
        && Arrays.equals(deltaMg, t.deltaMg)
        && Arrays.equals(deltaPercent, t.deltaPercent)
        && flat(regimenMoves).equals(flat(t.regimenMoves))
        && Arrays.deepEquals(groupPatients, t.groupPatients)
        && Arrays.deepEquals(groupChanged, t.groupChanged)
        && Arrays.deepEquals(examples, t.examples)
        && Objects.equals(exposure, t.exposure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patients, pairs, Arrays.hashCode(changed));
  }
}
