package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Every attribute reads back as it was set, whatever the kind of schedule and the booleans, and
 * two components that differ in one attribute only are not equal: the interval and the doses a
 * week share one field, the booleans one byte.
 */
class RegimenComponentAttributesTest {

  private static RegimenComponent.Builder ganciclovir() {
    return RegimenComponent.builder()
        .drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(87.5))
        .doseMgPerKg(1.25)
        .infusionMinutes(60)
        .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS);
  }

  @Test
  void weeklyAfterDialysis_readsBack() {
    RegimenComponent c = ganciclovir().timesPerWeek(3).afterDialysis(true).build();

    assertThat(c.drug()).isEqualTo(Drug.GANCICLOVIR);
    assertThat(c.route()).isEqualTo(Route.IV);
    assertThat(c.timesPerWeek()).hasValue(3);
    assertThat(c.intervalHours()).isEmpty();
    assertThat(c.afterDialysis()).isTrue();
    assertThat(c.offLabel()).isFalse();
    // 87.5 mg 3 times a week.
    assertThat(c.mgPerWeek()).isEqualTo(262.5);
  }

  @Test
  void intervalOffLabel_readsBack() {
    RegimenComponent c =
        ganciclovir().intervalHours(48).offLabel(true).build().withDurationDays(OptionalInt.of(14));

    assertThat(c.drug()).isEqualTo(Drug.GANCICLOVIR);
    assertThat(c.route()).isEqualTo(Route.IV);
    assertThat(c.intervalHours()).hasValue(48);
    assertThat(c.timesPerWeek()).isEmpty();
    assertThat(c.afterDialysis()).isFalse();
    assertThat(c.offLabel()).isTrue();
    assertThat(c.durationDays()).hasValue(14);
    // 87.5 mg every 48 h: 3.5 doses a week.
    assertThat(c.mgPerWeek()).isEqualTo(306.25);
  }

  /** Every 3 hours is not 3 times a week, though both hold the number 3. */
  @Test
  void intervalAndWeeklyOfTheSameNumber_notEqual() {
    RegimenComponent everyThreeHours = ganciclovir().intervalHours(3).build();
    RegimenComponent threeTimesAWeek = ganciclovir().timesPerWeek(3).build();

    assertThat(everyThreeHours).isNotEqualTo(threeTimesAWeek);
    assertThat(everyThreeHours.intervalHours()).hasValue(3);
    assertThat(threeTimesAWeek.intervalHours()).isEmpty();
  }

  @Test
  void booleansAlone_tellComponentsApart() {
    RegimenComponent plain = ganciclovir().timesPerWeek(3).build();

    assertThat(plain).isEqualTo(ganciclovir().timesPerWeek(3).build());
    assertThat(plain).isNotEqualTo(ganciclovir().timesPerWeek(3).afterDialysis(true).build());
    assertThat(plain).isNotEqualTo(ganciclovir().timesPerWeek(3).offLabel(true).build());
  }

  @Test
  void everyDrugAndRoute_readBack() {
    for (Drug d : Drug.values()) {
      for (Route r : Route.values()) {
        RegimenComponent c =
            RegimenComponent.builder()
                .drug(d)
                .route(r)
                .dose(Milligrams.of(450))
                .intervalHours(12)
                .infusionMinutes(60)
                .ruleId(RuleId.DOSE_VGC_RENAL)
                .build();
        assertThat(c.drug()).isEqualTo(d);
        assertThat(c.route()).isEqualTo(r);
      }
    }
  }
}
