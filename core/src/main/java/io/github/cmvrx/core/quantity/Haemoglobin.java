package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A haemoglobin concentration in g/dL.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param gramsPerDecilitre the amount in g/dL
 * @since 0.2.0
 */
public record Haemoglobin(double gramsPerDecilitre) implements Comparable<Haemoglobin> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code gramsPerDecilitre} is NaN, infinite or negative
   */
  public Haemoglobin {
    Checks.checkFiniteNonNegative("haemoglobin (g/dL)", gramsPerDecilitre);
  }

  /**
   * Returns the value for {@code gramsPerDecilitre} g/dL.
   *
   * @param gramsPerDecilitre the amount in g/dL
   * @return the value
   * @throws IllegalArgumentException if {@code gramsPerDecilitre} is NaN, infinite or negative
   */
  public static Haemoglobin gramsPerDecilitre(double gramsPerDecilitre) {
    return new Haemoglobin(gramsPerDecilitre);
  }

  @Override
  public int compareTo(Haemoglobin other) {
    return Double.compare(gramsPerDecilitre, other.gramsPerDecilitre);
  }
}
