package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recommendation.answered: the value the builder gives, from lists kept as they are when they
 * are already immutable and copied otherwise; every list of a recommendation is immutable.
 */
class RecommendationAnsweredTest {

  private static final RegimenComponent GANCICLOVIR =
      RegimenComponent.builder()
          .drug(Drug.GANCICLOVIR)
          .route(Route.IV)
          .dose(Milligrams.of(350))
          .intervalHours(12)
          .infusionMinutes(60)
          .durationDays(14)
          .ruleId(RuleId.DOSE_GCV_RENAL)
          .build();

  private static final RegimenComponent VALGANCICLOVIR =
      RegimenComponent.builder()
          .drug(Drug.VALGANCICLOVIR)
          .route(Route.ORAL)
          .dose(Milligrams.of(900))
          .intervalHours(12)
          .ruleId(RuleId.DOSE_VGC_RENAL)
          .build();

  private static final Exclusion CIDOFOVIR_OUT =
      new Exclusion(Drug.CIDOFOVIR, "not first line", RuleId.DOSE_CDV_ELIGIBILITY);
  private static final Alert A1 = new Alert(AlertSeverity.INFO, "a1", "first", RuleId.ADV_HIV_ART);
  private static final Alert A2 =
      new Alert(AlertSeverity.CRITICAL, "a2", "second", RuleId.REG_CNS_PARTIAL);
  private static final Alert A3 = new Alert(AlertSeverity.WARNING, "a3", "third", RuleId.ADV_G_CSF);
  private static final MonitoringItem CBC =
      new MonitoringItem(MonitoringTest.CBC, "twice a week", RuleId.MON_GCV_TOXICITY);
  private static final RationaleEntry WHY =
      RationaleEntry.of(RuleId.REG_CNS_COMBINATION, "CNS disease");
  private static final Assessment ASSESSMENT =
      Assessment.builder()
          .dosingWeight(Mass.kilograms(70))
          .bodySurfaceArea(BodySurfaceArea.squareMetres(1.84))
          .renalReplacement(RenalReplacement.NONE)
          .paediatric(false)
          .build();

  private static Recommendation built() {
    return Recommendation.builder()
        .id("c1")
        .status(Status.OK)
        .phase(RecommendationPhase.INDUCTION)
        .addRegimen(GANCICLOVIR)
        .addAlternatives(VALGANCICLOVIR)
        .addExcluded(CIDOFOVIR_OUT)
        .addAlerts(A1, A2, A3)
        .addMonitoring(CBC)
        .addRationale(WHY)
        .assessment(ASSESSMENT)
        .build();
  }

  @Test
  void answered_equalsTheBuiltValue() {
    Recommendation r =
        Recommendation.answered(
            Optional.of("c1"),
            RecommendationPhase.INDUCTION,
            List.of(GANCICLOVIR),
            List.of(VALGANCICLOVIR),
            List.of(CIDOFOVIR_OUT),
            List.of(A1, A2, A3),
            List.of(CBC),
            List.of(WHY),
            ASSESSMENT);

    Recommendation built = built();
    assertThat(r).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.phase()).contains(RecommendationPhase.INDUCTION);
    assertThat(r.assessment()).contains(ASSESSMENT);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void answered_immutableLists_keptWithoutACopy() {
    List<RegimenComponent> regimen = List.of(GANCICLOVIR);
    List<Alert> alerts = List.of(A1, A2, A3);
    List<RationaleEntry> rationale = List.copyOf(new ArrayList<>(List.of(WHY)));

    Recommendation r =
        Recommendation.answered(
            Optional.empty(),
            RecommendationPhase.MAINTENANCE,
            regimen,
            List.of(),
            List.of(),
            alerts,
            List.of(),
            rationale,
            ASSESSMENT);

    assertThat(r.regimen()).isSameAs(regimen);
    assertThat(r.alerts()).isSameAs(alerts);
    assertThat(r.rationale()).isSameAs(rationale);
  }

  @Test
  void answered_mutableLists_copiedSoLaterChangesDoNotShow() {
    List<Alert> alerts = new ArrayList<>(List.of(A1, A2, A3));
    List<RegimenComponent> regimen = new ArrayList<>(List.of(GANCICLOVIR));

    Recommendation r =
        Recommendation.answered(
            Optional.of("c1"),
            RecommendationPhase.INDUCTION,
            regimen,
            List.of(),
            List.of(),
            alerts,
            List.of(),
            List.of(),
            ASSESSMENT);
    alerts.clear();
    regimen.add(VALGANCICLOVIR);

    assertThat(r.alerts()).containsExactly(A1, A2, A3);
    assertThat(r.regimen()).containsExactly(GANCICLOVIR);
    assertThatThrownBy(() -> r.alerts().add(A1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.regimen().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void answered_nullElement_rejected() {
    List<Alert> withNull = Arrays.asList(A1, null);

    assertThatThrownBy(
            () ->
                Recommendation.answered(
                    Optional.empty(),
                    RecommendationPhase.INDUCTION,
                    List.of(),
                    List.of(),
                    List.of(),
                    withNull,
                    List.of(),
                    List.of(),
                    ASSESSMENT))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builder_lists_immutableAndKeptByListCopyOf() {
    Recommendation r = built();

    assertThatThrownBy(() -> r.alerts().add(A1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.monitoring().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(List.copyOf(r.alerts())).isSameAs(r.alerts());
    assertThat(List.copyOf(r.regimen())).isSameAs(r.regimen());
  }

  @Test
  void builder_addAllThenAdd_keepsOrderAndLeavesTheGivenListAlone() {
    List<Alert> first = List.of(A1, A2);

    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addAllAlerts(first)
            .addAlerts(A3)
            .addAllAlerts(List.of(A1))
            .build();

    assertThat(r.alerts()).containsExactly(A1, A2, A3, A1);
    assertThat(first).containsExactly(A1, A2);
  }

  @Test
  void builder_idAndAssessmentAsOptionals_sameValueAsPlainSetters() {
    Recommendation fromOptionals =
        Recommendation.builder()
            .id(Optional.of("c1"))
            .status(Status.OK)
            .phase(Optional.of(RecommendationPhase.INDUCTION))
            .addAllRegimen(List.of(GANCICLOVIR))
            .addAllAlternatives(List.of(VALGANCICLOVIR))
            .addAllExcluded(List.of(CIDOFOVIR_OUT))
            .addAllAlerts(new ArrayList<>(List.of(A1, A2, A3)))
            .addAllMonitoring(List.of(CBC))
            .addAllRationale(List.of(WHY))
            .assessment(Optional.of(ASSESSMENT))
            .build();

    assertThat(fromOptionals).isEqualTo(built()).hasSameHashCodeAs(built());
  }

  @Test
  void phase_readTwice_sameStoredOptional() {
    Recommendation r = built();

    assertThat(r.phase()).isSameAs(r.phase());
    assertThat(r.id()).isSameAs(r.id());
    assertThat(r.assessment()).isSameAs(r.assessment());
  }

  @Test
  void builder_assessmentSetTwice_throws() {
    assertThatThrownBy(
            () -> Recommendation.builder().assessment(ASSESSMENT).assessment(Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Recommendation is strict, attribute is already set: assessment");
  }

  @Test
  void builder_moreElementsThanListOfTakesOneByOne_keptInOrder() {
    List<RationaleEntry> twelve = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      twelve.add(RationaleEntry.of(RuleId.REG_CNS_COMBINATION, "entry " + i));
    }
    Recommendation.Builder b =
        Recommendation.builder().status(Status.OK).phase(RecommendationPhase.INDUCTION);
    for (RationaleEntry e : twelve) {
      b.addRationale(e);
    }
    b.addAllRationale(twelve);

    Recommendation r = b.build();

    assertThat(r.rationale()).hasSize(24);
    assertThat(r.rationale().subList(0, 12)).isEqualTo(twelve);
    assertThat(r.rationale().subList(12, 24)).isEqualTo(twelve);
    assertThat(
            Recommendation.answered(
                    Optional.empty(),
                    RecommendationPhase.INDUCTION,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    twelve,
                    ASSESSMENT)
                .rationale())
        .isEqualTo(twelve);
  }

  @Test
  void builder_arrayChangedAfterTheVariableArityAdd_valueUnchanged() {
    Alert[] given = {A1, A2};
    Recommendation.Builder b =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addAlerts(given);

    given[0] = A3;

    assertThat(b.build().alerts()).containsExactly(A1, A2);
  }
}
