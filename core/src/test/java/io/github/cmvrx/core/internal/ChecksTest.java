package io.github.cmvrx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The precondition helpers return the value they accept and reject everything else with a message
 * naming the role, the value and the accepted range (style guide: bad input gets a clear error).
 */
class ChecksTest {

  @Test
  void checkFiniteInRange_insideAndOnBothEdges_returnsTheValue() {
    assertThat(Checks.checkFiniteInRange("weight (kg)", 70.5, 0.5, 400)).isEqualTo(70.5);
    assertThat(Checks.checkFiniteInRange("weight (kg)", 0.5, 0.5, 400)).isEqualTo(0.5);
    assertThat(Checks.checkFiniteInRange("weight (kg)", 400, 0.5, 400)).isEqualTo(400);
  }

  @Test
  void checkFiniteInRange_justOutsideEitherEdge_throwsNamingRoleValueAndRange() {
    assertThatThrownBy(() -> Checks.checkFiniteInRange("weight (kg)", 0.49, 0.5, 400))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight (kg) (0.49) must be a finite number in [0.5, 400.0]");
    assertThatThrownBy(() -> Checks.checkFiniteInRange("weight (kg)", 400.01, 0.5, 400))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(400.01)");
  }

  @Test
  void checkFiniteInRange_notFinite_throws() {
    assertThatThrownBy(() -> Checks.checkFiniteInRange("x", Double.NaN, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Checks.checkFiniteInRange(
                    "x", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Checks.checkFiniteInRange(
                    "x", Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkFiniteNonNegative_zeroAndPositive_returnsTheValue() {
    assertThat(Checks.checkFiniteNonNegative("urine protein (mg/dL)", 0)).isEqualTo(0);
    assertThat(Checks.checkFiniteNonNegative("urine protein (mg/dL)", 30.5)).isEqualTo(30.5);
  }

  @Test
  void checkFiniteNonNegative_negative_throwsNamingRoleAndValue() {
    assertThatThrownBy(() -> Checks.checkFiniteNonNegative("urine protein (mg/dL)", -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("urine protein (mg/dL) (-0.1) must be a finite number >= 0");
  }

  @Test
  void checkFinitePositive_positive_returnsTheValue() {
    assertThat(Checks.checkFinitePositive("age (years)", 0.25)).isEqualTo(0.25);
  }

  @Test
  void checkFinitePositive_zero_throwsNamingRoleAndValue() {
    assertThatThrownBy(() -> Checks.checkFinitePositive("age (years)", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age (years) (0.0) must be a finite number > 0");
  }
}
