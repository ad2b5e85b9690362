package io.github.cmvrx.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * {@link Milligrams#of}: the amounts that recur in doses are one shared value each, equal to a
 * freshly made one; any other amount is made anew; the checks are the constructor's.
 */
class MilligramsTest {

  @Test
  void of_anyNonNegativeAmount_equalsANewValue() {
    qt().withFixedSeed(20261124L)
        .withExamples(5000)
        .forAll(doubles().between(0, 20000))
        .checkAssert(
            v -> assertThat(Milligrams.of(v)).isEqualTo(new Milligrams(v)).hasSameHashCodeAs(
                new Milligrams(v)));
  }

  /** 450 mg tablets, 87.5 mg, 0.625 mg steps, 6,300 mg of foscarnet: one value each. */
  @Test
  void of_recurringAmounts_shared() {
    for (double mg : new double[] {450, 900, 87.5, 0.625, 511.875, 6300, 16383}) {
      assertThat(Milligrams.of(mg)).isSameAs(Milligrams.of(mg)).isEqualTo(new Milligrams(mg));
    }
    qt().withFixedSeed(20261124L)
        .forAll(integers().between(1, 16383))
        .checkAssert(n -> assertThat(Milligrams.of(n)).isSameAs(Milligrams.of(n)));
  }

  /** 0 and -0 stay apart (the record tells them apart); 72.3 mg and 16,384 mg are not shared. */
  @Test
  void of_otherAmounts_madeAnew() {
    assertThat(Milligrams.of(-0.0)).isEqualTo(new Milligrams(-0.0)).isNotEqualTo(Milligrams.of(0));
    assertThat(Milligrams.of(0)).isNotSameAs(Milligrams.of(0));
    assertThat(Milligrams.of(72.3)).isNotSameAs(Milligrams.of(72.3));
    assertThat(Milligrams.of(16384)).isNotSameAs(Milligrams.of(16384));
  }

  @Test
  void of_negativeOrNotFinite_rejected() {
    assertThatThrownBy(() -> Milligrams.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Milligrams.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Milligrams.of(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
