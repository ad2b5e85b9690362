package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The double-arithmetic path of {@link PracticalDose#floorTo} gives exactly the answer of the
 * decimal arithmetic it short-cuts, including next to a multiple of the step, where snapping to
 * 9 decimals decides the multiple (155.00000000000003 mg is 155 mg).
 */
class FloorToTest {
  @Test
  void sameAsDecimalArithmeticAnywhere() {
    qt().forAll(doubles().between(0, 2e6), integers().between(1, 1000))
        .checkAssert(
            (value, step) ->
                assertThat(PracticalDose.floorTo(value, step))
                    .isEqualTo(PracticalDose.decimalFloorTo(value, step)));
  }

  @Test
  void sameAsDecimalArithmeticNextToAMultiple() {
    qt().forAll(
            integers().between(0, 20_000),
            integers().between(1, 50),
            doubles().between(-1e-6, 1e-6))
        .checkAssert(
            (k, step, offset) -> {
              double value = Math.max(0, (double) k * step + offset);
              assertThat(PracticalDose.floorTo(value, step))
                  .isEqualTo(PracticalDose.decimalFloorTo(value, step));
            });
  }

  @Test
  void sameAsDecimalArithmeticOnAnExactMultiple() {
    // Whole tablets: 900 mg of 450 mg tablets is exactly two; the short cut must agree.
    qt().forAll(integers().between(0, 20_000), integers().between(1, 1000))
        .checkAssert(
            (k, step) -> {
              double value = (double) k * step;
              assertThat(PracticalDose.floorTo(value, step))
                  .isEqualTo(PracticalDose.decimalFloorTo(value, step))
                  .isEqualTo(value);
            });
  }

  @Test
  void snapsAFloatingPointResidueToTheMultiple() {
    // A dose one floating-point residue above 155 mg is 155 mg at a 5 mg step, not 150.
    double computed = 155.00000000000003;
    assertThat(computed).isGreaterThan(155);
    assertThat(PracticalDose.floorTo(computed, 5)).isEqualTo(155.0);
    assertThat(PracticalDose.floorTo(154.999999999, 5)).isEqualTo(150.0);
  }
}
