package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Virology as a hand-written value (decision 1442): the optional stored once, the strict builder's
 * message and the text of the former generated class.
 */
class VirologyValueTest {

  @Test
  void refractory_readTwice_sameStoredOptional() {
    Virology known = Virology.builder().refractory(true).build();
    Virology unknown = Virology.unknown();

    assertThat(known.refractory()).isSameAs(known.refractory()).contains(true);
    assertThat(unknown.refractory()).isSameAs(unknown.refractory()).isEmpty();
  }

  @Test
  void builder_refractorySetTwice_refused() {
    // "Builder of Virology is strict, attribute is already set: refractory" (generated).
    Virology.Builder b = Virology.builder().refractory(false);

    assertThatThrownBy(() -> b.refractory(Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Virology is strict, attribute is already set: refractory");
  }

  @Test
  void builder_drugsAddedTwice_oneSetInDeclarationOrder() {
    Virology v =
        Virology.builder()
            .addResistantTo(Drug.FOSCARNET)
            .addResistantTo(Drug.GANCICLOVIR, Drug.FOSCARNET)
            .build();

    assertThat(v.resistantTo()).containsExactly(Drug.GANCICLOVIR, Drug.FOSCARNET);
    assertThat(v)
        .isEqualTo(Virology.builder().addResistantTo(Drug.GANCICLOVIR, Drug.FOSCARNET).build());
    assertThat(v).hasToString("Virology{resistantTo=[GANCICLOVIR, FOSCARNET]}");
  }

  @Test
  void toString_unknown_emptySetAndNoRefractory() {
    assertThat(Virology.unknown()).hasToString("Virology{resistantTo=[]}");
    assertThat(Virology.builder().refractory(false).build())
        .hasToString("Virology{resistantTo=[], refractory=false}");
  }
}
