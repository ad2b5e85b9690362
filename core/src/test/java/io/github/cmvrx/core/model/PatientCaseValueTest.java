package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PatientCase as a hand-written value (decision 1442): the id stored once, the strict builder's
 * messages, the defaults and the text of the former generated class.
 */
class PatientCaseValueTest {

  private static final Patient PATIENT =
      Patient.builder()
          .age(Age.years(40))
          .sex(Sex.MALE)
          .weight(Mass.kilograms(80))
          .height(Length.centimetres(180))
          .serumCreatinine(SerumCreatinine.mgPerDl(1))
          .renalReplacement(RenalReplacement.NONE)
          .build();

  private static PatientCase.Builder complete() {
    return PatientCase.builder()
        .patient(PATIENT)
        .host(Host.builder().category(HostCategory.HSCT).build())
        .disease(
            Disease.builder().addSites(DiseaseSite.PNEUMONITIS).severity(Severity.SEVERE).build())
        .treatment(Treatment.builder().phase(TreatmentPhase.NONE).build());
  }

  @Test
  void id_readTwice_sameStoredOptional() {
    PatientCase withId = complete().id("case-7").build();
    PatientCase withoutId = complete().build();

    assertThat(withId.id()).isSameAs(withId.id()).contains("case-7");
    assertThat(withoutId.id()).isSameAs(withoutId.id()).isEmpty();
  }

  @Test
  void builder_attributeSetTwice_refused() {
    // "Builder of PatientCase is strict, attribute is already set: labs" (generated).
    PatientCase.Builder b = complete().labs(Labs.unknown());

    assertThatThrownBy(() -> b.labs(Labs.unknown()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of PatientCase is strict, attribute is already set: labs");
    PatientCase.Builder c = complete().id(Optional.empty());
    assertThatThrownBy(() -> c.id("case-7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of PatientCase is strict, attribute is already set: id");
  }

  @Test
  void builder_requiredMissing_namedInDeclarationOrder() {
    // Generated: "Cannot build PatientCase, some of required attributes are not set
    // [host, disease, treatment]"; the case's own fields have no path prefix.
    assertThatThrownBy(() -> PatientCase.builder().patient(PATIENT).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("host, disease and treatment are required");
  }

  @Test
  void equals_defaultsEqualExplicitUnknown() {
    PatientCase defaults = complete().build();
    PatientCase explicit = complete().virology(Virology.unknown()).labs(Labs.unknown()).build();

    assertThat(explicit).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    assertThat(complete().id("case-7").build()).isNotEqualTo(defaults);
  }

  @Test
  void toString_idFirstWhenGiven() {
    String parts =
        "patient="
            + PATIENT
            + ", host=Host{category=HSCT}"
            + ", disease=Disease{sites=[PNEUMONITIS], severity=SEVERE, isCns=false}"
            + ", virology=Virology{resistantTo=[]}, labs=Labs{}"
            + ", treatment=Treatment{phase=NONE, inducers=[]}}";

    assertThat(complete().build()).hasToString("PatientCase{" + parts);
    assertThat(complete().id("case-7").build()).hasToString("PatientCase{id=case-7, " + parts);
  }
}
