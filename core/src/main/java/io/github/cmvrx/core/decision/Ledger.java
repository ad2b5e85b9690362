package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.internal.ExactLists;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one decision has concluded so far: regimen, alternatives, exclusions, alerts,
 * monitoring and the rules that fired. Local to one call of {@link TreatmentDecider#decide}
 * and never shared, so it may be mutable; the recommendation built from it is immutable.
 *
 * <p>Each thread reuses one ledger ({@link #cleared}), so its working lists are not allocated
 * again for every case: a decision never calls another, and {@link #cleared} empties the ledger
 * before every use (also after a decision that threw). Nothing of the ledger escapes: the
 * recommendation gets copies.
 *
 * <p>Entries whose text has no argument (every monitoring item, the rule descriptions) are values
 * shared between calls: they are the same for every case, so they are built once. An alert whose
 * text has no argument is a {@link FixedAlert} constant of the rule that raises it.
 */
final class Ledger {
  private static final Drug[] DRUGS = Drug.values();
  private static final int KEYS = MessageKey.values().length;
  private static final RationaleEntry[] FIXED_ENTRIES =
      new RationaleEntry[RuleId.values().length * KEYS];
  private static final MonitoringItem[] FIXED_ITEMS =
      new MonitoringItem[MonitoringTest.values().length * KEYS];
  private static final RationaleEntry[] DESCRIBED = new RationaleEntry[RuleId.values().length];
  private static final RationaleEntry[] EXCLUDED_ENTRIES =
      new RationaleEntry[DRUGS.length * KEYS];

  private static final ThreadLocal<Ledger> PER_THREAD = ThreadLocal.withInitial(Ledger::new);

  final Entries<RegimenComponent> regimen = new Entries<>(2);
  final Entries<RegimenComponent> alternatives = new Entries<>(2);
  // By drug, so the exclusions come out in drug order, the first reason for a drug kept.
  private final @Nullable Exclusion[] exclusions = new Exclusion[DRUGS.length];
  private int exclusionCount;
  private final Object[] gathered = new Object[DRUGS.length];
  final Entries<Alert> alerts = new Entries<>(8);
  // Lists searched by key rather than linked maps: a decision holds a dozen entries at most, in
  // the order first recorded, and a list allocates no node per entry.
  final Entries<MonitoringItem> monitoring = new Entries<>(8);
  final Entries<RationaleEntry> rationale = new Entries<>(24);
  // Position of each rule's entry in the rationale, by rule ordinal; -1 if it has not fired
  // (the rules ask before every entry; a scan of the list was a tenth of a decision's time).
  private final int[] rationaleAt = minusOnes(RuleId.values().length);

  /** Returns this thread's ledger, emptied. */
  static Ledger cleared() {
    Ledger ledger = PER_THREAD.get();
    ledger.clear();
    return ledger;
  }

  private void clear() {
    regimen.clear();
    alternatives.clear();
    if (exclusionCount > 0) {
      java.util.Arrays.fill(exclusions, null);
      exclusionCount = 0;
    }
    alerts.clear();
    monitoring.clear();
    for (int i = 0; i < rationale.size(); i++) {
      rationaleAt[rationale.get(i).ruleId().ordinal()] = -1;
    }
    rationale.clear();
  }

  private static int[] minusOnes(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, -1);
    return a;
  }

  /** Appends the entry of a rule that has not fired yet. */
  private void addEntry(RationaleEntry e) {
    rationaleAt[e.ruleId().ordinal()] = rationale.size();
    rationale.add(e);
  }

  /** Records that {@code rule} fired with the given conclusion (first conclusion kept). */
  void fire(RuleId rule, Message text) {
    // Same as putIfAbsent, without building an entry that would be dropped.
    if (rationaleIndex(rule) < 0) {
      addEntry(entry(rule, text));
    }
  }

  /** Raises an alert; the rule that raised it counts as fired. */
  void alert(AlertSeverity severity, String code, Message message, RuleId rule) {
    alerts.add(new Alert(severity, code, message, rule));
    fire(rule, message);
  }

  /** Raises an alert with a fixed text; the rule that raised it counts as fired. */
  void alert(FixedAlert fixed) {
    alerts.add(fixed.alert());
    if (rationaleIndex(fixed.alert().ruleId()) < 0) {
      addEntry(fixed.entry());
    }
  }

  /** Records an exclusion; the first reason for a drug is kept. */
  void exclude(Exclusion exclusion) {
    int d = exclusion.drug().ordinal();
    if (exclusions[d] != null) {
      return;
    }
    exclusions[d] = exclusion;
    exclusionCount++;
    // The rationale text is built only if the rule has not fired yet (fire keeps the first).
    if (rationaleIndex(exclusion.ruleId()) < 0) {
      addEntry(excludedEntry(exclusion));
    }
  }

  /** Returns the exclusions, in drug order, as an exactly sized {@code List.of} list. */
  List<Exclusion> exclusions() {
    if (exclusionCount == 0) {
      return List.of();
    }
    if (exclusionCount <= 2) {
      // One or two (most decisions): handed to List.of as they are found, not written into this
      // ledger's array first (measured cheaper: no store into a long-lived array).
      @Nullable Exclusion first = null;
      for (Exclusion e : exclusions) {
        if (e != null) {
          if (first == null) {
            if (exclusionCount == 1) {
              return List.of(e);
            }
            first = e;
          } else {
            return List.of(first, e);
          }
        }
      }
    }
    // Gathered in this ledger's own array: List.of takes one or two without an array and more
    // into the one array it makes (List.of(array) would copy a new array again).
    Object[] out = gathered;
    int n = 0;
    for (Exclusion e : exclusions) {
      if (e != null) {
        out[n++] = e;
      }
    }
    @SuppressWarnings("unchecked")
    List<Exclusion> list = (List<Exclusion>) (List<?>) ExactLists.of(out, n);
    return list;
  }

  /**
   * Takes over the alerts and rationale a dose decision raised (once per distinct alert). A rule
   * that already has an entry from another drug (e.g. the weight basis of ganciclovir and of
   * foscarnet) keeps one entry, with the new text appended, so the contract's "one entry per rule"
   * holds and no drug's working is lost. Every alert's rule gets an entry (issue 11 item 1).
   */
  void absorb(DoseDecision decision) {
    List<Alert> raised = decision.alerts();
    for (int a = 0; a < raised.size(); a++) {
      Alert alert = raised.get(a);
      if (!alerts.contains(alert)) {
        alerts.add(alert);
      }
    }
    List<RationaleEntry> why = decision.rationale();
    for (int w = 0; w < why.size(); w++) {
      RationaleEntry r = why.get(w);
      int i = rationaleIndex(r.ruleId());
      if (i < 0) {
        addEntry(r);
      } else {
        RationaleEntry known = rationale.get(i);
        Message joined = known.conclusion().and(r.conclusion());
        if (joined != known.conclusion()) {
          rationale.set(i, new RationaleEntry(r.ruleId(), joined, known.source()));
        }
      }
    }
    for (int a = 0; a < raised.size(); a++) {
      Alert alert = raised.get(a);
      fire(alert.ruleId(), alert.text());
    }
  }

  /** Adds a monitoring item unless the test is already listed (the first, most intensive, wins). */
  void monitor(MonitoringTest test, Message frequency, RuleId rule) {
    for (int i = 0; i < monitoring.size(); i++) {
      if (monitoring.get(i).test() == test) {
        return;
      }
    }
    monitoring.add(itemOf(test, frequency, rule));
    if (rationaleIndex(rule) < 0) {
      addEntry(described(rule));
    }
  }

  /**
   * Records the monitoring of a {@link MonitoringRules.Schedule}: the same as the {@link
   * #monitor(MonitoringTest, Message, RuleId)} calls of {@link MonitoringRules#evaluate} for its
   * key. While nothing is monitored yet (every decision: the monitoring rule comes last) none of
   * its items is a test already listed, so they are appended as they are, and each entry whose
   * rule has not fired, in order; otherwise item by item.
   */
  void monitor(MonitoringRules.Schedule schedule) {
    if (!monitoring.isEmpty()) {
      for (int i = 0; i < schedule.size(); i++) {
        MonitoringItem item = schedule.item(i);
        monitor(item.test(), item.schedule(), item.ruleId());
      }
      return;
    }
    for (int i = 0; i < schedule.size(); i++) {
      monitoring.add(schedule.item(i));
    }
    for (int i = 0; i < schedule.describedSize(); i++) {
      RationaleEntry e = schedule.described(i);
      if (rationaleIndex(e.ruleId()) < 0) {
        addEntry(e);
      }
    }
  }

  /** Returns the position of {@code rule}'s rationale entry, or -1 if it has not fired. */
  private int rationaleIndex(RuleId rule) {
    return rationaleAt[rule.ordinal()];
  }

  /** Returns the drugs in the regimen, as a {@link DrugSet} mask. */
  int regimenDrugs() {
    int mask = 0;
    for (int i = 0; i < regimen.size(); i++) {
      mask |= DrugSet.bit(regimen.get(i).drug());
    }
    return mask;
  }

  boolean regimenHas(Drug drug) {
    for (int i = 0; i < regimen.size(); i++) {
      if (regimen.get(i).drug() == drug) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------- values shared between decisions
  // A benign race in each cache: two threads may each build an equal immutable value; either is
  // kept, and a value is only reused when it is equal to the one asked for.

  /** Whether {@code m} is the shared message of a key without arguments. */
  private static boolean fixed(Message m) {
    return m == Message.of(m.key());
  }

  private static RationaleEntry entry(RuleId rule, Message text) {
    if (!fixed(text)) {
      return RationaleEntry.of(rule, text);
    }
    int i = rule.ordinal() * KEYS + text.key().ordinal();
    RationaleEntry e = FIXED_ENTRIES[i];
    if (e == null) {
      e = RationaleEntry.of(rule, text);
      FIXED_ENTRIES[i] = e;
    }
    return e;
  }

  private static MonitoringItem itemOf(MonitoringTest test, Message frequency, RuleId rule) {
    if (!fixed(frequency)) {
      return new MonitoringItem(test, frequency, rule);
    }
    int i = test.ordinal() * KEYS + frequency.key().ordinal();
    MonitoringItem m = FIXED_ITEMS[i];
    if (m == null || m.ruleId() != rule) {
      m = new MonitoringItem(test, frequency, rule);
      FIXED_ITEMS[i] = m;
    }
    return m;
  }

  /** The entry of a monitoring rule: the rule's own description. */
  private static RationaleEntry described(RuleId rule) {
    RationaleEntry e = DESCRIBED[rule.ordinal()];
    if (e == null) {
      e =
          RationaleEntry.of(
              rule, Message.of(MessageKey.RULE_DESCRIPTION, rule.descriptionMessage()));
      DESCRIBED[rule.ordinal()] = e;
    }
    return e;
  }

  /** The entry "drug excluded: reason" of an exclusion. */
  private static RationaleEntry excludedEntry(Exclusion exclusion) {
    Message why = exclusion.why();
    if (!fixed(why)) {
      return RationaleEntry.of(
          exclusion.ruleId(), Message.of(MessageKey.DRUG_EXCLUDED, exclusion.drug(), why));
    }
    int i = exclusion.drug().ordinal() * KEYS + why.key().ordinal();
    RationaleEntry e = EXCLUDED_ENTRIES[i];
    if (e == null || e.ruleId() != exclusion.ruleId()) {
      e =
          RationaleEntry.of(
              exclusion.ruleId(), Message.of(MessageKey.DRUG_EXCLUDED, exclusion.drug(), why));
      EXCLUDED_ENTRIES[i] = e;
    }
    return e;
  }
}
