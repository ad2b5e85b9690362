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
 * @param source the citation of the row; for a local row, the label whose table it replaces (the
 *     reference it is verified against)
 * @param local where a local row was read from and its source as written; empty for the label
 *     tables shipped with the library
 */
public record DoseRow(
    Basis basis,
    Optional<Band> band,
    double amount,
    AmountUnit unit,
    Schedule schedule,
    boolean offLabel,
    Source source,
    Optional<LocalOrigin> local) {
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
    requireNonNull(local, "local");
    if (!Double.isFinite(amount) || amount <= 0) {
      throw new IllegalArgumentException("amount (" + amount + ") must be a finite number > 0");
    }
    if (basis.isBand() != band.isPresent()) {
      throw new IllegalArgumentException(
          "row of basis " + basis + ": band edges must be given exactly for clearance bands");
    }
  }

  /**
   * Creates a label row (not local).
   *
   * @param basis what the row is keyed on
   * @param band the kidney-function band, present exactly for band rows
   * @param amount the amount per dose, in {@code unit}
   * @param unit mg/kg or mg
   * @param schedule when the dose is given
   * @param offLabel whether the row is off-label (the CRRT row)
   * @param source the citation of the row
   */
  public DoseRow(
      Basis basis,
      Optional<Band> band,
      double amount,
      AmountUnit unit,
      Schedule schedule,
      boolean offLabel,
      Source source) {
    this(basis, band, amount, unit, schedule, offLabel, source, Optional.empty());
  }

  /**
   * Returns this row as read from a local table.
   *
   * @param origin where it was read from
   * @return the local row
   */
  public DoseRow asLocal(LocalOrigin origin) {
    return new DoseRow(
        basis, band, amount, unit, schedule, offLabel, source, Optional.of(origin));
  }

  /**
   * Returns {@code " (FILE line N)"} for a local row, or {@code ""} for a label row, for messages.
   *
   * @return the location suffix
   */
  public String at() {
    return local.map(o -> " (" + o.where() + ")").orElse("");
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
