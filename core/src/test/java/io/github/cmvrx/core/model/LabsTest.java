package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labs: every value optional, each in its CaseLimits range (decision 0003), both edges. */
class LabsTest {

  @Test
  void unknown_nothingKnown() {
    Labs l = Labs.unknown();
    assertThat(l.anc()).isEmpty();
    assertThat(l.platelets()).isEmpty();
    assertThat(l.hemoglobin()).isEmpty();
    assertThat(l.urineProtein()).isEmpty();
    assertThat(l.baselineSerumCreatinine()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 500, 100_000})
  void build_ancInside_accepted(double v) {
    assertThat(Labs.builder().anc(CellCount.perMicrolitre(v)).build().anc()).contains(CellCount.perMicrolitre(v));
  }

  @Test
  void build_ancAboveMax_rejected() {
    assertThatThrownBy(() -> Labs.builder().anc(CellCount.perMicrolitre(100_000.0000001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "labs.ancPerUl: value 100000.0000001 is outside the accepted range [0, 100000]"
                + " cells/uL");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 25_000, 2_000_000})
  void build_plateletsInside_accepted(double v) {
    assertThat(Labs.builder().platelets(CellCount.perMicrolitre(v)).build().platelets())
        .contains(CellCount.perMicrolitre(v));
  }

  @Test
  void build_plateletsAboveMax_rejected() {
    assertThatThrownBy(
            () -> Labs.builder().platelets(CellCount.perMicrolitre(Math.nextUp(2_000_000.0))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("labs.plateletsPerUl: value 2000000.0000000002")
        .hasMessageEndingWith("[0, 2000000] cells/uL");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 8, 25})
  void build_haemoglobinInside_accepted(double v) {
    assertThat(Labs.builder().hemoglobin(Haemoglobin.gramsPerDecilitre(v)).build().hemoglobin())
        .contains(Haemoglobin.gramsPerDecilitre(v));
  }

  @Test
  void build_haemoglobinAboveMax_rejected() {
    assertThatThrownBy(() -> Labs.builder().hemoglobin(Haemoglobin.gramsPerDecilitre(25.0000001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "labs.hemoglobinGPerDl: value 25.0000001 is outside the accepted range [0.5, 25] g/dL");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 100, 5000})
  void build_urineProteinInside_accepted(double v) {
    assertThat(Labs.builder().urineProtein(UrineProtein.mgPerDecilitre(v)).build().urineProtein())
        .contains(UrineProtein.mgPerDecilitre(v));
  }

  @Test
  void build_urineProteinAboveMax_rejected() {
    assertThatThrownBy(() -> Labs.builder().urineProtein(UrineProtein.mgPerDecilitre(5000.0000001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "labs.urineProteinMgPerDl: value 5000.0000001 is outside the accepted range"
                + " [0, 5000] mg/dL");
  }

  @Test
  void build_baselineCreatinineEdges_mgPerDl() {
    assertThat(
            Labs.builder()
                .baselineSerumCreatinine(SerumCreatinine.mgPerDl(20))
                .build()
                .baselineSerumCreatinine())
        .isPresent();
    assertThatThrownBy(
            () ->
                Labs.builder().baselineSerumCreatinine(SerumCreatinine.mgPerDl(20.0000001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "labs.baselineSerumCreatinine.value: value 20.0000001 is outside the accepted range"
                + " [0.1, 20] mg/dL");
  }

  @Test
  void build_baselineCreatinineEdges_umolPerL() {
    assertThat(
            Labs.builder()
                .baselineSerumCreatinine(SerumCreatinine.umolPerL(1768))
                .build()
                .baselineSerumCreatinine())
        .isPresent();
    assertThatThrownBy(
            () ->
                Labs.builder()
                    .baselineSerumCreatinine(SerumCreatinine.umolPerL(1768.0000001))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "labs.baselineSerumCreatinine.value: value 1768.0000001 is outside the accepted"
                + " range [8.84, 1768] umol/L");
  }

  @Test
  void builder_ancSetTwice_throws() {
    assertThatThrownBy(() -> Labs.builder().anc(CellCount.perMicrolitre(1)).anc(CellCount.perMicrolitre(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("anc");
  }
}
