package io.github.cmvrx.simulation.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.simulation.distribution.Normal;
import org.junit.jupiter.api.Test;

class CohortSpecReaderTest {

  @Test
  void read_emptyObject_isMixedWithTheGivenName() {
    CohortSpec s = CohortSpecReader.read("{}", "mine");
    assertThat(s).isEqualTo(CohortSpecs.mixed().toBuilder().name("mine").build());
  }

  @Test
  void read_overrides_areApplied() {
    CohortSpec s =
        CohortSpecReader.read(
            "{\"base\":\"hsct\",\"patients\":500,\"childShare\":0.5,"
                + "\"adultAgeYears\":{\"mean\":60,\"sd\":10,\"min\":18,\"max\":90},"
                + "\"hosts\":{\"hiv\":1}}",
            "f");
    assertThat(s.patients()).isEqualTo(500);
    assertThat(s.body().childShare()).isEqualTo(0.5);
    assertThat(s.body().adultAgeYears()).isEqualTo(new Normal(60, 10, 18, 90));
    assertThat(s.host().hosts().asMap().get(HostCategory.HIV)).isEqualTo(1.0);
    assertThat(s.host().hosts().asMap().get(HostCategory.HSCT)).isEqualTo(0.0);
    assertThat(s.labs().thrombocytopeniaShare()).isEqualTo(CohortSpecs.hsct().labs().thrombocytopeniaShare());
  }

  @Test
  void read_unknownKey_isAnErrorNamingIt() {
    assertThatThrownBy(() -> CohortSpecReader.read("{\"childShares\":0.1}", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("childShares");
  }

  @Test
  void read_unknownNestedKey_isAnErrorNamingIt() {
    assertThatThrownBy(
            () ->
                CohortSpecReader.read(
                    "{\"adultAgeYears\":{\"mean\":1,\"sd\":1,\"min\":1,\"max\":2,\"median\":3}}", "f"))
        .hasMessageContaining("adultAgeYears.median");
    assertThatThrownBy(() -> CohortSpecReader.read("{\"hosts\":{\"martian\":1}}", "f"))
        .hasMessageContaining("hosts.martian");
  }

  @Test
  void read_shareOutOfRange_isAnErrorWithValueAndRange() {
    assertThatThrownBy(() -> CohortSpecReader.read("{\"severeShare\":1.5}", "f"))
        .hasMessageContaining("severeShare")
        .hasMessageContaining("1.5")
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void read_wrongType_isAnError() {
    assertThatThrownBy(() -> CohortSpecReader.read("{\"severeShare\":\"high\"}", "f"))
        .hasMessageContaining("severeShare")
        .hasMessageContaining("number");
  }

  @Test
  void read_duplicateKey_isAnError() {
    assertThatThrownBy(() -> CohortSpecReader.read("{\"severeShare\":0.1,\"severeShare\":0.2}", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severeShare");
  }

  @Test
  void read_unknownBase_isAnError() {
    assertThatThrownBy(() -> CohortSpecReader.read("{\"base\":\"elderly\"}", "f"))
        .hasMessageContaining("elderly");
  }
}
