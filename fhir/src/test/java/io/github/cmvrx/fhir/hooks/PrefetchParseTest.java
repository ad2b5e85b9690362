package io.github.cmvrx.fhir.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * The service hands prefetch entries to HAPI FHIR's parser as Jackson trees instead of writing
 * them out as text and parsing that again. Both ways must give the same resources and the same
 * refusals.
 */
class PrefetchParseTest {
  private static final ObjectMapper TREES = FhirCaseReader.treeMapper(new JsonFactory());
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static String viaText(String json) {
    return FhirCaseReader.jsonParser().encodeResourceToString(FhirCaseReader.jsonParser().parseResource(json));
  }

  private static String viaTree(String json) throws Exception {
    return FhirCaseReader.jsonParser().encodeResourceToString(FhirCaseReader.parse(TREES.readTree(json)));
  }

  @Test
  void everyPrefetchEntry_ofTheExamplesAndGeneratedCases_parsesAlikeBothWays() throws Exception {
    List<PatientCase> cases = new ArrayList<>();
    Path examples = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(examples.resolve("examples"))) {
      examples = examples.getParent();
    }
    try (Stream<Path> files = Files.list(examples.resolve("examples"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        cases.add(CdsServiceTest.example(f.getFileName().toString()));
      }
    }
    CohortGenerator generator = new CohortGenerator(CohortSpecs.mixed(), 5);
    for (long i = 0; i < 100; i++) {
      cases.add(generator.generate(i));
    }
    int entries = 0;
    for (PatientCase c : cases) {
      for (JsonNode entry : HookRequests.prefetch(c, TODAY)) {
        String json = entry.toString();
        assertThat(viaTree(json)).isEqualTo(viaText(json));
        entries++;
      }
    }
    assertThat(entries).isEqualTo(6 * cases.size());
  }

  @Test
  void decimals_keepTheirDigits() throws Exception {
    // FHIR decimals keep their precision (R4 datatypes: decimal); a tree read with doubles would
    // turn 1.20 into 1.2.
    String json =
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
            + "\"valueQuantity\":{\"value\":1.20,\"unit\":\"mg/dL\"}}";
    Observation o = (Observation) FhirCaseReader.parse(TREES.readTree(json));
    assertThat(o.getValueQuantity().getValue().toPlainString()).isEqualTo("1.20");
  }

  @Test
  void refusals_areHapisBothWays() throws Exception {
    String unknownElement = "{\"resourceType\":\"Patient\",\"colour\":\"blue\"}";
    String wrongType = "{\"resourceType\":\"Patient\",\"gender\":12}";
    String noType = "{\"gender\":\"male\"}";
    for (String json : List.of(unknownElement, wrongType, noType)) {
      DataFormatException text = null;
      try {
        FhirCaseReader.jsonParser().parseResource(json);
      } catch (DataFormatException e) {
        text = e;
      }
      assertThat(text).as(json).isNotNull();
      String expected = text.getMessage();
      assertThatThrownBy(() -> FhirCaseReader.parse(TREES.readTree(json)))
          .as(json)
          .isInstanceOf(DataFormatException.class)
          .hasMessage(expected);
    }
    // Not an object: parsed from its text, so HAPI FHIR says what is wrong.
    assertThatThrownBy(() -> FhirCaseReader.parse(TREES.readTree("[1]")))
        .isInstanceOf(DataFormatException.class);
    assertThat(FhirCaseReader.parse(TREES.readTree("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}")))
        .isInstanceOf(Bundle.class);
  }
}
