package io.github.cmvrx.fhir.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.fhir.FhirCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service over loopback HTTP, with real JWTs signed by keys made for the test. */
class CdsServiceTest {
  static final String ISSUER = "https://ehr.example.org";
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static RSAKey rsa;
  static ECKey ec;
  static CdsService secure;
  static CdsService insecure;
  static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    ClientTrust trust = new ClientTrust(new JWKSet(List.of(rsa, ec)), ISSUER, clock);
    CdsService.Config base = CdsService.Config.defaults(loopback, Optional.of(trust));
    secure =
        CdsService.start(
            new CdsService.Config(
                loopback, Optional.of(trust), Optional.empty(), base.policy(), 4, 64 * 1024, "*", true,
                Duration.ofSeconds(2), clock));
    CdsService.Config open = CdsService.Config.defaults(loopback, Optional.empty());
    insecure =
        CdsService.start(
            new CdsService.Config(
                loopback, Optional.empty(), Optional.empty(), open.policy(), 4, 64 * 1024, "*", false,
                Duration.ofSeconds(2), clock));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    secure.close();
    insecure.close();
  }

  static String url(CdsService s, String path) {
    return "http://127.0.0.1:" + s.port() + path;
  }

  static String token(String audience, JWSAlgorithm alg, Instant exp, String jti, String issuer) throws JOSEException {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .expirationTime(Date.from(exp))
            .issueTime(Date.from(NOW))
            .jwtID(jti)
            .subject("client")
            .build();
    if (alg.equals(JWSAlgorithm.HS256)) {
      SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
      jwt.sign(new MACSigner(new byte[32]));
      return jwt.serialize();
    }
    boolean isRsa = alg.equals(JWSAlgorithm.RS384);
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(alg).keyID(isRsa ? "rsa-1" : "ec-1").build(), claims);
    jwt.sign(isRsa ? new RSASSASigner(rsa) : new ECDSASigner(ec));
    return jwt.serialize();
  }

  static String good(String path) throws JOSEException {
    return token(url(secure, path), JWSAlgorithm.RS384, NOW.plusSeconds(240), UUID.randomUUID().toString(), ISSUER);
  }

  static HttpResponse<String> get(String url, Optional<String> token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String body, Optional<String> token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode body(HttpResponse<String> r) throws IOException {
    return HookRequests.MAPPER.readTree(r.body());
  }

  static PatientCase example(String name) throws IOException {
    Path examples = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(examples.resolve("examples"))) {
      examples = examples.getParent();
    }
    JsonResult<PatientCase> r = CaseJson.read(Files.readString(examples.resolve("examples").resolve(name)));
    return ((JsonResult.Valid<PatientCase>) r).value();
  }

  /**
   * Decision 1111 item 6: once a service has started, the JDK server's sockets use TCP_NODELAY
   * (without it every keep-alive answer waited about 40 ms for a delayed ACK).
   */
  @Test
  void serviceStarted_tcpNoDelayIsOn() {
    assertThat(secure).isNotNull();
    assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
  }

  @Test
  void discovery_listsThreeServicesWithPrefetch() throws Exception {
    HttpResponse<String> r = get(url(secure, "/cds-services"), Optional.of(good("/cds-services")));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode services = body(r).get("services");
    assertThat(services).hasSize(3);
    assertThat(services.findValuesAsText("hook")).containsExactly("patient-view", "order-select", "order-sign");
    JsonNode prefetch = services.get(0).get("prefetch");
    assertThat(prefetch.get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    assertThat(prefetch.get("observations").asText()).contains("http://loinc.org|2160-0");
    assertThat(prefetch.get("questionnaireResponses").asText()).contains(FhirCodes.QUESTIONNAIRE);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void patientView_withPrefetch_recommendsTheSameRegimen() throws Exception {
    PatientCase c = example("hiv-cmv-encephalitis.json");
    ObjectNode request = HookRequests.request("patient-view", UUID.randomUUID().toString(), HookRequests.prefetch(c, TODAY));
    String path = "/cds-services/cmvrx-patient-view";
    HttpResponse<String> r = post(url(secure, path), request.toString(), Optional.of(good(path)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode card = body(r).get("cards").get(0);
    // CNS disease: ganciclovir + foscarnet, two create actions.
    assertThat(card.get("summary").asText()).contains("ganciclovir").contains("foscarnet");
    assertThat(card.get("suggestions").get(0).get("actions")).hasSize(2);
  }

  @Test
  void orderSign_draftWithAnotherDose_getsAReplaceSuggestion() throws Exception {
    PatientCase c = example("kidney-transplant-colitis-crcl40.json");
    ObjectNode request = HookRequests.request("order-sign", UUID.randomUUID().toString(), HookRequests.prefetch(c, TODAY));
    // A draft of ganciclovir 5 mg/kg = 360 mg q12h, while CrCl about 40 mL/min calls for
    // 2.5 mg/kg q24h (GCV-PI renal table, 25 to < 50 mL/min).
    MedicationRequest draft = new MedicationRequest();
    draft.setId("draft-1");
    draft.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    draft.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    draft.setMedication(new CodeableConcept().addCoding(new Coding(FhirCodes.RXNORM, "4678", "ganciclovir")));
    draft.getSubject().setReference("Patient/patient");
    draft.addDosageInstruction().setRoute(new CodeableConcept().setText("intravenous"))
        .addDoseAndRate().setDose(new Quantity().setValue(360).setUnit("mg").setSystem(FhirCodes.UCUM).setCode("mg"));
    draft.getDosageInstructionFirstRep().getTiming().getRepeat().setFrequency(1).setPeriod(12).setPeriodUnit(Timing.UnitsOfTime.H);
    Bundle drafts = new Bundle().setType(Bundle.BundleType.COLLECTION);
    drafts.addEntry().setResource(draft);
    ((ObjectNode) request.get("context")).set("draftOrders", HookRequests.json(drafts));
    String path = "/cds-services/cmvrx-order-sign";
    HttpResponse<String> r = post(url(secure, path), request.toString(), Optional.of(good(path)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode cards = body(r).get("cards");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("indicator").asText()).isEqualTo("warning");
    assertThat(cards.get(0).get("detail").asText()).contains("dose 360 mg, recommended 180 mg").contains("every 12 h, recommended every 24 h");
    JsonNode actions = cards.get(0).get("suggestions").get(0).get("actions");
    assertThat(actions.get(0).get("type").asText()).isEqualTo("delete");
    assertThat(actions.get(0).get("resourceId").asText()).isEqualTo("MedicationRequest/draft-1");
    assertThat(actions.get(1).get("type").asText()).isEqualTo("create");
    assertThat(actions.get(1).get("resource").get("dosageInstruction").get(0).get("doseAndRate").get(0).get("doseQuantity").get("value").asDouble()).isEqualTo(180.0);

    // order-select with the matching order: no card.
    ObjectNode select = HookRequests.request("order-select", UUID.randomUUID().toString(), HookRequests.prefetch(c, TODAY));
    draft.getDosageInstructionFirstRep().getDoseAndRateFirstRep().setDose(new Quantity().setValue(180).setUnit("mg").setSystem(FhirCodes.UCUM).setCode("mg"));
    draft.getDosageInstructionFirstRep().getTiming().getRepeat().setPeriod(24);
    ((ObjectNode) select.get("context")).set("draftOrders", HookRequests.json(drafts));
    ((ObjectNode) select.get("context")).putArray("selections").add("MedicationRequest/draft-1");
    String selectPath = "/cds-services/cmvrx-order-select";
    HttpResponse<String> ok = post(url(secure, selectPath), select.toString(), Optional.of(good(selectPath)));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(body(ok).get("cards")).isEmpty();
  }

  @Test
  void everyBadToken_is401WithoutDetail() throws Exception {
    String path = "/cds-services";
    String u = url(secure, path);
    List<Optional<String>> bad =
        List.of(
            Optional.empty(),
            Optional.of("not-a-jwt"),
            Optional.of(token(url(secure, "/cds-services/other"), JWSAlgorithm.RS384, NOW.plusSeconds(60), "a1", ISSUER)),
            Optional.of(token(u, JWSAlgorithm.RS384, NOW.minusSeconds(1), "a2", ISSUER)),
            Optional.of(token(u, JWSAlgorithm.RS384, NOW.plusSeconds(301), "a3", ISSUER)),
            Optional.of(token(u, JWSAlgorithm.RS384, NOW.plusSeconds(60), "a4", "https://evil.example")),
            Optional.of(token(u, JWSAlgorithm.HS256, NOW.plusSeconds(60), "a5", ISSUER)));
    String first = null;
    for (Optional<String> t : bad) {
      HttpResponse<String> r = get(u, t);
      assertThat(r.statusCode()).as(String.valueOf(t)).isEqualTo(401);
      // The same body whatever failed: it never says which check.
      if (first == null) {
        first = r.body();
      }
      assertThat(r.body()).isEqualTo(first);
    }
    assertThat(first).contains("not authorized").doesNotContain("expire").doesNotContain("audience").doesNotContain("issuer").doesNotContain("signature").doesNotContain("Exception");
  }

  @Test
  void es384Works_andAReplayedJtiIsRefused() throws Exception {
    String u = url(secure, "/cds-services");
    String t = token(u, JWSAlgorithm.ES384, NOW.plusSeconds(300), "replay-1", ISSUER);
    assertThat(get(u, Optional.of(t)).statusCode()).isEqualTo(200);
    assertThat(get(u, Optional.of(t)).statusCode()).isEqualTo(401);
  }

  @Test
  void badRequests_get400NamingTheElement_andNoStackTrace() throws Exception {
    String path = "/cds-services/cmvrx-patient-view";
    ObjectNode request = HookRequests.request("patient-view", "i1", HookRequests.MAPPER.createObjectNode());
    ((ObjectNode) request.get("context")).remove("patientId");
    HttpResponse<String> r = post(url(secure, path), request.toString(), Optional.of(good(path)));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(body(r).get("resourceType").asText()).isEqualTo("OperationOutcome");
    assertThat(body(r).get("issue").get(0).get("expression").get(0).asText()).isEqualTo("context.patientId");

    HttpResponse<String> broken = post(url(secure, path), "{\"hook\": ", Optional.of(good(path)));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).doesNotContain("\tat ").doesNotContain("Exception");

    ObjectNode badPrefetch = HookRequests.request("patient-view", "i2", HookRequests.MAPPER.createObjectNode());
    ((ObjectNode) badPrefetch.get("prefetch")).putObject("patient").put("resourceType", "Patient").put("gender", 12);
    HttpResponse<String> bp = post(url(secure, path), badPrefetch.toString(), Optional.of(good(path)));
    assertThat(bp.statusCode()).isEqualTo(400);
    assertThat(body(bp).get("issue").get(0).get("expression").get(0).asText()).isEqualTo("prefetch.patient");

    String big = "{\"pad\": \"" + "x".repeat(70 * 1024) + "\"}";
    assertThat(post(url(secure, path), big, Optional.of(good(path))).statusCode()).isEqualTo(413);
  }

  @Test
  void missingFacts_areARefusalCard_notAGuess() throws Exception {
    String path = "/cds-services/cmvrx-patient-view";
    ObjectNode request = HookRequests.request("patient-view", "i3", HookRequests.MAPPER.createObjectNode());
    HttpResponse<String> r = post(url(insecure, path), request.toString(), Optional.empty());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode card = body(r).get("cards").get(0);
    assertThat(card.get("indicator").asText()).isEqualTo("warning");
    assertThat(card.get("detail").asText()).contains("exactly one Patient");
  }

  @Test
  void corsPreflight_andFeedback() throws Exception {
    HttpResponse<String> pre =
        client.send(
            HttpRequest.newBuilder(URI.create(url(secure, "/cds-services/cmvrx-patient-view")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://ehr.example.org")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(pre.statusCode()).isEqualTo(204);
    assertThat(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");
    String path = "/cds-services/cmvrx-patient-view/feedback";
    ObjectNode feedback = HookRequests.MAPPER.createObjectNode();
    ArrayNode items = feedback.putArray("feedback");
    items.addObject().put("card", "abc").put("outcome", "accepted").put("outcomeTimestamp", NOW.toString());
    long before = secure.feedbackCount();
    HttpResponse<String> r = post(url(secure, path), feedback.toString(), Optional.of(good(path)));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(secure.feedbackCount()).isEqualTo(before + 1);
  }

  @Test
  void insecureService_answersWithoutAToken() throws Exception {
    assertThat(get(url(insecure, "/cds-services"), Optional.empty()).statusCode()).isEqualTo(200);
  }

  @Test
  void missingPrefetch_isFetchedFromTheFhirServer() throws Exception {
    PatientCase c = example("sot-cmv-syndrome-oral.json");
    ObjectNode full = HookRequests.prefetch(c, TODAY);
    // A FHIR server on loopback answering the prefetch queries, with the access token checked.
    HttpServer fhir = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    fhir.createContext(
        "/fhir/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String type = path.substring("/fhir/".length()).split("/")[0];
          JsonNode answer =
              switch (type) {
                case "Patient" -> full.get("patient");
                case "Observation" -> full.get("observations");
                case "Condition" -> full.get("conditions");
                case "MedicationRequest" -> full.get("medicationRequests");
                case "MedicationStatement" -> full.get("medicationStatements");
                default -> full.get("questionnaireResponses");
              };
          boolean authorized = "Bearer secret-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(authorized ? 200 : 401, authorized ? bytes.length : -1);
          if (authorized) {
            try (OutputStream os = exchange.getResponseBody()) {
              os.write(bytes);
            }
          }
          exchange.close();
        });
    fhir.start();
    try {
      ObjectNode request = HookRequests.request("patient-view", "i4", HookRequests.MAPPER.createObjectNode());
      request.remove("prefetch");
      request.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
      request.putObject("fhirAuthorization").put("access_token", "secret-token").put("token_type", "Bearer");
      String path = "/cds-services/cmvrx-patient-view";
      HttpResponse<String> r = post(url(secure, path), request.toString(), Optional.of(good(path)));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode card = body(r).get("cards").get(0);
      // Mild-to-moderate non-CNS disease, oral possible: valganciclovir (REG-NONCNS-ORAL).
      assertThat(card.get("summary").asText()).contains("valganciclovir");
    } finally {
      fhir.stop(0);
    }
    assertThat(FhirCaseReader.context()).isNotNull();
  }
}
