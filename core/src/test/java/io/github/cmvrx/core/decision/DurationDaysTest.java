package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Durations in days as optionals, shared for the usual numbers of days. */
class DurationDaysTest {

  @Test
  void of_twentyOneDays_sharedAndEqualToAFreshOptional() {
    assertThat(DurationDays.of(21)).isSameAs(DurationDays.of(21)).isEqualTo(OptionalInt.of(21));
    assertThat(DurationDays.of(0)).isEqualTo(OptionalInt.of(0));
    assertThat(DurationDays.of(127)).isEqualTo(OptionalInt.of(127));
  }

  @Test
  void of_outsideTheSharedRange_stillThatNumberOfDays() {
    assertThat(DurationDays.of(128)).isEqualTo(OptionalInt.of(128));
    assertThat(DurationDays.of(400)).isEqualTo(OptionalInt.of(400));
    assertThat(DurationDays.of(-1)).isEqualTo(OptionalInt.of(-1));
  }
}
