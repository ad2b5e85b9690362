package io.github.cmvrx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The FHIR commands end to end, in-process: export, recommend --fhir, cards, serve. */
class FhirCommandsTest {
  record Run(int exit, String out, String err) {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

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

  @Test
  void exportThenRecommendFhir_givesTheSameRecommendation_forEveryExample() throws IOException {
    List<Path> cases = jsonExamples();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(9);
    for (Path file : cases) {
      Run direct = run("", "recommend", file.toString());
      Run export = run("", "fhir", "export", "--as-of", "2026-12-01", file.toString());
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(export.out()).contains("\"resourceType\": \"Bundle\"");
      Run viaFhir = run(export.out(), "recommend", "--fhir", "-");
      assertThat(viaFhir.exit()).as(viaFhir.err()).isZero();
      assertThat(viaFhir.out()).as(file.toString()).isEqualTo(direct.out());
      assertThat(direct.out()).contains("\"status\":\"ok\"");
    }
  }

  @Test
  void cards_printsACdsHooksResponse() {
    Path bundle = examples().resolve("fhir").resolve("hiv-cmv-encephalitis.bundle.json");
    Run cards = run("", "cards", "--fhir", bundle.toString());
    assertThat(cards.exit()).as(cards.err()).isZero();
    assertThat(cards.out()).startsWith("{").contains("\"cards\"").contains("\"suggestions\"").contains("MedicationRequest");
  }

  @Test
  void recommendFhir_refusesARecordWithoutWeight_namingTheLoincCode() throws IOException {
    String bundle = Files.readString(examples().resolve("fhir").resolve("sot-cmv-syndrome-oral.bundle.json"));
    String noWeight = bundle.replaceFirst("\"status\": \"final\"", "\"status\": \"entered-in-error\"");
    Run r = run(noWeight, "recommend", "--fhir", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"status\":\"refused\"").contains("Observation LOINC 29463-7/3141-9 (body weight)");
  }

  @Test
  void unreadableInputs_areUsageErrors() {
    assertThat(run("", "recommend", "--fhir", "no-such-file.json").exit()).isEqualTo(2);
    assertThat(run("", "fhir", "export", "no-such-file.json").exit()).isEqualTo(2);
    assertThat(run("{}", "fhir", "export", "-").exit()).isEqualTo(2);
    assertThat(run("", "recommend", "--fhir", "--as-of", "yesterday", "-").exit()).isEqualTo(2);
    assertThat(run("", "serve", "--port", "0").exit()).isEqualTo(2);
  }

  @Test
  void serve_answersDiscoveryOverHttp_andWarnsWhenInsecure() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread server =
        new Thread(
            () ->
                exit.set(
                    Main.run(
                        new String[] {"serve", "--port", "0", "--insecure-no-auth"},
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))));
    server.start();
    Pattern listening = Pattern.compile("discovery at (http://127\\.0\\.0\\.1:\\d+/cds-services)");
    Matcher m = listening.matcher("");
    for (int i = 0; i < 200 && !m.find(); i++) {
      Thread.sleep(50);
      m = listening.matcher(err.toString(StandardCharsets.UTF_8));
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("WARNING: --insecure-no-auth");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(m.group(1))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("cmvrx-patient-view").contains("cmvrx-order-sign");
    server.interrupt();
    server.join(10_000);
    assertThat(exit.get()).isZero();
  }
}
