package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Labs as a hand-written value (decision 1442): optionals stored once, the strict builder's message
 * and the text of the former generated class.
 */
class LabsValueTest {

  @Test
  void values_readTwice_sameStoredOptional() {
    Labs l = Labs.builder().anc(CellCount.perMicrolitre(1500)).build();

    assertThat(l.anc()).isSameAs(l.anc()).contains(CellCount.perMicrolitre(1500));
    assertThat(l.platelets()).isSameAs(l.platelets()).isEmpty();
    assertThat(l.hemoglobin()).isSameAs(l.hemoglobin());
    assertThat(l.urineProtein()).isSameAs(l.urineProtein());
    assertThat(l.baselineSerumCreatinine()).isSameAs(l.baselineSerumCreatinine());
  }

  @Test
  void builder_valueSetTwice_refused() {
    // The generated builder's words: "Builder of Labs is strict, attribute is already set: anc".
    Labs.Builder b = Labs.builder().anc(Optional.empty());

    assertThatThrownBy(() -> b.anc(CellCount.perMicrolitre(1500)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Labs is strict, attribute is already set: anc");
  }

  @Test
  void optionalSetters_sameValueAsPlainSetters() {
    Labs plain = Labs.builder().hemoglobin(Haemoglobin.gramsPerDecilitre(9.5)).build();
    Labs optional =
        Labs.builder()
            .hemoglobin(Optional.of(Haemoglobin.gramsPerDecilitre(9.5)))
            .anc(Optional.empty())
            .build();

    assertThat(optional).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(optional).isNotEqualTo(Labs.unknown());
  }

  @Test
  void toString_knownValuesOnly_commaSeparated() {
    assertThat(Labs.unknown()).hasToString("Labs{}");
    assertThat(
            Labs.builder()
                .platelets(CellCount.perMicrolitre(90000))
                .hemoglobin(Haemoglobin.gramsPerDecilitre(9.5))
                .build())
        .hasToString(
            "Labs{platelets=CellCount[perMicrolitre=90000.0],"
                + " hemoglobin=Haemoglobin[gramsPerDecilitre=9.5]}");
  }
}
