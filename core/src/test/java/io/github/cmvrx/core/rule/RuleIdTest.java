package io.github.cmvrx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.text.MessageKey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule catalogue: ids unique and as the clinical basis writes them, each with a source. */
class RuleIdTest {

  /** Every rule id that clinical basis §4, §5 and §7 write in brackets, typed by hand. */
  private static final List<String> SPEC_IDS =
      List.of(
          "REG-CNS-COMBINATION",
          "REG-CNS-PARTIAL",
          "REG-NONCNS-GCV",
          "REG-NONCNS-ORAL",
          "REG-IV-TO-ORAL",
          "REG-GCV-ALTERNATIVE",
          "REG-THIRD-LINE",
          "REG-REFRACTORY",
          "REG-NO-SAFE-REGIMEN",
          "REG-LETERMOVIR-PROPHYLAXIS-ONLY",
          "PHASE-MAINTENANCE",
          "PHASE-HIV-LIFELONG",
          "PHASE-HIV-STOP",
          "PHASE-TRANSPLANT-SECONDARY",
          "ADV-IMMUNOSUPPRESSION",
          "ADV-HIV-ART",
          "ADV-CSF-PENETRATION",
          "ADV-RESISTANCE-EMERGENCE",
          "ADV-OBESITY-WEIGHT",
          "ADV-G-CSF");

  @Test
  void specIds_twentyDistinct() {
    assertThat(new HashSet<>(SPEC_IDS)).hasSize(20);
  }

  @Test
  void forId_everySpecId_found() {
    for (String id : SPEC_IDS) {
      assertThat(RuleId.forId(id)).as(id).isPresent();
      assertThat(RuleId.forId(id).orElseThrow().id()).isEqualTo(id);
    }
  }

  @Test
  void sources_everyRule_atLeastOne() {
    for (RuleId r : RuleId.values()) {
      assertThat(r.sources()).as(r.id()).isNotEmpty();
      assertThat(r.primarySource()).as(r.id()).isEqualTo(r.sources().get(0));
    }
  }

  @Test
  void sources_noRuleCitesTheSameSourceTwice() {
    for (RuleId r : RuleId.values()) {
      assertThat(r.sources()).as(r.id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void ids_unique() {
    Set<String> seen = new HashSet<>();
    for (RuleId r : RuleId.values()) {
      assertThat(seen.add(r.id())).as(r.id()).isTrue();
    }
  }

  @Test
  void ids_upperCaseWordsJoinedByHyphens() {
    for (RuleId r : RuleId.values()) {
      assertThat(r.id()).matches("[A-Z0-9]+(-[A-Z0-9]+)*");
    }
  }

  @Test
  void descriptions_nonBlank() {
    for (RuleId r : RuleId.values()) {
      assertThat(r.description()).as(r.id()).isNotBlank();
    }
  }

  @Test
  void forId_everyRule_roundTrips() {
    for (RuleId r : RuleId.values()) {
      assertThat(RuleId.forId(r.id())).contains(r);
    }
  }

  @Test
  void forId_unknownOrEnumName_empty() {
    assertThat(RuleId.forId("REG-NOPE")).isEmpty();
    assertThat(RuleId.forId("REG_CNS_COMBINATION")).isEmpty();
    assertThat(RuleId.forId("reg-cns-combination")).isEmpty();
    assertThat(RuleId.forId("")).isEmpty();
  }

  @Test
  void id_examples() {
    assertThat(RuleId.REG_CNS_COMBINATION.id()).isEqualTo("REG-CNS-COMBINATION");
    assertThat(RuleId.ADV_G_CSF.id()).isEqualTo("ADV-G-CSF");
  }

  /** Each rule's wording is the catalogue's entry named after it: no rule reads another's. */
  @Test
  void descriptionMessage_theCatalogueKeyNamedAfterTheRule_noArguments() {
    for (RuleId r : RuleId.values()) {
      assertThat(r.descriptionMessage().key())
          .as(r.id())
          .isEqualTo(MessageKey.valueOf("RULE_" + r.name()));
      assertThat(r.descriptionMessage().args()).as(r.id()).isEmpty();
    }
  }

  /** The English description as the rule has always read (clinical basis §4.1, rule 1). */
  @Test
  void description_englishFromTheCatalogue() {
    assertThat(RuleId.REG_CNS_COMBINATION.description())
        .isEqualTo(
            "CNS disease: ganciclovir 5 mg/kg IV q12h plus foscarnet 60 mg/kg IV q8h (or 90 mg/kg"
                + " q12h), renally adjusted, 21 days, then maintenance");
    assertThat(RuleId.INPUT_VALIDATION.description())
        .isEqualTo("Invalid input is refused with field-level errors, never guessed");
  }
}
