package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Setting the planned duration keeps every other field of the dosing's component. */
class RegimensTest {

  @Test
  void withDuration_intervalComponent_keepsEveryFieldAndSetsTheDuration() {
    RegimenComponent dosed =
        RegimenComponent.builder()
            .drug(Drug.FOSCARNET)
            .route(Route.IV)
            .dose(Milligrams.of(4200))
            .doseMgPerKg(60)
            .intervalHours(8)
            .infusionMinutes(120)
            .hydration(new Hydration(500, 500, "with each infusion"))
            .addInstructionMessages(Message.verbatim("infuse no faster than 1 mg/kg/min (FOS-PI)"))
            .ruleId(RuleId.DOSE_FOS_RENAL)
            .build();
    RegimenComponent planned = Regimens.withDuration(dosed, OptionalInt.of(21));
    assertThat(planned.durationDays()).hasValue(21);
    assertThat(planned.intervalHours()).hasValue(8);
    assertThat(planned.timesPerWeek()).isEmpty();
    assertThat(planned.drug()).isEqualTo(Drug.FOSCARNET);
    assertThat(planned.dose()).isEqualTo(Milligrams.of(4200));
    assertThat(planned.doseMgPerKg()).hasValue(60);
    assertThat(planned.infusionMinutes()).hasValue(120);
    assertThat(planned.hydration()).isEqualTo(dosed.hydration());
    assertThat(planned.instructions()).isEqualTo(dosed.instructions());
    assertThat(planned.ruleId()).isEqualTo(RuleId.DOSE_FOS_RENAL);
  }

  @Test
  void withDuration_timesPerWeekComponent_keepsTheWeeklySchedule() {
    RegimenComponent dosed =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(87))
            .doseMgPerKg(1.25)
            .timesPerWeek(3)
            .afterDialysis(true)
            .infusionMinutes(60)
            .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS)
            .build();
    RegimenComponent planned = Regimens.withDuration(dosed, OptionalInt.empty());
    assertThat(planned.timesPerWeek()).hasValue(3);
    assertThat(planned.intervalHours()).isEmpty();
    assertThat(planned.afterDialysis()).isTrue();
    assertThat(planned.durationDays()).isEmpty();
  }
}
