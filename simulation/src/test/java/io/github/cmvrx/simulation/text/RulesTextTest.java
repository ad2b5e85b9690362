package io.github.cmvrx.simulation.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.rule.RuleId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RulesText: one line per rule as text; the same catalogue as JSON. */
class RulesTextTest {

  @Test
  void text_oneLinePerRule() {
    List<String> lines = RulesText.text().lines().toList();
    assertThat(lines).hasSize(RuleId.values().length);
    assertThat(RulesText.text()).endsWith("\n");
  }

  @Test
  void text_firstLine_idDescriptionSources() {
    assertThat(RulesText.text().lines().findFirst())
        .contains(
            "REG-CNS-COMBINATION: CNS disease: ganciclovir 5 mg/kg IV q12h plus foscarnet 60 mg/kg"
                + " IV q8h (or 90 mg/kg q12h), renally adjusted, 21 days, then maintenance"
                + " (sources: SEED, EACS)");
  }

  @Test
  void line_singleSource() {
    assertThat(RulesText.line(RuleId.ADV_HIV_ART))
        .isEqualTo(
            "ADV-HIV-ART: HIV: start or optimise antiretroviral therapy with the HIV team"
                + " (sources: NIH-OI)");
  }

  @Test
  void line_threeSources() {
    assertThat(RulesText.line(RuleId.REG_THIRD_LINE)).endsWith("(sources: SEED, MBV-PI, CDV-PI)");
  }

  @Test
  void text_everyRuleIdPresent() {
    String text = RulesText.text();
    for (RuleId r : RuleId.values()) {
      assertThat("\n" + text).as(r.id()).contains("\n" + r.id() + ": ");
    }
  }

  @Test
  void json_start_firstRuleExact() {
    assertThat(RulesText.json())
        .startsWith(
            "{\"rules\":[{\"id\":\"REG-CNS-COMBINATION\",\"description\":\"CNS disease: ganciclovir"
                + " 5 mg/kg IV q12h plus foscarnet 60 mg/kg IV q8h (or 90 mg/kg q12h), renally"
                + " adjusted, 21 days, then maintenance\",\"sources\":[\"SEED\",\"EACS\"]},")
        .endsWith("}\n");
  }

  @Test
  void json_parses_everyRuleAndEverySource() throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(RulesText.json())) {
      String field = "";
      String array = "";
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          if (p.getParsingContext().getParent().inRoot()) {
            array = field;
          }
        } else if (t == JsonToken.VALUE_STRING && field.equals("id") && array.equals("rules")) {
          ids.add(p.getText());
        } else if (t == JsonToken.VALUE_STRING && field.equals("key") && array.equals("sources")) {
          keys.add(p.getText());
        }
      }
    }
    assertThat(ids).hasSize(RuleId.values().length).doesNotHaveDuplicates();
    assertThat(ids).contains("REG-NO-SAFE-REGIMEN", "PHASE-HIV-STOP", "ADV-G-CSF");
    assertThat(keys).hasSize(Source.values().length).contains("GCV-PI", "MARTSON-2021");
  }

  @Test
  void json_escapesQuotesAndNonAscii() {
    // The Märtson citation has a non-ASCII letter; JSON must carry it intact, quotes escaped.
    assertThat(RulesText.json()).contains("M\u00e4rtson AG");
  }
}
