package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link RegimenComponent#of}: the component made at once, without a builder, is the value the
 * builder builds from the same attributes, and is checked as strictly.
 */
class RegimenComponentOfTest {

  private static final Hydration LITRE = new Hydration(1000, 1000, "with each infusion");
  private static final Message BEFORE_FIRST = Message.verbatim("saline before the first dose");
  private static final Message MAX_RATE = Message.verbatim("at most 1 mg/kg/min");

  /** Foscarnet 90 mg/kg every 12 h for 14 days, 6,300 mg for 70 kg, over 2 h with a litre. */
  @Test
  void of_everyAttribute_equalsTheBuiltValue() {
    RegimenComponent made =
        RegimenComponent.of(
            Drug.FOSCARNET,
            Route.IV,
            Milligrams.of(6300),
            OptionalDouble.of(90),
            OptionalInt.of(12),
            OptionalInt.empty(),
            false,
            OptionalInt.of(120),
            Optional.of(LITRE),
            OptionalInt.of(14),
            true,
            List.of(BEFORE_FIRST, MAX_RATE),
            RuleId.DOSE_FOS_RENAL);

    RegimenComponent built =
        RegimenComponent.builder()
            .drug(Drug.FOSCARNET)
            .route(Route.IV)
            .dose(Milligrams.of(6300))
            .doseMgPerKg(90)
            .intervalHours(12)
            .infusionMinutes(120)
            .hydration(LITRE)
            .durationDays(14)
            .offLabel(true)
            .addInstructionMessages(BEFORE_FIRST, MAX_RATE)
            .ruleId(RuleId.DOSE_FOS_RENAL)
            .build();
    assertThat(made).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(made.toString()).isEqualTo(built.toString());
    // 6,300 mg every 12 h: 14 doses a week.
    assertThat(made.mgPerWeek()).isEqualTo(88200.0);
  }

  /** Valganciclovir 450 mg twice a week after dialysis: no per-kg basis, no infusion. */
  @Test
  void of_emptyOptionals_equalTheUnsetAttributesOfTheBuilder() {
    RegimenComponent made =
        RegimenComponent.of(
            Drug.VALGANCICLOVIR,
            Route.ORAL,
            Milligrams.of(450),
            OptionalDouble.empty(),
            OptionalInt.empty(),
            OptionalInt.of(2),
            true,
            OptionalInt.empty(),
            Optional.empty(),
            OptionalInt.empty(),
            false,
            List.of(),
            RuleId.DOSE_VGC_RENAL);

    RegimenComponent built =
        RegimenComponent.builder()
            .drug(Drug.VALGANCICLOVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(450))
            .timesPerWeek(2)
            .afterDialysis(true)
            .ruleId(RuleId.DOSE_VGC_RENAL)
            .build();
    assertThat(made).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(made.durationDays()).isEmpty();
    assertThat(made.instructionMessages()).isEmpty();
  }

  /** The small numbers are the shared ones a built component holds, not the caller's. */
  @Test
  void of_optionalNumbers_sharedAsTheBuilderSharesThem() {
    RegimenComponent made =
        RegimenComponent.of(
            Drug.GANCICLOVIR,
            Route.IV,
            Milligrams.of(350),
            OptionalDouble.of(5),
            OptionalInt.of(12),
            OptionalInt.empty(),
            false,
            OptionalInt.of(60),
            Optional.empty(),
            OptionalInt.of(21),
            false,
            List.of(),
            RuleId.DOSE_GCV_RENAL);

    assertThat(made.intervalHours()).isSameAs(Optionals.ofInt(12));
    assertThat(made.infusionMinutes()).isSameAs(Optionals.ofInt(60));
    assertThat(made.durationDays()).isSameAs(Optionals.ofInt(21));
  }

  /** A mutable list of instructions is copied: changing it later changes nothing. */
  @Test
  void of_mutableInstructions_copied() {
    List<Message> instructions = new ArrayList<>(List.of(BEFORE_FIRST));
    RegimenComponent made = ganciclovir(OptionalInt.of(12), OptionalInt.empty(), instructions);

    instructions.add(MAX_RATE);

    assertThat(made.instructionMessages()).containsExactly(BEFORE_FIRST);
  }

  /** Both schedules, or neither: rejected as {@code build()} rejects them. */
  @Test
  void of_inconsistentSchedule_rejected() {
    assertThatThrownBy(() -> ganciclovir(OptionalInt.of(12), OptionalInt.of(3), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one of intervalHours and timesPerWeek");
    assertThatThrownBy(() -> ganciclovir(OptionalInt.empty(), OptionalInt.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one of intervalHours and timesPerWeek");
  }

  private static RegimenComponent ganciclovir(
      OptionalInt intervalHours, OptionalInt timesPerWeek, List<Message> instructions) {
    return RegimenComponent.of(
        Drug.GANCICLOVIR,
        Route.IV,
        Milligrams.of(350),
        OptionalDouble.of(5),
        intervalHours,
        timesPerWeek,
        false,
        OptionalInt.of(60),
        Optional.empty(),
        OptionalInt.empty(),
        false,
        instructions,
        RuleId.DOSE_GCV_RENAL);
  }
}
