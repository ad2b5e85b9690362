package io.github.cmvrx.core.recommendation;

import io.github.cmvrx.core.internal.Checks;

/**
 * A volume of normal saline to give with a dose, as a range in mL (FOS-PI, CDV-PI).
 *
 * @param minMl the lower end of the volume, mL
 * @param maxMl the upper end of the volume, mL
 * @param when when to give it, e.g. "with each infusion"
 * @since 0.2.0
 */
public record Hydration(int minMl, int maxMl, String when) {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if a volume is negative or {@code minMl > maxMl}
   */
  public Hydration {
    Checks.checkFiniteNonNegative("hydration minimum (mL)", minMl);
    if (maxMl < minMl) {
      throw new IllegalArgumentException(
          "hydration maximum (" + maxMl + " mL) must be >= minimum (" + minMl + " mL)");
    }
    java.util.Objects.requireNonNull(when, "when");
  }
}
