package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import org.junit.jupiter.api.Test;

/** Assessment: required measures, optional ones absent by default, strict builder. */
class AssessmentTest {

  @Test
  void build_requiredOnly_optionalMeasuresAbsent() {
    Assessment a =
        Assessment.builder()
            .dosingWeight(Mass.of(70))
            .bodySurfaceArea(BodySurfaceArea.of(1.84))
            .renalReplacement(RenalReplacement.INTERMITTENT_HEMODIALYSIS)
            .paediatric(false)
            .build();
    assertThat(a.creatinineClearance()).isEmpty();
    assertThat(a.creatinineClearancePerKg()).isEmpty();
    assertThat(a.egfr()).isEmpty();
    assertThat(a.idealBodyWeight()).isEmpty();
    assertThat(a.adjustedBodyWeight()).isEmpty();
    assertThat(a.dosingWeight()).isEqualTo(Mass.of(70));
  }

  @Test
  void build_missingRequired_throwsNamingEach() {
    assertThatThrownBy(
            () -> Assessment.builder().creatinineClearance(CreatinineClearance.of(97.2)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dosingWeight")
        .hasMessageContaining("bodySurfaceArea")
        .hasMessageContaining("renalReplacement")
        .hasMessageContaining("paediatric");
  }

  @Test
  void builder_dosingWeightSetTwice_throws() {
    assertThatThrownBy(
            () -> Assessment.builder().dosingWeight(Mass.of(70)).dosingWeight(Mass.of(71)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dosingWeight");
  }

  @Test
  void builder_paediatricSetTwice_throws() {
    assertThatThrownBy(() -> Assessment.builder().paediatric(true).paediatric(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("paediatric");
  }

  @Test
  void dosingWeight_zero_rejectedByQuantity() {
    assertThatThrownBy(() -> Assessment.builder().dosingWeight(Mass.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mass (kg) (0.0) must be a finite number > 0");
  }
}
