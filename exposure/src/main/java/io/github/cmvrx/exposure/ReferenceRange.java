package io.github.cmvrx.exposure;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import java.util.Optional;

/**
 * A suggested exposure range from therapeutic drug monitoring practice. Informational: these
 * ranges are not validated targets (KOTTON-2025 calls them suggested) and cmvrx never uses them
 * to change a dose.
 *
 * @param low the low end, inclusive
 * @param high the high end, inclusive
 * @param unit the unit, e.g. {@code mg.h/L}
 * @param source where the range comes from (catalogue keys)
 */
public record ReferenceRange(double low, double high, String unit, String source) {

  /**
   * Treatment (induction) AUC24, 80-120 mg.h/L: the range a routine monitoring programme aimed
   * for in treatment (MARTSON-2021, abstract); suggested, not validated (KOTTON-2025).
   */
  public static final ReferenceRange TREATMENT_AUC24 =
      new ReferenceRange(
          80, 120, "mg.h/L", Source.MARTSON_2021.key() + ", " + Source.KOTTON_2025.key());

  /**
   * Maintenance and prophylaxis AUC24, 40-60 mg.h/L, as issue 14 gives it (MARTSON-2021,
   * KOTTON-2025); the MARTSON-2021 abstract states "above 50 mg.h/L" for prophylaxis, see
   * decision 1002.
   */
  public static final ReferenceRange MAINTENANCE_AUC24 =
      new ReferenceRange(
          40, 60, "mg.h/L", Source.MARTSON_2021.key() + ", " + Source.KOTTON_2025.key());

  /** Treatment (induction) trough, 2-4 mg/L (MARTSON-2021, abstract). */
  public static final ReferenceRange TREATMENT_CMIN =
      new ReferenceRange(2, 4, "mg/L", Source.MARTSON_2021.key());

  /**
   * Checks the range.
   *
   * @throws IllegalArgumentException if the ends are not finite, negative or out of order
   */
  public ReferenceRange {
    requireNonNull(unit, "unit");
    requireNonNull(source, "source");
    if (!(low >= 0 && high > low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(
          "reference range [" + low + ", " + high + "] " + unit + " must have 0 <= low < high");
    }
  }

  /**
   * Returns where a value lies.
   *
   * @param value the value, in this range's unit
   * @return below, within or above
   */
  public RelativeToReference classify(double value) {
    if (value < low) {
      return RelativeToReference.BELOW;
    }
    return value > high ? RelativeToReference.ABOVE : RelativeToReference.WITHIN;
  }

  /**
   * Returns the AUC24 range for a recommendation phase.
   *
   * @param phase the phase
   * @return treatment for induction, maintenance for maintenance, empty otherwise
   */
  public static Optional<ReferenceRange> auc24For(RecommendationPhase phase) {
    switch (phase) {
      case INDUCTION:
        return Optional.of(TREATMENT_AUC24);
      case MAINTENANCE:
        return Optional.of(MAINTENANCE_AUC24);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the trough range for a recommendation phase.
   *
   * @param phase the phase
   * @return the treatment trough range for induction; empty otherwise (no maintenance trough
   *     range is given by the sources cmvrx cites for it)
   */
  public static Optional<ReferenceRange> cminFor(RecommendationPhase phase) {
    return phase == RecommendationPhase.INDUCTION
        ? Optional.of(TREATMENT_CMIN)
        : Optional.empty();
  }
}
