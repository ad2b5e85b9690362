package io.github.cmvrx.dosing.table;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import java.util.Optional;

/**
 * One row of a dose table: what it applies to, the amount per dose, the schedule, whether it is
 * off-label, and its source.
 *
 * @param basis what the row is keyed on
 * @param band the kidney-function band, present exactly for band rows
 * @param amount the amount per dose, in {@code unit}
 * @param unit mg/kg or mg
 * @param schedule when the dose is given
 * @param offLabel whether the row is off-label (the CRRT row)
 * @param source the citation of the row
 */
public record DoseRow(
    Basis basis,
    Optional<Band> band,
    double amount,
    AmountUnit unit,
    Schedule schedule,
    boolean offLabel,
    Source source) {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if the amount is not finite and positive, or the band is
   *     present for a non-band basis or absent for a band basis
   */
  public DoseRow {
    requireNonNull(basis, "basis");
    requireNonNull(band, "band");
    requireNonNull(unit, "unit");
    requireNonNull(schedule, "schedule");
    requireNonNull(source, "source");
    if (!Double.isFinite(amount) || amount <= 0) {
      throw new IllegalArgumentException("amount (" + amount + ") must be a finite number > 0");
    }
    if (basis.isBand() != band.isPresent()) {
      throw new IllegalArgumentException(
          "row of basis " + basis + ": band edges must be given exactly for clearance bands");
    }
  }

  /**
   * Returns the dose intensity: amount per week in the table's unit (mg/kg/week or mg/week).
   *
   * @return amount x doses a week
   */
  public double weeklyIntensity() {
    return amount * schedule.dosesPerWeek();
  }
}
