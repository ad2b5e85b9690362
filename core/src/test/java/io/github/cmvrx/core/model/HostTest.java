package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.validation.MissingFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Host: CD4 [0, 5000] cells/uL and months [0, 1440] (CaseLimits, decision 0003). */
class HostTest {

  private static Host withCd4(double cd4) {
    return Host.builder().category(HostCategory.HIV).cd4(CellCount.perMicrolitre(cd4)).build();
  }

  private static Host withMonths(double months) {
    return Host.builder().category(HostCategory.HIV).monthsCd4Above100(months).build();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 35, 5000})
  void build_cd4Inside_accepted(double cd4) {
    assertThat(withCd4(cd4).cd4()).contains(CellCount.perMicrolitre(cd4));
  }

  @Test
  void build_cd4Above5000_rejected() {
    assertThatThrownBy(() -> withCd4(5000.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "host.cd4PerUl: value 5000.0000001 is outside the accepted range [0, 5000] cells/uL");
    assertThatThrownBy(() -> withCd4(Math.nextUp(5000.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_cd4Negative_rejectedByQuantity() {
    assertThatThrownBy(() -> withCd4(-0.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cell count (cells/uL) (-1.0E-7) must be a finite number >= 0");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 3, 6, 1440})
  void build_monthsInside_accepted(double months) {
    assertThat(withMonths(months).monthsCd4Above100()).hasValue(months);
  }

  @Test
  void build_monthsAbove1440_rejected() {
    assertThatThrownBy(() -> withMonths(1440.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "host.monthsCd4Above100: value 1440.0000001 is outside the accepted range"
                + " [0, 1440] months");
  }

  @Test
  void build_monthsNegative_rejected() {
    assertThatThrownBy(() -> withMonths(-0.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "host.monthsCd4Above100: value -1.0E-7 is outside the accepted range [0, 1440] months");
  }

  @Test
  void build_monthsNaN_rejected() {
    assertThatThrownBy(() -> withMonths(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("host.monthsCd4Above100: value NaN");
  }

  @Test
  void build_onlyCategory_everythingElseUnknown() {
    Host h = Host.builder().category(HostCategory.HSCT).build();
    assertThat(h.cd4()).isEmpty();
    assertThat(h.onAntiretroviralTherapy()).isEmpty();
    assertThat(h.hivRnaSuppressed()).isEmpty();
    assertThat(h.monthsCd4Above100()).isEmpty();
    assertThat(h.onCiclosporin()).isEmpty();
  }

  @Test
  void builder_categorySetTwice_throws() {
    assertThatThrownBy(() -> Host.builder().category(HostCategory.HIV).category(HostCategory.HSCT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("category");
  }

  @Test
  void builder_onCiclosporinSetTwice_throws() {
    assertThatThrownBy(() -> Host.builder().onCiclosporin(true).onCiclosporin(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("onCiclosporin");
  }

  @Test
  void build_missingCategory_throws() {
    assertThatThrownBy(() -> Host.builder().onCiclosporin(false).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("host.category is required");
  }

  @Test
  void category_isTransplant_onlyHsctAndSot() {
    assertThat(HostCategory.HSCT.isTransplant()).isTrue();
    assertThat(HostCategory.SOLID_ORGAN_TRANSPLANT.isTransplant()).isTrue();
    assertThat(HostCategory.HIV.isTransplant()).isFalse();
    assertThat(HostCategory.OTHER_IMMUNOCOMPROMISED.isTransplant()).isFalse();
    assertThat(HostCategory.IMMUNOCOMPETENT.isTransplant()).isFalse();
  }
}
