package io.github.cmvrx.core.recommendation;

import io.github.cmvrx.core.internal.Checks;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;

/**
 * A volume of normal saline to give with a dose, as a range in mL (FOS-PI, CDV-PI).
 *
 * @param minMl the lower end of the volume, mL
 * @param maxMl the upper end of the volume, mL
 * @param timing when to give it, as a typed message (rendered at the edge)
 * @since 0.2.0
 */
public record Hydration(int minMl, int maxMl, Message timing) {
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
    java.util.Objects.requireNonNull(timing, "timing");
  }

  /**
   * Creates the value with a timing given as is (not from a rule).
   *
   * @param minMl the lower end, mL
   * @param maxMl the upper end, mL
   * @param when when to give it
   */
  public Hydration(int minMl, int maxMl, String when) {
    this(minMl, maxMl, Message.verbatim(java.util.Objects.requireNonNull(when, "when")));
  }

  /**
   * Returns when to give it, e.g. "with each infusion", in the default English wording.
   *
   * @return the text
   */
  public String when() {
    return Renderer.english().render(timing);
  }
}
