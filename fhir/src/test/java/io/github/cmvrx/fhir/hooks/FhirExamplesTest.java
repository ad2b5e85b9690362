package io.github.cmvrx.fhir.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.fhir.FhirCaseWriter;
import io.github.cmvrx.fhir.FhirCodes;
import io.github.cmvrx.fhir.FhirRead;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

/**
 * examples/fhir: one Bundle per JSON example, which must give the same recommendation, and one
 * CDS Hooks request per hook, which the service must answer. Regenerate the files with
 * {@code mvn -B -pl fhir -am test -Dtest=FhirExamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcmvrx.writeExamples=true}.
 */
class FhirExamplesTest {
  static final LocalDate EVALUATION = LocalDate.of(2026, 12, 1);

  static Path examples() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    return p.resolve("examples");
  }

  static List<Path> jsonExamples() throws IOException {
    try (Stream<Path> s = Files.list(examples())) {
      return s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  static Path bundleFor(Path json) {
    String name = json.getFileName().toString().replace(".json", ".bundle.json");
    return examples().resolve("fhir").resolve(name);
  }

  static PatientCase caseOf(Path json) throws IOException {
    JsonResult<PatientCase> r = CaseJson.read(Files.readString(json));
    return ((JsonResult.Valid<PatientCase>) r).value();
  }

  static ObjectNode hookRequest(String hook) throws IOException {
    boolean patientView = hook.equals("patient-view");
    PatientCase c =
        caseOf(examples().resolve(patientView ? "hiv-cmv-encephalitis.json" : "kidney-transplant-colitis-crcl40.json"));
    ObjectNode request =
        HookRequests.request(hook, "d1bf2f3e-0000-4000-8000-" + (patientView ? "000000000001" : hook.equals("order-select") ? "000000000002" : "000000000003"), HookRequests.prefetch(c, EVALUATION));
    if (!patientView) {
      // A draft ganciclovir 360 mg IV q12h (5 mg/kg for 72 kg) while CrCl about 40 mL/min calls
      // for 2.5 mg/kg q24h (GCV-PI renal table): the service suggests replacing it.
      MedicationRequest draft = new MedicationRequest();
      draft.setId("draft-ganciclovir");
      draft.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
      draft.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
      draft.setMedication(new CodeableConcept().addCoding(new Coding(FhirCodes.RXNORM, "4678", "ganciclovir")).setText("ganciclovir"));
      draft.getSubject().setReference("Patient/patient");
      draft.addDosageInstruction().setRoute(new CodeableConcept().setText("intravenous"))
          .addDoseAndRate().setDose(new Quantity().setValue(360).setUnit("mg").setSystem(FhirCodes.UCUM).setCode("mg"));
      draft.getDosageInstructionFirstRep().getTiming().getRepeat().setFrequency(1).setPeriod(12).setPeriodUnit(Timing.UnitsOfTime.H);
      Bundle drafts = new Bundle().setType(Bundle.BundleType.COLLECTION);
      drafts.addEntry().setFullUrl(FhirCodes.CMVRX_BASE + "/case/MedicationRequest/draft-ganciclovir").setResource(draft);
      ObjectNode context = (ObjectNode) request.get("context");
      context.set("draftOrders", HookRequests.json(drafts));
      if (hook.equals("order-select")) {
        context.putArray("selections").add("MedicationRequest/draft-ganciclovir");
      }
    }
    return request;
  }

  @Test
  void writeExamples_whenAskedFor() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("cmvrx.writeExamples"));
    Files.createDirectories(examples().resolve("fhir"));
    for (Path json : jsonExamples()) {
      Bundle b = FhirCaseWriter.write(caseOf(json), EVALUATION);
      Files.writeString(bundleFor(json), FhirCaseReader.jsonParser().setPrettyPrint(true).encodeResourceToString(b) + "\n", StandardCharsets.UTF_8);
    }
    for (String hook : new String[] {"patient-view", "order-select", "order-sign"}) {
      Files.writeString(
          examples().resolve("fhir").resolve("cds-hooks-" + hook + ".json"),
          HookRequests.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(hookRequest(hook)) + "\n",
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyJsonExample_hasABundleGivingTheSameRecommendation() throws IOException {
    List<Path> cases = jsonExamples();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(9);
    for (Path json : cases) {
      Path bundle = bundleFor(json);
      assertThat(bundle).as("run with -Dcmvrx.writeExamples=true").exists();
      FhirRead read = FhirCaseReader.read(Files.readString(bundle), Optional.empty(), LocalDate.of(2000, 1, 1));
      assertThat(read).as(bundle.toString()).isInstanceOf(FhirRead.Read.class);
      // Bundle.timestamp (2026-12-01) is the evaluation date, not the fallback date given here.
      assertThat(((FhirRead.Read) read).evaluationDate()).isEqualTo(EVALUATION);
      assertThat(RecommendationJson.write(read.recommend(Policy.defaults())))
          .as(bundle.toString())
          .isEqualTo(RecommendationJson.write(TreatmentAdvisor.recommend(caseOf(json))));
    }
  }

  @Test
  void everyHookRequest_isAnsweredByTheService() throws Exception {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (CdsService service = CdsService.start(CdsService.Config.defaults(loopback, Optional.empty()))) {
      HttpClient client = HttpClient.newHttpClient();
      for (String hook : new String[] {"patient-view", "order-select", "order-sign"}) {
        Path file = examples().resolve("fhir").resolve("cds-hooks-" + hook + ".json");
        assertThat(file).exists();
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/cds-services/cmvrx-" + hook))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(hook + ": " + r.body()).isEqualTo(200);
        JsonNode cards = HookRequests.MAPPER.readTree(r.body()).get("cards");
        assertThat(cards).as(hook).isNotEmpty();
        if (!hook.equals("patient-view")) {
          assertThat(cards.get(0).get("summary").asText()).contains("ganciclovir");
        }
      }
    }
  }
}
