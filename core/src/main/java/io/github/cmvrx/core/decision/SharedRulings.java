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
  // A power of two, large enough that the signatures of a cohort rarely share a slot (with 256
  // slots and a weaker hash, signatures took turns in a slot and made new arrays: about 6 B more
  // per call on the mixed preset, mean of 6 forks). At most 1,024 references and pairs are kept.
  private static final int SLOTS = 1024;

  private static final int SLOT_BITS = Integer.numberOfTrailingZeros(SLOTS);
  private static final Kept[] KEPT = new Kept[SLOTS];

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

  /** The part of a signature for a drug ruled out for the reason of message key {@code key}. */
  static long part(int drugOrdinal, int keyOrdinal) {
    return (long) (keyOrdinal + 1) << (8 * drugOrdinal);
  }

  /** The key ordinal {@link #part} summed up for a drug, or -1 if the drug is not ruled out. */
  static int keyOf(long signature, int drugOrdinal) {
    return (int) ((signature >>> (8 * drugOrdinal)) & 0xFF) - 1;
  }

  /** Whether {@link #part} can sum up a reason of this key (the key's ordinal fits the bits). */
  static boolean fits(int keyOrdinal) {
    return keyOrdinal + 1 < 256;
  }

  /** Returns the array kept for {@code signature}, or null if none is kept. */
  static @Nullable Exclusion @Nullable [] kept(long signature) {
    Kept kept = KEPT[slot(signature)];
    return kept != null && kept.signature == signature ? kept.byRule : null;
  }

  /**
   * Keeps {@code byRule} (the exclusions the signature sums up, never changed after) for {@code
   * signature}, and returns it.
   */
  static @Nullable Exclusion[] keep(long signature, @Nullable Exclusion[] byRule) {
    KEPT[slot(signature)] = new Kept(signature, byRule);
    return byRule;
  }

  /** The top bits of the signature times the 64-bit golden ratio: every byte of it counts. */
  private static int slot(long signature) {
    return (int) ((signature * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
  }
}
