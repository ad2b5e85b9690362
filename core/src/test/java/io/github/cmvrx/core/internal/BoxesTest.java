package io.github.cmvrx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A shared box is an ordinary box: every value, shared or not, boxes to a {@code Double} equal to
 * {@code Double.valueOf} of it, so a message states the same number either way.
 */
class BoxesTest {

  @Test
  void of_anyValue_equalsDoubleValueOf() {
    qt().withFixedSeed(20261124L)
        .withExamples(5000)
        .forAll(
            doubles()
                .any()
                .mix(
                    Generate.pick(
                        List.of(
                            0.0, -0.0, Double.NaN, 0.125, 0.625, 1.25, 2.5, 5.0, 450.0, 511.875,
                            512.0, 512.5, 900.0, 16383.0, 16384.0, 0.1, 72.3, -5.0,
                            Double.POSITIVE_INFINITY)),
                    40))
        .checkAssert(v -> assertThat(Boxes.of(v)).isEqualTo(Double.valueOf(v)));
  }

  /** Eighths below 512 (table amounts such as 2.5 mg/kg, 450 mg tablets) are boxed once. */
  @Test
  void of_eighthBelow512_sharedBetweenCalls() {
    qt().withFixedSeed(20261124L)
        .forAll(integers().between(1, 512 * 8 - 1))
        .checkAssert(
            eighths -> {
              double v = eighths / 8.0;
              assertThat(Boxes.of(v)).isSameAs(Boxes.of(v)).isEqualTo(v);
            });
  }

  /**
   * Whole numbers from 512 to 16383 (doses to give, rounded to whole mg: 900 mg valganciclovir,
   * 6,300 mg foscarnet) are boxed once.
   */
  @Test
  void of_wholeNumberFrom512To16383_sharedBetweenCalls() {
    qt().withFixedSeed(20261124L)
        .forAll(integers().between(512, 16383))
        .checkAssert(
            n -> {
              double v = n;
              assertThat(Boxes.of(v)).isSameAs(Boxes.of(v)).isEqualTo(v);
            });
  }

  /** Zero, minus zero and values off the grid are not shared: -0.0 must not become 0.0. */
  @Test
  void of_offTheGrid_notShared() {
    assertThat(Boxes.of(-0.0)).isEqualTo(Double.valueOf(-0.0)).isNotEqualTo(Double.valueOf(0.0));
    assertThat(Boxes.of(0.0)).isNotSameAs(Boxes.of(0.0));
    assertThat(Boxes.of(72.3)).isNotSameAs(Boxes.of(72.3));
    assertThat(Boxes.of(512.5)).isNotSameAs(Boxes.of(512.5));
    assertThat(Boxes.of(16384.0)).isNotSameAs(Boxes.of(16384.0));
  }

  /** The shared optionals equal fresh ones: 2.5 mg/kg shared, 72.3 not, -0.0 kept apart. */
  @Test
  void optional_anyValue_equalsOptionalDoubleOf() {
    qt().withFixedSeed(20261124L)
        .withExamples(5000)
        .forAll(doubles().any().mix(Generate.pick(List.of(0.0, -0.0, 2.5, 5.0, 90.0, 900.0)), 40))
        .checkAssert(v -> assertThat(Boxes.optional(v)).isEqualTo(OptionalDouble.of(v)));
    assertThat(Boxes.optional(2.5)).isSameAs(Boxes.optional(2.5));
    assertThat(Boxes.optional(72.3)).isNotSameAs(Boxes.optional(72.3));
  }

  /** Hours, minutes and days below 1024 share their optional; others are made anew. */
  @Test
  void optionalInt_anyValue_equalsOptionalIntOf() {
    qt().withFixedSeed(20261124L)
        .forAll(integers().between(-2000, 2000))
        .checkAssert(n -> assertThat(Boxes.optionalInt(n)).isEqualTo(OptionalInt.of(n)));
    assertThat(Boxes.optionalInt(0)).isSameAs(Boxes.optionalInt(0));
    assertThat(Boxes.optionalInt(1023)).isSameAs(Boxes.optionalInt(1023));
    assertThat(Boxes.optionalInt(1024)).isNotSameAs(Boxes.optionalInt(1024));
    assertThat(Boxes.optionalInt(-1)).isNotSameAs(Boxes.optionalInt(-1));
  }
}
