package io.github.cmvrx.dosing.table;

import io.github.cmvrx.core.internal.Comparisons;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.text.Renderer;

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

  /**
   * Returns the band as the label tables print it, e.g. {@code [25.0, 50.0)} or {@code [70.0,
   * inf)}: a message of the catalogue (keys {@code BAND_*}), its edges in the style {@code point}.
   * A new message each call: a dose table row keeps its band's ({@link DoseRow#bandText}).
   *
   * @return the text
   */
  public Message text() {
    if (Double.isInfinite(upper)) {
      return Message.of(
          lowerIncluded ? MessageKey.BAND_CLOSED_UNBOUNDED : MessageKey.BAND_OPEN_UNBOUNDED, lower);
    }
    MessageKey key =
        lowerIncluded
            ? upperIncluded ? MessageKey.BAND_CLOSED_CLOSED : MessageKey.BAND_CLOSED_OPEN
            : upperIncluded ? MessageKey.BAND_OPEN_CLOSED : MessageKey.BAND_OPEN_OPEN;
    return Message.of(key, lower, upper);
  }

  /**
   * Returns {@link #text} in English.
   *
   * @return e.g. {@code [25.0, 50.0)}
   */
  @Override
  public String toString() {
    return Renderer.english().render(text());
  }
}
