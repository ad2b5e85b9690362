package io.github.cmvrx.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quantity record rejects NaN, infinities and values outside its domain with a message that
 * names the role (with its unit) and the rejected value (style guide 2.2, point 5).
 */
class QuantityValidationTest {

  /**
   * A quantity factory, the role its messages must name, and whether zero is outside the domain.
   */
  private record Kind(String name, DoubleFunction<Object> factory, String role, boolean positive) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind("Mass", Mass::kilograms, "mass (kg)", true),
        new Kind("Length", Length::centimetres, "length (cm)", true),
        new Kind("Age", Age::years, "age (years)", true),
        new Kind("BodySurfaceArea", BodySurfaceArea::squareMetres, "body surface area (m2)", true),
        new Kind(
            "SerumCreatinine mg/dL", SerumCreatinine::mgPerDl, "serum creatinine (mg/dL)", true),
        new Kind(
            "SerumCreatinine umol/L", SerumCreatinine::umolPerL, "serum creatinine (umol/L)", true),
        new Kind(
            "CreatinineClearance", CreatinineClearance::mlPerMin, "creatinine clearance (mL/min)", false),
        new Kind(
            "WeightNormalisedClearance",
            WeightNormalisedClearance::mlPerMinPerKg,
            "creatinine clearance per kg (mL/min/kg)",
            false),
        new Kind("Egfr", Egfr::mlPerMinPer173, "eGFR (mL/min/1.73 m2)", false),
        new Kind("CellCount", CellCount::perMicrolitre, "cell count (cells/uL)", false),
        new Kind("Haemoglobin", Haemoglobin::gramsPerDecilitre, "haemoglobin (g/dL)", false),
        new Kind("UrineProtein", UrineProtein::mgPerDecilitre, "urine protein (mg/dL)", false),
        new Kind("Milligrams", Milligrams::of, "amount (mg)", false));
  }

  static Stream<Arguments> kindsWithNonFinite() {
    return kinds()
        .flatMap(
            k ->
                Stream.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)
                    .map(v -> Arguments.of(k, v)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kindsWithNonFinite")
  void of_nonFinite_throwsNamingRoleAndValue(Kind kind, double value) {
    assertThatThrownBy(() -> kind.factory().apply(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind.role() + " (" + value + ") must be a finite number");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void of_smallestNegative_throwsNamingRoleAndValue(Kind kind) {
    String bound = kind.positive() ? "> 0" : ">= 0";
    assertThatThrownBy(() -> kind.factory().apply(-Double.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(kind.role() + " (-4.9E-324) must be a finite number " + bound);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void of_minusOne_throws(Kind kind) {
    assertThatThrownBy(() -> kind.factory().apply(-1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(kind.role() + " (-1.0)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void of_zero_acceptedOnlyWhenDomainIncludesZero(Kind kind) {
    if (kind.positive()) {
      assertThatThrownBy(() -> kind.factory().apply(0.0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(kind.role() + " (0.0) must be a finite number > 0");
    } else {
      assertThat(kind.factory().apply(0.0)).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void of_smallestPositiveAndLargestFinite_accepted(Kind kind) {
    assertThat(kind.factory().apply(Double.MIN_VALUE)).isNotNull();
    assertThat(kind.factory().apply(Double.MAX_VALUE)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void of_sameValue_equalAndSameHash(Kind kind) {
    assertThat(kind.factory().apply(1.5)).isEqualTo(kind.factory().apply(1.5));
    assertThat(kind.factory().apply(1.5)).hasSameHashCodeAs(kind.factory().apply(1.5));
    assertThat(kind.factory().apply(1.5)).isNotEqualTo(kind.factory().apply(2.5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void compareTo_ordersByTheValue(Kind kind) {
    Object one = kind.factory().apply(1.5);
    if (!(one instanceof Comparable)) {
      return;
    }
    Comparable small = (Comparable) one;
    Comparable large = (Comparable) kind.factory().apply(2.5);
    assertThat(small.compareTo(large)).isNegative();
    assertThat(large.compareTo(small)).isPositive();
    assertThat(small.compareTo(kind.factory().apply(1.5))).isZero();
  }
}
