package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.model.Drug;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Sets of drugs as bit masks (bit = ordinal), and one shared unmodifiable set per mask: the
 * decisions answer "which drugs" for every case without allocating a set.
 */
final class DrugSet {
  private static final Drug[] DRUGS = Drug.values();
  private static final Set<?>[] SETS = sets();

  private DrugSet() {}

  private static Set<?>[] sets() {
    Set<?>[] out = new Set<?>[1 << DRUGS.length];
    for (int mask = 0; mask < out.length; mask++) {
      EnumSet<Drug> s = EnumSet.noneOf(Drug.class);
      for (Drug d : DRUGS) {
        if ((mask & bit(d)) != 0) {
          s.add(d);
        }
      }
      out[mask] = Collections.unmodifiableSet(s);
    }
    return out;
  }

  /** The bit of {@code drug}. */
  static int bit(Drug drug) {
    return 1 << drug.ordinal();
  }

  /** The unmodifiable set of the drugs whose bits are set in {@code mask}. */
  @SuppressWarnings("unchecked")
  static Set<Drug> of(int mask) {
    return (Set<Drug>) SETS[mask];
  }
}
