package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.recommendation.RegimenComponent;
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
}
