package io.github.cmvrx.core.internal;

/**
 * Snaps a derived measure to a fixed grid before it is compared with a threshold or band edge,
 * so that a value that is exactly on an edge in decimal arithmetic is treated as on the edge.
 *
 * <p>Binary floating point cannot represent most decimal inputs exactly: Cockcroft-Gault for a
 * 77-year-old man of 88.8 kg with a creatinine of 1.11 mg/dL is exactly 70 mL/min, but computes
 * as 69.99999999999999, which would put her in the lower band against the spec's "lower edge
 * included" rule (clinical basis §3.1 decision). Rounding to 6 decimal places removes this error
 * (about 1e-14 relative) and changes no value that can be told apart at the precision labs
 * report: serum creatinine to 0.01 mg/dL, weight to 0.1 kg, age to 0.01 year
 * (docs/decisions/0209-band-edge-arithmetic.md). Only comparisons use the snapped value; the
 * assessment reports the unrounded measure. One home for the dosing's band edges and for the
 * decision rules that compare a derived measure (the cidofovir creatinine rise).
 *
 * <p>Internal: not part of the public API.
 */
public final class Comparisons {
  private Comparisons() {}

  /** The grid: one millionth of the measure's unit. */
  private static final double GRID = 1e6;

  /**
   * Returns {@code value} rounded to the nearest millionth (half away from zero is not needed:
   * ties are at 5e-7, far below any clinical difference).
   *
   * @param value a finite derived measure, e.g. a clearance in mL/min or mL/min/kg
   * @return the snapped value
   */
  public static double snap(double value) {
    return Math.rint(value * GRID) / GRID;
  }
}
