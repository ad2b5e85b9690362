package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Virology: nothing known by default; strict builder. */
class VirologyTest {

  @Test
  void unknown_noResistanceAndRefractoryUnknown() {
    assertThat(Virology.unknown().resistantTo()).isEmpty();
    assertThat(Virology.unknown().refractory()).isEmpty();
  }

  @Test
  void build_values_kept() {
    Virology v =
        Virology.builder()
            .addResistantTo(Drug.GANCICLOVIR, Drug.FOSCARNET)
            .refractory(true)
            .build();
    assertThat(v.resistantTo()).containsExactly(Drug.GANCICLOVIR, Drug.FOSCARNET);
    assertThat(v.refractory()).contains(true);
  }

  @Test
  void builder_refractorySetTwice_throws() {
    assertThatThrownBy(() -> Virology.builder().refractory(true).refractory(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refractory");
  }

  @Test
  void drug_ganciclovirFamily_onlyGanciclovirAndValganciclovir() {
    // Clinical basis §4: valganciclovir is the prodrug of ganciclovir.
    for (Drug d : Drug.values()) {
      assertThat(d.isGanciclovirFamily())
          .as(d.name())
          .isEqualTo(d == Drug.GANCICLOVIR || d == Drug.VALGANCICLOVIR);
    }
  }
}
