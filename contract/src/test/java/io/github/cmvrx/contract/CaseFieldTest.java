package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The one field table against the contract's case schema (written by hand, read by tests outside
 * this repository): every object has exactly the schema's keys, in its order, and the same
 * required keys. A key renamed or dropped in the table fails here.
 */
class CaseFieldTest {
  private static final JsonNode SCHEMA = schema();

  /** Where each section's object is described in the schema. */
  private static final Map<CaseSection, String> SCHEMA_OBJECT =
      Map.of(
          CaseSection.ROOT, "",
          CaseSection.PATIENT, "/properties/patient",
          CaseSection.SERUM_CREATININE, "/$defs/serumCreatinine",
          CaseSection.HOST, "/properties/host",
          CaseSection.DISEASE, "/properties/disease",
          CaseSection.VIROLOGY, "/properties/virology",
          CaseSection.LABS, "/properties/labs",
          CaseSection.BASELINE_SERUM_CREATININE, "/$defs/serumCreatinine",
          CaseSection.TREATMENT, "/properties/treatment");

  @Test
  void everySection_hasTheSchemasKeys_inTheSchemasOrder() {
    for (CaseSection section : CaseSection.values()) {
      JsonNode object = SCHEMA.at(SCHEMA_OBJECT.get(section));
      List<String> schemaKeys = new ArrayList<>();
      object.get("properties").fieldNames().forEachRemaining(schemaKeys::add);
      assertThat(keys(section)).as(section.name()).containsExactlyElementsOf(schemaKeys);
    }
  }

  @Test
  void everySection_requiresTheSchemasRequiredKeys() {
    for (CaseSection section : CaseSection.values()) {
      JsonNode object = SCHEMA.at(SCHEMA_OBJECT.get(section));
      List<String> required = new ArrayList<>();
      if (object.has("required")) {
        object.get("required").forEach(n -> required.add(n.asText()));
      }
      List<String> tableRequired = new ArrayList<>();
      for (CaseField f : CaseField.of(section)) {
        if (f.presence() == ObjectView.Presence.REQUIRED) {
          tableRequired.add(f.key());
        }
      }
      assertThat(tableRequired).as(section.name()).containsExactlyInAnyOrderElementsOf(required);
    }
  }

  @Test
  void everyNestedObject_isOneSection() {
    for (CaseField f : CaseField.values()) {
      if (f.kind() == CaseField.Kind.OBJECT) {
        CaseSection child = Objects.requireNonNull(f.spec().child(), f.path());
        assertThat(child.path()).isEqualTo(f.path());
      }
    }
  }

  private static List<String> keys(CaseSection section) {
    List<String> keys = new ArrayList<>();
    for (CaseField f : CaseField.of(section)) {
      keys.add(f.key());
    }
    return keys;
  }

  private static JsonNode schema() {
    try (InputStream in =
        CaseFieldTest.class.getResourceAsStream(
            "/io/github/cmvrx/contract/schema/case.schema.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
