package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.validation.MissingFieldException;
import org.junit.jupiter.api.Test;

/** Assessment: required measures, optional ones absent by default, strict builder. */
class AssessmentTest {

  @Test
  void build_requiredOnly_optionalMeasuresAbsent() {
    Assessment a =
        Assessment.builder()
            .dosingWeight(Mass.kilograms(70))
            .bodySurfaceArea(BodySurfaceArea.squareMetres(1.84))
            .renalReplacement(RenalReplacement.INTERMITTENT_HEMODIALYSIS)
            .paediatric(false)
            .build();
    assertThat(a.creatinineClearance()).isEmpty();
    assertThat(a.creatinineClearancePerKg()).isEmpty();
    assertThat(a.egfr()).isEmpty();
    assertThat(a.idealBodyWeight()).isEmpty();
    assertThat(a.adjustedBodyWeight()).isEmpty();
    assertThat(a.dosingWeight()).isEqualTo(Mass.kilograms(70));
  }

  @Test
  void build_missingRequired_throwsNamingEach() {
    assertThatThrownBy(
            () -> Assessment.builder().creatinineClearance(CreatinineClearance.mlPerMin(97.2)).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessageStartingWith("assessment.")
        .hasMessageContaining("dosingWeight")
        .hasMessageContaining("bodySurfaceArea")
        .hasMessageContaining("renalReplacement")
        .hasMessageContaining("paediatric");
  }

  @Test
  void builder_dosingWeightSetTwice_throws() {
    assertThatThrownBy(
            () -> Assessment.builder().dosingWeight(Mass.kilograms(70)).dosingWeight(Mass.kilograms(71)))
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
    assertThatThrownBy(() -> Assessment.builder().dosingWeight(Mass.kilograms(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mass (kg) (0.0) must be a finite number > 0");
  }
}
