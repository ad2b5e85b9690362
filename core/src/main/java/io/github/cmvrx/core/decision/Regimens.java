package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import java.util.OptionalInt;

/** Helpers over regimen components. */
final class Regimens {
  private Regimens() {}

  /**
   * Returns a copy of {@code c} with the planned duration set ({@code empty} = open-ended).
   * The dosing leaves the duration empty; the decision knows it.
   */
  static RegimenComponent withDuration(RegimenComponent c, OptionalInt days) {
    return c.withDurationDays(days);
  }

  /**
   * Returns the dose given, as the texts state it (issue 11 item 3): {@code "450 mg orally twice
   * daily"}, {@code "2.5 mg/kg (155 mg) IV twice daily"}, {@code "1.25 mg/kg (72 mg) IV 3 times a
   * week after dialysis"}.
   */
  static Message doseText(RegimenComponent c) {
    boolean oral = c.route() == Route.ORAL;
    if (c.doseMgPerKg().isPresent()) {
      return Message.of(
          oral ? MessageKey.DOSE_PER_KG_ORAL : MessageKey.DOSE_PER_KG_IV,
          Boxes.of(c.doseMgPerKg().getAsDouble()),
          Boxes.of(c.dose().value()),
          schedule(c));
    }
    return Message.of(
        oral ? MessageKey.DOSE_ORAL : MessageKey.DOSE_IV, Boxes.of(c.dose().value()), schedule(c));
  }

  /** "once daily", "twice daily", "every 8 h", "every 2 days", "twice a week after dialysis". */
  static Message schedule(RegimenComponent c) {
    if (c.timesPerWeek().isPresent()) {
      int n = c.timesPerWeek().getAsInt();
      Message times =
          n == 1
              ? Message.of(MessageKey.ONCE_A_WEEK)
              : n == 2 ? Message.of(MessageKey.TWICE_A_WEEK) : Message.of(MessageKey.TIMES_A_WEEK, n);
      return c.afterDialysis() ? Message.of(MessageKey.AFTER_DIALYSIS, times) : times;
    }
    int h = c.intervalHours().getAsInt();
    return switch (h) {
      case 24 -> Message.of(MessageKey.ONCE_DAILY);
      case 12 -> Message.of(MessageKey.TWICE_DAILY);
      case 48 -> Message.of(MessageKey.EVERY_2_DAYS);
      default ->
          h % 24 == 0
              ? Message.of(MessageKey.EVERY_N_DAYS, h / 24)
              : Message.of(MessageKey.EVERY_N_HOURS, h);
    };
  }
}
