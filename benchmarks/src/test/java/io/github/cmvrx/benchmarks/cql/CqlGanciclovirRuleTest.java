package io.github.cmvrx.benchmarks.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the CQL rule against values computed by hand from the clinical basis: Cockcroft-Gault
 * (CG-1976; clinical basis §2.2) and the ganciclovir induction column (GCV-PI; clinical basis §3.1), with half-open
 * bands, lower edge included (clinical basis §3.1, "Decision (band edges)").
 *
 * <p>The edge cases use age 68, so that 140 - age = 72 and the clearance reduces to weight x sex
 * factor / SCr: a man of 70 kg has CrCl = 70 / SCr, a woman of 70 kg has CrCl = 59.5 / SCr.
 */
class CqlGanciclovirRuleTest {
  private static final CqlInductionDose FULL_Q12H = new CqlInductionDose(5.0, 12);
  private static final CqlInductionDose HALF_Q12H = new CqlInductionDose(2.5, 12);
  private static final CqlInductionDose HALF_Q24H = new CqlInductionDose(2.5, 24);
  private static final CqlInductionDose QUARTER_Q24H = new CqlInductionDose(1.25, 24);

  private static CqlGanciclovirRule rule;

  @BeforeAll
  static void translateOnce() {
    rule = CqlGanciclovirRule.translate();
  }

  /** Both sides of every band edge; the hand-computed CrCl is in the comment of each row. */
  static Stream<Arguments> bandEdges() {
    return Stream.of(
        // man, 68 y, 70 kg: CrCl = 70 / SCr
        Arguments.of(false, 0.99, Optional.of(FULL_Q12H)), // 70.71 >= 70
        Arguments.of(false, 1.00, Optional.of(FULL_Q12H)), // 70.00, on the edge: 5 q12h
        Arguments.of(false, 1.01, Optional.of(HALF_Q12H)), // 69.31
        Arguments.of(false, 1.39, Optional.of(HALF_Q12H)), // 50.36
        Arguments.of(false, 1.40, Optional.of(HALF_Q12H)), // 50.00, on the edge
        Arguments.of(false, 1.41, Optional.of(HALF_Q24H)), // 49.65
        Arguments.of(false, 2.79, Optional.of(HALF_Q24H)), // 25.09
        Arguments.of(false, 2.80, Optional.of(HALF_Q24H)), // 25.00, on the edge
        Arguments.of(false, 2.81, Optional.of(QUARTER_Q24H)), // 24.91
        Arguments.of(false, 6.99, Optional.of(QUARTER_Q24H)), // 10.01
        Arguments.of(false, 7.00, Optional.of(QUARTER_Q24H)), // 10.00, on the edge
        Arguments.of(false, 7.01, Optional.empty()), // 9.986 < 10: not computable
        // woman, 68 y, 70 kg: CrCl = 70 x 0.85 / SCr = 59.5 / SCr
        Arguments.of(true, 0.84, Optional.of(FULL_Q12H)), // 70.83
        Arguments.of(true, 0.85, Optional.of(FULL_Q12H)), // 70.00, on the edge
        Arguments.of(true, 0.86, Optional.of(HALF_Q12H)), // 69.19
        Arguments.of(true, 1.18, Optional.of(HALF_Q12H)), // 50.42
        Arguments.of(true, 1.19, Optional.of(HALF_Q12H)), // 50.00, on the edge
        Arguments.of(true, 1.20, Optional.of(HALF_Q24H)), // 49.58
        Arguments.of(true, 2.37, Optional.of(HALF_Q24H)), // 25.11
        Arguments.of(true, 2.38, Optional.of(HALF_Q24H)), // 25.00, on the edge
        Arguments.of(true, 2.39, Optional.of(QUARTER_Q24H)), // 24.90
        Arguments.of(true, 5.94, Optional.of(QUARTER_Q24H)), // 10.02
        Arguments.of(true, 5.95, Optional.of(QUARTER_Q24H)), // 10.00, on the edge
        Arguments.of(true, 5.96, Optional.empty())); // 9.983 < 10: not computable
  }

  @ParameterizedTest(name = "female={0}, SCr={1} mg/dL -> {2}")
  @MethodSource("bandEdges")
  void evaluate_eitherSideOfEachBandEdge_givesTheSpecBand(
      boolean female, double serumCreatinineMgDl, Optional<CqlInductionDose> expected) {
    assertThat(rule.evaluate(68, female, 70, serumCreatinineMgDl)).isEqualTo(expected);
  }

  @Test
  void evaluate_middleAgedMan_givesFullDose() {
    // (140 - 40) x 80 / (72 x 1.2) = 8000 / 86.4 = 92.59 mL/min >= 70: 5 mg/kg q12h
    assertThat(rule.evaluate(40, false, 80, 1.2)).contains(FULL_Q12H);
  }

  @Test
  void evaluate_elderlyWoman_givesQuarterDoseDaily() {
    // (140 - 80) x 50 x 0.85 / (72 x 1.5) = 2550 / 108 = 23.61 mL/min, in [10, 25)
    assertThat(rule.evaluate(80, true, 50, 1.5)).contains(QUARTER_Q24H);
  }

  @Test
  void evaluate_sameValuesAsMan_womanFallsIntoLowerBand() {
    // (140 - 50) x 70 / (72 x 1.5) = 58.33 for a man, x 0.85 = 49.58 for a woman
    assertThat(rule.evaluate(50, false, 70, 1.5)).contains(HALF_Q12H);
    assertThat(rule.evaluate(50, true, 70, 1.5)).contains(HALF_Q24H);
  }

  @Test
  void evaluate_womanExactlyOnEdgeWithNonTerminatingQuotient_staysOnTheEdge() {
    // 72 x 140 x 0.85 / (72 x 1.7) = 8568 / 122.4 = 70 exactly: 5 mg/kg q12h. Dividing first,
    // 10080 / 122.4 = 82.352941176... is floored to 8 decimals by the engine and x 0.85 gives
    // 69.99999999 (decision record 0500).
    assertThat(rule.evaluate(68, true, 140, 1.7)).contains(FULL_Q12H);
  }

  @Test
  void evaluate_patientsInTurn_eachGetsOwnResult() {
    // The engine is reused: a later evaluation must not see an earlier patient's parameters.
    assertThat(rule.evaluate(68, false, 70, 1.00)).contains(FULL_Q12H); // 70.00
    assertThat(rule.evaluate(68, false, 70, 7.01)).isEmpty(); // 9.986
    assertThat(rule.evaluate(68, true, 70, 1.20)).contains(HALF_Q24H); // 49.58
    assertThat(rule.evaluate(68, false, 70, 1.00)).contains(FULL_Q12H); // 70.00 again
  }

  @Test
  void creatinineClearanceMlPerMin_middleAgedMan_matchesCockcroftGault() {
    // (140 - 40) x 80 / (72 x 1.2) = 8000 / 86.4 = 92.592592... mL/min (CG-1976)
    assertThat(rule.creatinineClearanceMlPerMin(40, false, 80, 1.2).doubleValue())
        .isCloseTo(92.592592, within(1e-6));
  }

  @Test
  void creatinineClearanceMlPerMin_woman_appliesSexFactor() {
    // (140 - 80) x 50 x 0.85 / (72 x 1.5) = 2550 / 108 = 23.611111... mL/min (CG-1976)
    assertThat(rule.creatinineClearanceMlPerMin(80, true, 50, 1.5).doubleValue())
        .isCloseTo(23.611111, within(1e-6));
  }

  @Test
  void evaluate_under18_isRejectedNamingTheField() {
    assertThatThrownBy(() -> rule.evaluate(17, false, 70, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ageYears")
        .hasMessageContaining("17")
        .hasMessageContaining("[18, 120] years");
  }

  @Test
  void evaluate_zeroWeight_isRejectedNamingTheField() {
    assertThatThrownBy(() -> rule.evaluate(50, false, 0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patient.weightKg")
        .hasMessageContaining("[0.3, 400] kg");
  }

  @Test
  void evaluate_notANumberCreatinine_isRejectedNamingTheField() {
    assertThatThrownBy(() -> rule.evaluate(50, false, 70, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patient.serumCreatinine.value")
        .hasMessageContaining("NaN")
        .hasMessageContaining("[0.1, 20] mg/dL");
  }

  @Test
  void evaluate_creatinineAboveLimit_isRejected() {
    assertThatThrownBy(() -> rule.evaluate(50, false, 70, 20.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patient.serumCreatinine.value")
        .hasMessageContaining("20.5");
  }
}
