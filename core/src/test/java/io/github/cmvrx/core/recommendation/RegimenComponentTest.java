package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.MissingFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RegimenComponent: schedule exclusivity, positive intervals and times, IV infusion time. */
class RegimenComponentTest {

  /** Ganciclovir IV with drug, route, dose and rule set; schedule left to the test. */
  private static RegimenComponent.Builder ivGanciclovir() {
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(350))
        .doseMgPerKg(5)
        .infusionMinutes(60)
        .ruleId(RuleId.DOSE_GCV_RENAL);
    return b;
  }

  private static RegimenComponent.Builder oralValganciclovir() {
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.VALGANCICLOVIR)
        .route(Route.ORAL)
        .dose(Milligrams.of(900))
        .ruleId(RuleId.DOSE_VGC_RENAL);
    return b;
  }

  @Test
  void build_interval_valuesKeptAndDefaults() {
    RegimenComponent c = ivGanciclovir().intervalHours(12).durationDays(21).build();
    assertThat(c.intervalHours()).hasValue(12);
    assertThat(c.timesPerWeek()).isEmpty();
    assertThat(c.afterDialysis()).isFalse();
    assertThat(c.offLabel()).isFalse();
    assertThat(c.instructions()).isEmpty();
    assertThat(c.hydration()).isEmpty();
  }

  @Test
  void build_bothIntervalAndTimesPerWeek_rejected() {
    assertThatThrownBy(() -> ivGanciclovir().intervalHours(12).timesPerWeek(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "regimen GANCICLOVIR: exactly one of intervalHours and timesPerWeek must be set"
                + " (was OptionalInt[12], OptionalInt[3])");
  }

  @Test
  void build_neitherIntervalNorTimesPerWeek_rejected() {
    assertThatThrownBy(() -> ivGanciclovir().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "regimen GANCICLOVIR: exactly one of intervalHours and timesPerWeek must be set");
  }

  @Test
  void build_intervalZero_rejected() {
    assertThatThrownBy(() -> ivGanciclovir().intervalHours(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("intervalHours (0) must be > 0");
  }

  @Test
  void build_intervalOne_accepted() {
    assertThat(ivGanciclovir().intervalHours(1).build().intervalHours()).hasValue(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 8})
  void build_timesPerWeekOutside1To7_rejected(int n) {
    assertThatThrownBy(() -> ivGanciclovir().timesPerWeek(n).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timesPerWeek (" + n + ") must be in [1, 7]");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void build_timesPerWeekInside_accepted(int n) {
    assertThat(ivGanciclovir().timesPerWeek(n).afterDialysis(true).build().timesPerWeek())
        .hasValue(n);
  }

  @Test
  void build_doseMgPerKgNegative_rejected() {
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.FOSCARNET)
        .route(Route.IV)
        .dose(Milligrams.of(4200))
        .doseMgPerKg(-0.0000001)
        .infusionMinutes(120)
        .intervalHours(8)
        .ruleId(RuleId.DOSE_FOS_RENAL);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("doseMgPerKg (-1.0E-7) must be >= 0");
  }

  @Test
  void build_doseMgPerKgNaN_rejected() {
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.FOSCARNET)
        .route(Route.IV)
        .dose(Milligrams.of(4200))
        .doseMgPerKg(Double.NaN)
        .infusionMinutes(120)
        .intervalHours(8)
        .ruleId(RuleId.DOSE_FOS_RENAL);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("doseMgPerKg (NaN) must be >= 0");
  }

  @Test
  void build_ivWithoutInfusionMinutes_rejected() {
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.CIDOFOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(350))
        .intervalHours(168)
        .ruleId(RuleId.DOSE_CDV_ELIGIBILITY);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("regimen CIDOFOVIR: IV dose without infusionMinutes");
  }

  @Test
  void build_infusionMinutesZero_rejected() {
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(350))
        .infusionMinutes(0)
        .intervalHours(12)
        .ruleId(RuleId.DOSE_GCV_RENAL);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("infusionMinutes (0) must be > 0");
  }

  @Test
  void build_durationZero_rejectedAndOneAccepted() {
    assertThatThrownBy(() -> ivGanciclovir().intervalHours(12).durationDays(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("durationDays (0) must be > 0");
    assertThat(ivGanciclovir().intervalHours(12).durationDays(1).build().durationDays())
        .hasValue(1);
  }

  @Test
  void build_oralWithoutInfusion_accepted() {
    RegimenComponent c =
        oralValganciclovir().intervalHours(12).addInstructionMessages(Message.verbatim("with food")).build();
    assertThat(c.infusionMinutes()).isEmpty();
    assertThat(c.instructions()).containsExactly("with food");
  }

  @Test
  void builder_drugSetTwice_throws() {
    assertThatThrownBy(() -> RegimenComponent.builder().drug(Drug.GANCICLOVIR).drug(Drug.FOSCARNET))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("drug");
  }

  @Test
  void builder_offLabelSetTwice_throws() {
    assertThatThrownBy(() -> RegimenComponent.builder().offLabel(true).offLabel(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("offLabel");
  }

  @Test
  void build_missingDoseAndRule_throwsNamingThem() {
    assertThatThrownBy(
            () ->
                RegimenComponent.builder()
                    .drug(Drug.MARIBAVIR)
                    .route(Route.ORAL)
                    .intervalHours(12)
                    .build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("regimenComponent.dose and regimenComponent.ruleId are required");
  }

  @Test
  void mgPerWeek_q12h_fourteenDoses() {
    // 350 mg every 12 h = 14 doses a week = 4900 mg.
    assertThat(ivGanciclovir().intervalHours(12).build().mgPerWeek()).isCloseTo(4900, within(1e-9));
  }

  @Test
  void mgPerWeek_q48h_threeAndAHalfDoses() {
    // 450 mg every 48 h = 168 / 48 = 3.5 doses a week = 1575 mg.
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.VALGANCICLOVIR)
        .route(Route.ORAL)
        .dose(Milligrams.of(450))
        .intervalHours(48)
        .ruleId(RuleId.DOSE_VGC_RENAL);
    assertThat(b.build().mgPerWeek()).isCloseTo(1575, within(1e-9));
  }

  @Test
  void mgPerWeek_threeTimesAWeek() {
    // 87.5 mg 3 times a week = 262.5 mg.
    RegimenComponent.Builder b = RegimenComponent.builder();
    b.drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(87.5))
        .doseMgPerKg(1.25)
        .timesPerWeek(3)
        .afterDialysis(true)
        .infusionMinutes(60)
        .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS);
    assertThat(b.build().mgPerWeek()).isCloseTo(262.5, within(1e-9));
  }

  @Test
  void hydration_validAndInvalid() {
    // FOS-PI: 750-1000 mL with doses of 90-120 mg/kg.
    assertThat(new Hydration(750, 1000, "with each infusion").maxMl()).isEqualTo(1000);
    assertThatThrownBy(() -> new Hydration(1000, 750, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hydration maximum (750 mL) must be >= minimum (1000 mL)");
    assertThatThrownBy(() -> new Hydration(-1, 0, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hydration minimum (mL) (-1.0) must be a finite number >= 0");
  }
}
