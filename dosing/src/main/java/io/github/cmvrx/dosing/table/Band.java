package io.github.cmvrx.dosing.table;

import io.github.cmvrx.core.internal.Comparisons;

import java.util.Locale;

/**
 * An interval of kidney function, each edge included or not, exactly as the label prints it. An
 * upper edge of positive infinity means "no upper limit".
 *
 * @param lower the lower edge
 * @param lowerIncluded whether the lower edge is in the band
 * @param upper the upper edge, or positive infinity
 * @param upperIncluded whether the upper edge is in the band (false when infinite)
 */
public record Band(double lower, boolean lowerIncluded, double upper, boolean upperIncluded) {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if an edge is NaN or negative, or {@code lower >= upper}, or
   *     an infinite upper edge is marked included
   */
  public Band {
    if (!Double.isFinite(lower) || lower < 0 || Double.isNaN(upper) || !(lower < upper)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "band edges (%s, %s) must satisfy 0 <= lower < upper", lower, upper));
    }
    if (Double.isInfinite(upper) && upperIncluded) {
      throw new IllegalArgumentException("band: an unbounded upper edge cannot be included");
    }
  }

  /**
   * Returns whether {@code value} lies in the band.
   *
   * @param value a kidney function
   * @return true if it is in the band
   */
  public boolean contains(double value) {
    return containsSnapped(Comparisons.snap(value));
  }

  /**
   * Returns whether a value already snapped with {@link Comparisons#snap} lies in the band, so a
   * table can snap once for all its bands (snapping is idempotent: a snapped value n / 1e6 snaps
   * to itself).
   *
   * @param value a snapped kidney function
   * @return true if it is in the band
   */
  boolean containsSnapped(double value) {
    boolean aboveLower = lowerIncluded ? value >= lower : value > lower;
    boolean belowUpper = upperIncluded ? value <= upper : value < upper;
    return aboveLower && belowUpper;
  }

  @Override
  public String toString() {
    // Concatenation, not String.format: this text is in every band rationale on the hot path.
    return (lowerIncluded ? "[" : "(")
        + lower
        + ", "
        + (Double.isInfinite(upper) ? "inf" : Double.toString(upper))
        + (upperIncluded ? "]" : ")");
  }
}
