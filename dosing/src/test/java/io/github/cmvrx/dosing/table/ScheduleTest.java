package io.github.cmvrx.dosing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Schedules of the clinical basis §3 tables: "q12h" = 14 doses a week, "3 times a week" = 3. */
class ScheduleTest {

  @Test
  void every_twelveHours_fourteenDosesAWeekNotAfterDialysis() {
    Schedule s = Schedule.every(12);
    assertThat(s.intervalHours()).hasValue(12);
    assertThat(s.timesPerWeek()).isEmpty();
    assertThat(s.afterDialysis()).isFalse();
    assertThat(s.dosesPerWeek()).isEqualTo(14.0);
  }

  @Test
  void dosesPerWeek_threeTimesAWeek_three() {
    Schedule s = new Schedule(OptionalInt.empty(), OptionalInt.of(3), true);
    assertThat(s.dosesPerWeek()).isEqualTo(3.0);
  }

  @Test
  void new_bothOrNeitherSet_rejected() {
    assertThatThrownBy(() -> new Schedule(OptionalInt.of(12), OptionalInt.of(3), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Schedule(OptionalInt.empty(), OptionalInt.empty(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_timesPerWeekOutsideOneToSeven_rejected() {
    assertThatThrownBy(() -> new Schedule(OptionalInt.empty(), OptionalInt.of(8), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1, 7]");
    assertThatThrownBy(() -> new Schedule(OptionalInt.empty(), OptionalInt.of(0), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
