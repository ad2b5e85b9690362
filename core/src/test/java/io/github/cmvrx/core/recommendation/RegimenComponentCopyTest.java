package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * RegimenComponent without a builder: {@code withDurationDays} gives the value the builder gives,
 * the lists are immutable, and reading an attribute returns the value stored when it was built.
 */
class RegimenComponentCopyTest {

  private static final Hydration LITRE = new Hydration(1000, 1000, "with each infusion");
  private static final Message WITH_PROBENECID = Message.verbatim("with probenecid");
  private static final Message AFTER_INFUSION = Message.verbatim("saline after the infusion");

  /** Cidofovir 5 mg/kg weekly, off-label here only so that every attribute has a value. */
  private static RegimenComponent.Builder cidofovir() {
    return RegimenComponent.builder()
        .drug(Drug.CIDOFOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(350))
        .doseMgPerKg(5)
        .intervalHours(168)
        .infusionMinutes(60)
        .hydration(LITRE)
        .offLabel(true)
        .addInstructionMessages(WITH_PROBENECID, AFTER_INFUSION)
        .ruleId(RuleId.DOSE_CDV_ELIGIBILITY);
  }

  /** Ganciclovir 1.25 mg/kg 3 times a week after dialysis: the weekly schedule. */
  private static RegimenComponent.Builder ganciclovirAfterDialysis() {
    return RegimenComponent.builder()
        .drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(87.5))
        .doseMgPerKg(1.25)
        .timesPerWeek(3)
        .afterDialysis(true)
        .infusionMinutes(60)
        .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS);
  }

  @Test
  void withDurationDays_setsTheDurationAndEqualsTheBuiltValue() {
    RegimenComponent dosed = cidofovir().build();

    RegimenComponent planned = dosed.withDurationDays(OptionalInt.of(14));

    RegimenComponent built = cidofovir().durationDays(14).build();
    assertThat(planned.durationDays()).hasValue(14);
    assertThat(planned).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(planned).isNotEqualTo(dosed);
    assertThat(dosed.durationDays()).isEmpty();
  }

  @Test
  void withDurationDays_empty_makesTheComponentOpenEnded() {
    RegimenComponent threeWeeks = ganciclovirAfterDialysis().durationDays(21).build();

    RegimenComponent open = threeWeeks.withDurationDays(OptionalInt.empty());

    assertThat(open).isEqualTo(ganciclovirAfterDialysis().build());
    assertThat(open.durationDays()).isEmpty();
    assertThat(open.timesPerWeek()).hasValue(3);
    assertThat(open.afterDialysis()).isTrue();
  }

  @Test
  void withDurationDays_sameDuration_returnsTheComponentItself() {
    RegimenComponent open = cidofovir().build();
    RegimenComponent twoWeeks = cidofovir().durationDays(14).build();

    assertThat(open.withDurationDays(OptionalInt.empty())).isSameAs(open);
    assertThat(twoWeeks.withDurationDays(OptionalInt.of(14))).isSameAs(twoWeeks);
  }

  @Test
  void withDurationDays_keepsTheInstructionListWithoutCopyingIt() {
    RegimenComponent dosed = cidofovir().build();

    RegimenComponent planned = dosed.withDurationDays(OptionalInt.of(14));

    assertThat(planned.instructionMessages())
        .isSameAs(dosed.instructionMessages())
        .containsExactly(WITH_PROBENECID, AFTER_INFUSION);
  }

  @Test
  void withDurationDays_zero_rejectedAsTheBuilderRejectsIt() {
    RegimenComponent dosed = cidofovir().build();

    assertThatThrownBy(() -> dosed.withDurationDays(OptionalInt.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("durationDays (0) must be > 0");
  }

  @Test
  void instructionMessages_immutableAndIndependentOfTheBuilder() {
    List<Message> given = new ArrayList<>(List.of(WITH_PROBENECID));
    RegimenComponent.Builder b = cidofovir().addAllInstructionMessages(given);
    RegimenComponent c = b.build();

    given.add(AFTER_INFUSION);
    b.addInstructionMessages(Message.verbatim("added after build"));

    assertThat(c.instructionMessages())
        .containsExactly(WITH_PROBENECID, AFTER_INFUSION, WITH_PROBENECID);
    assertThatThrownBy(() -> c.instructionMessages().add(WITH_PROBENECID))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(List.copyOf(c.instructionMessages())).isSameAs(c.instructionMessages());
  }

  @Test
  void optionalAttributes_readTwice_sameStoredOptional() {
    RegimenComponent c = cidofovir().durationDays(14).build();

    assertThat(c.intervalHours()).isSameAs(c.intervalHours()).hasValue(168);
    assertThat(c.infusionMinutes()).isSameAs(c.infusionMinutes()).hasValue(60);
    assertThat(c.durationDays()).isSameAs(c.durationDays()).hasValue(14);
    assertThat(c.doseMgPerKg()).isSameAs(c.doseMgPerKg()).hasValue(5);
    assertThat(c.hydration()).isSameAs(c.hydration()).contains(LITRE);
  }

  @Test
  void builder_optionalSetters_sameValueAsPlainSetters() {
    RegimenComponent plain = ganciclovirAfterDialysis().build();
    RegimenComponent fromOptionals =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(87.5))
            .doseMgPerKg(plain.doseMgPerKg())
            .intervalHours(OptionalInt.empty())
            .timesPerWeek(OptionalInt.of(3))
            .afterDialysis(true)
            .infusionMinutes(OptionalInt.of(60))
            .hydration(plain.hydration())
            .durationDays(OptionalInt.empty())
            .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS)
            .build();

    assertThat(fromOptionals).isEqualTo(plain).hasSameHashCodeAs(plain);
  }

  @Test
  void toString_namesThePresentAttributes() {
    RegimenComponent c = ganciclovirAfterDialysis().build();

    assertThat(c.toString())
        .startsWith("RegimenComponent{drug=GANCICLOVIR, route=IV, dose=")
        .contains(", doseMgPerKg=1.25, timesPerWeek=3, afterDialysis=true, infusionMinutes=60, ")
        .contains(", offLabel=false, instructionMessages=[], ruleId=")
        .doesNotContain("intervalHours")
        .doesNotContain("durationDays")
        .endsWith("}");
  }
}
