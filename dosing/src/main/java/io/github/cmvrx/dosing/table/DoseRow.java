package io.github.cmvrx.dosing.table;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a dose table: what it applies to, the amount per dose, the schedule, whether it is
 * off-label, and its source; and its texts ({@link #text}, {@link #bandText}), which follow from
 * the other attributes and are made once, with the row. Immutable. Two rows are equal when their
 * eight attributes are; its string form is that of a record of those attributes.
 */
public final class DoseRow {
  private final Basis basis;
  private final Optional<Band> band;
  private final double amount;
  private final AmountUnit unit;
  private final Schedule schedule;
  private final boolean offLabel;
  private final Source source;
  private final Optional<LocalOrigin> local;
  private final Message text;
  // The band's text, made once with the row; null for a row that is not keyed on a band.
  private final @Nullable Message bandText;

  /**
   * Creates a row.
   *
   * @param basis what the row is keyed on
   * @param band the kidney-function band, present exactly for band rows
   * @param amount the amount per dose, in {@code unit}
   * @param unit mg/kg or mg
   * @param schedule when the dose is given
   * @param offLabel whether the row is off-label (the CRRT row)
   * @param source the citation of the row; for a local row, the label whose table it replaces
   *     (the reference it is verified against)
   * @param local where a local row was read from and its source as written; empty for the label
   *     tables shipped with the library
   * @throws IllegalArgumentException if the amount is not finite and positive, or the band is
   *     present for a non-band basis or absent for a band basis
   */
  public DoseRow(
      Basis basis,
      Optional<Band> band,
      double amount,
      AmountUnit unit,
      Schedule schedule,
      boolean offLabel,
      Source source,
      Optional<LocalOrigin> local) {
    this.basis = requireNonNull(basis, "basis");
    this.band = requireNonNull(band, "band");
    this.unit = requireNonNull(unit, "unit");
    this.schedule = requireNonNull(schedule, "schedule");
    this.source = requireNonNull(source, "source");
    this.local = requireNonNull(local, "local");
    if (!Double.isFinite(amount) || amount <= 0) {
      throw new IllegalArgumentException("amount (" + amount + ") must be a finite number > 0");
    }
    if (basis.isBand() != band.isPresent()) {
      throw new IllegalArgumentException(
          "row of basis " + basis + ": band edges must be given exactly for clearance bands");
    }
    this.amount = amount;
    this.offLabel = offLabel;
    this.text = textOf(amount, unit, schedule);
    this.bandText = band.isPresent() ? band.get().text() : null;
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
   * "2.5 mg/kg every 24 h", "450 mg 3 times a week": a row as the texts state it.
   *
   * @param amount the amount per dose
   * @param unit mg/kg or mg
   * @param schedule every so many hours, or so many times a week
   * @return the message
   */
  static Message textOf(double amount, AmountUnit unit, Schedule schedule) {
    boolean perKg = unit == AmountUnit.MG_PER_KG;
    if (schedule.timesPerWeek().isPresent()) {
      return Message.of(
          perKg ? MessageKey.ROW_MG_PER_KG_TIMES_A_WEEK : MessageKey.ROW_MG_TIMES_A_WEEK,
          Boxes.of(amount),
          schedule.timesPerWeek().getAsInt());
    }
    return Message.of(
        perKg ? MessageKey.ROW_MG_PER_KG_EVERY_H : MessageKey.ROW_MG_EVERY_H,
        Boxes.of(amount),
        schedule.intervalHours().getAsInt());
  }

  /**
   * Returns what the row is keyed on.
   *
   * @return the basis
   */
  public Basis basis() {
    return basis;
  }

  /**
   * Returns the kidney-function band, present exactly for band rows.
   *
   * @return the band, or empty
   */
  public Optional<Band> band() {
    return band;
  }

  /**
   * Returns the amount per dose, in {@link #unit}.
   *
   * @return a finite number above 0
   */
  public double amount() {
    return amount;
  }

  /**
   * Returns the unit of the amount.
   *
   * @return mg/kg or mg
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns when the dose is given.
   *
   * @return the schedule
   */
  public Schedule schedule() {
    return schedule;
  }

  /**
   * Returns whether the row is off-label (the CRRT row).
   *
   * @return whether off-label
   */
  public boolean offLabel() {
    return offLabel;
  }

  /**
   * Returns the citation of the row; for a local row, the label whose table it replaces.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns where a local row was read from and its source as written.
   *
   * @return the origin; empty for the label tables shipped with the library
   */
  public Optional<LocalOrigin> local() {
    return local;
  }

  /**
   * Returns the row as the texts state it, e.g. "2.5 mg/kg every 24 h" or "450 mg 3 times a week"
   * (keys {@code row.*} of the message catalogue): one message per row, shared by every dose
   * taken from it.
   *
   * @return the text
   */
  public Message text() {
    return text;
  }

  /**
   * Returns the row's band as the texts state it ({@link Band#text}), made once with the row.
   *
   * @return the band's text
   * @throws java.util.NoSuchElementException if the row is not keyed on a band
   */
  public Message bandText() {
    if (bandText == null) {
      throw new java.util.NoSuchElementException("a row of basis " + basis + " has no band");
    }
    return bandText;
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DoseRow r
        && basis == r.basis
        && band.equals(r.band)
        && Double.compare(amount, r.amount) == 0
        && unit == r.unit
        && schedule.equals(r.schedule)
        && offLabel == r.offLabel
        && source.equals(r.source)
        && local.equals(r.local);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, band, amount, unit, schedule, offLabel, source, local);
  }

  @Override
  public String toString() {
    return "DoseRow[basis=" + basis + ", band=" + band + ", amount=" + amount + ", unit=" + unit
        + ", schedule=" + schedule + ", offLabel=" + offLabel + ", source=" + source + ", local="
        + local + "]";
  }
}
