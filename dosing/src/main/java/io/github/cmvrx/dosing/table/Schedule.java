package io.github.cmvrx.dosing.table;

import java.util.OptionalInt;

/**
 * When a dose is given: every {@code intervalHours}, or {@code timesPerWeek} (optionally after each
 * dialysis session). Exactly one of the two is present.
 *
 * @param intervalHours hours between doses
 * @param timesPerWeek doses a week
 * @param afterDialysis whether each dose follows a dialysis session
 */
public record Schedule(OptionalInt intervalHours, OptionalInt timesPerWeek, boolean afterDialysis) {
  private static final double HOURS_PER_WEEK = 7 * 24;
  private static final int DAYS_PER_WEEK = 7;

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException unless exactly one of interval and times a week is set, the
   *     interval is positive and times a week is 1 to 7
   */
  public Schedule {
    if (intervalHours.isPresent() == timesPerWeek.isPresent()) {
      throw new IllegalArgumentException(
          "schedule: exactly one of interval_hours and times_per_week must be set (was "
              + intervalHours
              + ", "
              + timesPerWeek
              + ")");
    }
    if (intervalHours.isPresent() && intervalHours.getAsInt() <= 0) {
      throw new IllegalArgumentException(
          "schedule: interval_hours (" + intervalHours.getAsInt() + ") must be > 0");
    }
    if (timesPerWeek.isPresent()
        && (timesPerWeek.getAsInt() <= 0 || timesPerWeek.getAsInt() > DAYS_PER_WEEK)) {
      throw new IllegalArgumentException(
          "schedule: times_per_week (" + timesPerWeek.getAsInt() + ") must be in [1, 7]");
    }
  }

  /**
   * Returns a schedule of one dose every {@code hours}.
   *
   * @param hours hours between doses
   * @return the schedule
   */
  public static Schedule every(int hours) {
    return new Schedule(OptionalInt.of(hours), OptionalInt.empty(), false);
  }

  /**
   * Returns the number of doses a week.
   *
   * @return doses a week
   */
  public double dosesPerWeek() {
    return timesPerWeek.isPresent()
        ? timesPerWeek.getAsInt()
        : HOURS_PER_WEEK / intervalHours.getAsInt();
  }
}
