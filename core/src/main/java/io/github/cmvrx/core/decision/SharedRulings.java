package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.recommendation.Exclusion;
import org.jspecify.annotations.Nullable;

/**
 * The decision rules' exclusions by drug ({@link Eligibility}), one array shared by every case
 * whose exclusions are all shared values: most cases rule out the same drugs for the same reasons
 * (letermovir, maribavir outside its indication), so they need not each hold an array of their
 * own. The array is never changed once handed out.
 *
 * <p>A case's exclusions are summed up as a signature: per drug ordinal, eight bits holding the
 * ordinal of the reason's message key plus one, or zero when the drug is not ruled out. Together
 * with the shared exclusion of each drug and reason, the signature fixes the array. A fixed number
 * of slots, each holding the last array whose signature hashed to it: the memory is bounded.
 * Thread-safe: a slot holds an immutable pair (safely published by its final fields); two threads
 * may each make an equal array and either is kept.
 */
final class SharedRulings {
  private static final int SLOTS = 256;
  private static final Kept[] KEPT = new Kept[SLOTS];

  /** Per thread: where a case's exclusions are gathered before they are shared or copied. */
  private static final ThreadLocal<@Nullable Exclusion[]> SCRATCH =
      ThreadLocal.withInitial(() -> new Exclusion[Eligibility.DRUG_COUNT]);

  private SharedRulings() {}

  /** A signature and its array. */
  private static final class Kept {
    final long signature;
    final @Nullable Exclusion[] byRule;

    Kept(long signature, @Nullable Exclusion[] byRule) {
      this.signature = signature;
      this.byRule = byRule;
    }
  }

  /** Returns this thread's array to gather a case's exclusions in (overwritten by each case). */
  static @Nullable Exclusion[] scratch() {
    return SCRATCH.get();
  }

  /** The part of a signature for a drug ruled out for the reason of message key {@code key}. */
  static long part(int drugOrdinal, int keyOrdinal) {
    return (long) (keyOrdinal + 1) << (8 * drugOrdinal);
  }

  /** Whether {@link #part} can sum up a reason of this key (the key's ordinal fits the bits). */
  static boolean fits(int keyOrdinal) {
    return keyOrdinal + 1 < 256;
  }

  /**
   * Returns the shared array for {@code signature}: the one kept, or a copy of {@code gathered}
   * (the exclusions the signature sums up), then kept.
   */
  static @Nullable Exclusion[] byRule(long signature, @Nullable Exclusion[] gathered) {
    int slot = (int) (signature ^ (signature >>> 29) ^ (signature >>> 47)) & (SLOTS - 1);
    Kept kept = KEPT[slot];
    if (kept != null && kept.signature == signature) {
      return kept.byRule;
    }
    @Nullable Exclusion[] made = gathered.clone();
    KEPT[slot] = new Kept(signature, made);
    return made;
  }
}
