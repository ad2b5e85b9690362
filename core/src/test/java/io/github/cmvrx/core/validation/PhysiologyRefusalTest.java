package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.testing.CaseDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refusal texts of {@link Physiology#impossible} write a value of the case as given (the
 * shortest decimal, never rounded: a refused value must not read as an accepted one) and a
 * computed value (the body mass index, the months lived) by the catalogue's {@code sig3} rule,
 * also above 1,000, where {@code %.3g} wrote an exponent (decision record 1406). Every expected
 * text is worked out by hand from the limits of decision record 0900.
 */
class PhysiologyRefusalTest {

  private static List<String> refusals(CaseDraft d) {
    return Physiology.impossible(d.build()).stream()
        .map(e -> e.field() + ": " + e.message())
        .toList();
  }

  @Test
  void bodyMassIndexAbove1000_writtenWithItsWholePart() {
    // 277.75 kg at 50 cm: 277.75 / 0.5^2 = 1111 kg/m2, above the adult's 210; weight and
    // height are each inside their adult ranges [10, 400] kg and [50, 250] cm. 3 significant
    // digits never cut the whole part: "1111" (String.format("%.3g") wrote "1.11e+03").
    CaseDraft d = CaseDraft.adult();
    d.weightKg = 277.75;
    d.heightCm = 50;
    assertThat(refusals(d))
        .containsExactly(
            "patient.weightKg: weight 277.75 kg with height 50 cm gives a body mass index of 1111"
                + " kg/m2, outside the physiological range [7, 210] kg/m2 for age 18 years and"
                + " over (patient.ageYears 50): check the weight, the height and their units"
                + " (docs/decisions/0900)");
  }

  @Test
  void bodyMassIndexBelow1000_threeSignificantDigits() {
    // 60 kg at 51 cm: 60 / 0.51^2 = 230.68... -> "231", above 210
    CaseDraft d = CaseDraft.adult();
    d.weightKg = 60;
    d.heightCm = 51;
    assertThat(refusals(d)).singleElement().asString().contains("a body mass index of 231 kg/m2");
  }

  @Test
  void monthsAbove1000_writtenWithTheirWholePart() {
    // 90 years have 90 x 12 = 1080 months; 1100 months of CD4 above 100 are longer than that.
    // "%.3g" wrote "1.08e+03".
    CaseDraft d = CaseDraft.adult();
    d.age = 90;
    d.host = HostCategory.HIV;
    d.cd4 = 500.0;
    d.monthsCd4Above100 = 1100.0;
    assertThat(refusals(d))
        .containsExactly(
            "host.monthsCd4Above100: value 1100 months is longer than the patient has lived (1080"
                + " months at patient.ageYears 90)");
  }

  @Test
  void monthsOfAFractionalAge_threeSignificantDigits() {
    // 2.345 years = 28.14 months -> "28.1"; 30 months are longer
    CaseDraft d = CaseDraft.adult();
    d.age = 2.345;
    d.weightKg = 12;
    d.heightCm = 88;
    d.host = HostCategory.HIV;
    d.cd4 = 900.0;
    d.monthsCd4Above100 = 30.0;
    assertThat(refusals(d))
        .containsExactly(
            "host.monthsCd4Above100: value 30 months is longer than the patient has lived (28.1"
                + " months at patient.ageYears 2.345)");
  }
}
