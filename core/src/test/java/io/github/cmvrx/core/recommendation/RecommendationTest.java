package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recommendation: answered vs refused consistency, strict builder. */
class RecommendationTest {

  private static final FieldError AGE_ERROR =
      new FieldError("patient.ageYears", "value 130 is outside the accepted range (0, 120] years");

  private static RegimenComponent ganciclovir() {
    return RegimenComponent.builder()
        .drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(350))
        .intervalHours(12)
        .infusionMinutes(60)
        .ruleId(RuleId.DOSE_GCV_RENAL)
        .build();
  }

  @Test
  void refused_withErrors_hasNoPhaseRegimenOrAssessment() {
    Recommendation r = Recommendation.refused(Optional.of("c1"), List.of(AGE_ERROR));
    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.id()).contains("c1");
    assertThat(r.errors()).containsExactly(AGE_ERROR);
    assertThat(r.phase()).isEmpty();
    assertThat(r.regimen()).isEmpty();
    assertThat(r.assessment()).isEmpty();
  }

  @Test
  void refused_withoutErrors_rejected() {
    assertThatThrownBy(() -> Recommendation.refused(Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a refused recommendation needs at least one error");
  }

  @Test
  void build_refusedWithPhase_rejected() {
    assertThatThrownBy(
            () ->
                Recommendation.builder()
                    .status(Status.REFUSED)
                    .addErrors(AGE_ERROR)
                    .phase(RecommendationPhase.INDUCTION)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a refused recommendation has no regimen and no phase (was [])");
  }

  @Test
  void build_refusedWithRegimen_rejected() {
    assertThatThrownBy(
            () ->
                Recommendation.builder()
                    .status(Status.REFUSED)
                    .addErrors(AGE_ERROR)
                    .addRegimen(ganciclovir())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a refused recommendation has no regimen and no phase");
  }

  @Test
  void build_okWithoutPhase_rejected() {
    assertThatThrownBy(() -> Recommendation.builder().status(Status.OK).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an answered recommendation needs a phase");
  }

  @Test
  void build_okWithErrors_rejected() {
    assertThatThrownBy(
            () ->
                Recommendation.builder()
                    .status(Status.OK)
                    .phase(RecommendationPhase.INDUCTION)
                    .addErrors(AGE_ERROR)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("an answered recommendation has no field errors");
  }

  @Test
  void build_okStopMaintenanceWithEmptyRegimen_accepted() {
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.STOP_MAINTENANCE)
            .build();
    assertThat(r.regimen()).isEmpty();
    assertThat(r.phase()).contains(RecommendationPhase.STOP_MAINTENANCE);
  }

  @Test
  void build_ok_keepsListsInOrder() {
    Alert a1 = new Alert(AlertSeverity.INFO, "a1", "first", RuleId.ADV_HIV_ART);
    Alert a2 = new Alert(AlertSeverity.CRITICAL, "a2", "second", RuleId.REG_CNS_PARTIAL);
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addRegimen(ganciclovir())
            .addAlerts(a1, a2)
            .build();
    assertThat(r.alerts()).containsExactly(a1, a2);
    assertThat(r.regimen()).hasSize(1);
  }

  @Test
  void builder_statusSetTwice_throws() {
    assertThatThrownBy(() -> Recommendation.builder().status(Status.OK).status(Status.REFUSED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("status");
  }

  @Test
  void builder_phaseSetTwice_throws() {
    assertThatThrownBy(
            () ->
                Recommendation.builder()
                    .phase(RecommendationPhase.INDUCTION)
                    .phase(RecommendationPhase.MAINTENANCE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("phase");
  }

  @Test
  void build_missingStatus_throws() {
    assertThatThrownBy(() -> Recommendation.builder().phase(RecommendationPhase.INDUCTION).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("recommendation.status is required");
  }

  @Test
  void values_nullComponents_rejectedNamingThem() {
    assertThatThrownBy(() -> new Alert(AlertSeverity.INFO, "c", nullString(), RuleId.ADV_G_CSF))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
    assertThatThrownBy(
            () -> new Exclusion(Drug.CIDOFOVIR, nullString(), RuleId.DOSE_CDV_PAEDIATRIC))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
    assertThatThrownBy(
            () -> new MonitoringItem(MonitoringTest.CBC, nullString(), RuleId.MON_GCV_TOXICITY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("frequency");
  }

  @Test
  void rationaleEntryOf_citesPrimarySource() {
    RationaleEntry e = RationaleEntry.of(RuleId.REG_CNS_COMBINATION, "CNS disease");
    assertThat(e.source()).isEqualTo(RuleId.REG_CNS_COMBINATION.sources().get(0));
  }

  private static String nullString() {
    return null;
  }
}
