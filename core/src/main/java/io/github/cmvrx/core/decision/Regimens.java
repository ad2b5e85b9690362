package io.github.cmvrx.core.decision;

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
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(c.drug())
            .route(c.route())
            .dose(c.dose())
            .doseMgPerKg(c.doseMgPerKg())
            .afterDialysis(c.afterDialysis())
            .infusionMinutes(c.infusionMinutes())
            .hydration(c.hydration())
            .offLabel(c.offLabel())
            .addAllInstructions(c.instructions())
            .ruleId(c.ruleId())
            .durationDays(days);
    c.intervalHours().ifPresent(b::intervalHours);
    c.timesPerWeek().ifPresent(b::timesPerWeek);
    return b.build();
  }

  /**
   * Returns the dose given, as the texts state it (issue 11 item 3): {@code "450 mg orally twice
   * daily"}, {@code "2.5 mg/kg (155 mg) IV twice daily"}, {@code "1.25 mg/kg (72 mg) IV 3 times a
   * week after dialysis"}.
   */
  static String doseText(RegimenComponent c) {
    String mg = DrugOptions.fmt(c.dose().value()) + " mg";
    String amount =
        c.doseMgPerKg().isPresent()
            ? DrugOptions.fmt(c.doseMgPerKg().getAsDouble()) + " mg/kg (" + mg + ")"
            : mg;
    return amount + (c.route() == Route.ORAL ? " orally " : " IV ") + schedule(c);
  }

  /** "once daily", "twice daily", "every 8 h", "every 2 days", "twice a week after dialysis". */
  static String schedule(RegimenComponent c) {
    if (c.timesPerWeek().isPresent()) {
      int n = c.timesPerWeek().getAsInt();
      String times = n == 1 ? "once a week" : n == 2 ? "twice a week" : n + " times a week";
      return times + (c.afterDialysis() ? " after dialysis" : "");
    }
    int h = c.intervalHours().getAsInt();
    return switch (h) {
      case 24 -> "once daily";
      case 12 -> "twice daily";
      case 48 -> "every 2 days";
      default -> h % 24 == 0 ? "every " + h / 24 + " days" : "every " + h + " h";
    };
  }
}
