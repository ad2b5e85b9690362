package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Assessment as a value: equality by every measure, optionals stored once, readable text. */
class AssessmentValueTest {

  private static Assessment.Builder adult() {
    return measures().paediatric(false);
  }

  private static Assessment.Builder measures() {
    return Assessment.builder()
        .dosingWeight(Mass.kilograms(70))
        .bodySurfaceArea(BodySurfaceArea.squareMetres(1.84))
        .renalReplacement(RenalReplacement.NONE);
  }

  @Test
  void optionalSetters_sameValueAsPlainSetters() {
    Assessment plain = adult().creatinineClearance(CreatinineClearance.mlPerMin(97.2)).build();
    Assessment fromOptionals =
        adult()
            .creatinineClearance(Optional.of(CreatinineClearance.mlPerMin(97.2)))
            .egfr(Optional.empty())
            .idealBodyWeight(Optional.empty())
            .build();

    assertThat(fromOptionals).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(fromOptionals).isNotEqualTo(adult().build());
    assertThat(measures().paediatric(true).build()).isNotEqualTo(adult().build());
  }

  @Test
  void optionalMeasures_readTwice_sameStoredOptional() {
    Assessment a =
        adult()
            .creatinineClearance(CreatinineClearance.mlPerMin(97.2))
            .idealBodyWeight(Mass.kilograms(66))
            .build();

    assertThat(a.creatinineClearance()).isSameAs(a.creatinineClearance()).isPresent();
    assertThat(a.idealBodyWeight()).isSameAs(a.idealBodyWeight()).contains(Mass.kilograms(66));
  }

  @Test
  void toString_leavesAbsentMeasuresOut() {
    String text = adult().build().toString();

    assertThat(text)
        .startsWith("Assessment{dosingWeight=")
        .contains(", renalReplacement=NONE, paediatric=false}")
        .doesNotContain("creatinineClearance")
        .doesNotContain("egfr");
  }
}
