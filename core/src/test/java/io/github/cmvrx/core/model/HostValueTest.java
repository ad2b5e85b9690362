package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Host as a hand-written value (decision 1442): optionals stored once, the strict builder's
 * messages and the text of the former generated class.
 */
class HostValueTest {

  @Test
  void values_readTwice_sameStoredOptional() {
    Host h =
        Host.builder()
            .category(HostCategory.HIV)
            .cd4(CellCount.perMicrolitre(35))
            .onAntiretroviralTherapy(true)
            .monthsCd4Above100(3)
            .build();

    assertThat(h.cd4()).isSameAs(h.cd4()).contains(CellCount.perMicrolitre(35));
    assertThat(h.onAntiretroviralTherapy()).isSameAs(h.onAntiretroviralTherapy()).contains(true);
    assertThat(h.hivRnaSuppressed()).isSameAs(h.hivRnaSuppressed()).isEmpty();
    assertThat(h.monthsCd4Above100()).isSameAs(h.monthsCd4Above100()).hasValue(3);
    assertThat(h.onCiclosporin()).isSameAs(h.onCiclosporin());
  }

  @Test
  void builder_attributeSetTwice_refused() {
    // "Builder of Host is strict, attribute is already set: monthsCd4Above100" (generated).
    Host.Builder b = Host.builder().monthsCd4Above100(OptionalDouble.empty());

    assertThatThrownBy(() -> b.monthsCd4Above100(6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Host is strict, attribute is already set: monthsCd4Above100");
  }

  @Test
  void builder_withoutCategory_missingField() {
    // The generated builder said "Cannot build Host, some of required attributes are not set
    // [category]", which MissingFieldException turns into the field path.
    assertThatThrownBy(() -> Host.builder().cd4(CellCount.perMicrolitre(35)).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("host.category is required");
  }

  @Test
  void optionalSetters_sameValueAsPlainSetters() {
    Host plain = Host.builder().category(HostCategory.HIV).hivRnaSuppressed(false).build();
    Host optional =
        Host.builder()
            .category(HostCategory.HIV)
            .hivRnaSuppressed(Optional.of(false))
            .cd4(Optional.empty())
            .build();

    assertThat(optional).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(optional).isNotEqualTo(Host.builder().category(HostCategory.HIV).build());
  }

  @Test
  void toString_categoryThenKnownValues() {
    assertThat(Host.builder().category(HostCategory.HSCT).build())
        .hasToString("Host{category=HSCT}");
    assertThat(
            Host.builder()
                .category(HostCategory.HIV)
                .monthsCd4Above100(6)
                .onCiclosporin(true)
                .build())
        .hasToString("Host{category=HIV, monthsCd4Above100=6.0, onCiclosporin=true}");
  }
}
