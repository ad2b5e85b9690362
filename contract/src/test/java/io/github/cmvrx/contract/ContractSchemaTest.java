package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.dosing.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract's JSON Schemas (draft 2020-12, {@code io/github/cmvrx/contract/schema/}) checked
 * with an independent validator (networknt json-schema-validator): every example case and policy
 * and every clinical vignette validates against the case or policy schema exactly when cmvrx
 * accepts it, every recommendation the engine writes for them validates against the
 * recommendation schema, and broken documents are rejected.
 */
class ContractSchemaTest {
  private static final String SCHEMA_FOLDER = "io/github/cmvrx/contract/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema CASE = schema("case");
  private static final Schema POLICY = schema("policy");
  private static final Schema RECOMMENDATION = schema("recommendation");

  /** The repository root: the examples live there. */
  private static final Path ROOT = root();

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no examples folder above " + here);
  }

  private static Schema schema(String name) {
    String resource = SCHEMA_FOLDER + name + ".schema.json";
    try (InputStream in = ContractSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      String text =
          in != null
              ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(root().resolve("contract/src/main/resources").resolve(resource));
      return REGISTRY.getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(Schema schema, String json) {
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(json, InputFormat.JSON)) {
      out.add(e.toString());
    }
    return out;
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the command line writes for one case text under a policy: the answer or the refusal. */
  private static String answer(String caseJson, Policy policy) {
    return RecommendationJson.write(JsonAdvisor.recommend(caseJson, policy));
  }

  /** Reads a policy given as text (a vignette's; no local tables). */
  private static Policy policyText(String json) {
    JsonResult<Policy> read = PolicyJson.read(json);
    assertThat(read).as(json).isInstanceOf(JsonResult.Valid.class);
    return ((JsonResult.Valid<Policy>) read).value();
  }

  /** Reads a policy from its file, so that local tables resolve beside it. */
  private static Policy policy(Path file) {
    JsonResult<Policy> read;
    try {
      read = PolicyJson.readFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(read).as(file.toString()).isInstanceOf(JsonResult.Valid.class);
    return ((JsonResult.Valid<Policy>) read).value();
  }

  @Test
  void examples_everyCaseAndPolicyValidates_andEveryAnswerToo() {
    List<Path> cases = files(ROOT.resolve("examples"));
    List<Path> policies = files(ROOT.resolve("examples/policies"));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(9);
    assertThat(policies).hasSizeGreaterThanOrEqualTo(3);
    for (Path p : policies) {
      assertThat(errors(POLICY, read(p))).as(p.toString()).isEmpty();
    }
    List<String> caseTexts = new ArrayList<>();
    cases.forEach(p -> caseTexts.add(read(p)));
    read(ROOT.resolve("examples/cases.ndjson")).lines().filter(l -> !l.isBlank()).forEach(caseTexts::add);
    for (String c : caseTexts) {
      assertThat(errors(CASE, c)).as(c).isEmpty();
      for (Path p : policies) {
        String answer = answer(c, policy(p));
        assertThat(answer).startsWith("{\"contractVersion\":\"1.0\",");
        assertThat(errors(RECOMMENDATION, answer)).as(answer).isEmpty();
      }
    }
  }

  @Test
  void vignettes_caseSchemaAgreesWithTheReader_andEveryAnswerValidates() {
    List<Vignette> vignettes = Vignette.loadAll();
    assertThat(vignettes).hasSizeGreaterThanOrEqualTo(68);
    int refused = 0;
    for (Vignette v : vignettes) {
      String caseJson = v.caseJson();
      boolean expectRefused = "refused".equals(v.expect().path("status").asText());
      List<String> caseErrors = errors(CASE, caseJson);
      // The schema says no exactly where the reader refuses (out-of-range, misspelt key,
      // missing creatinine, dnaemia_only with an end-organ site, under 28 days).
      assertThat(caseErrors.isEmpty()).as(v.file() + " " + caseErrors).isEqualTo(!expectRefused);
      Policy policy = Policy.defaults();
      if (v.policyJson().isPresent()) {
        assertThat(errors(POLICY, v.policyJson().get())).as(v.file()).isEmpty();
        policy = policyText(v.policyJson().get());
      }
      String answer = answer(caseJson, policy);
      assertThat(errors(RECOMMENDATION, answer)).as(v.file() + " " + answer).isEmpty();
      if (expectRefused) {
        refused++;
      }
    }
    assertThat(refused).as("refused vignettes").isGreaterThanOrEqualTo(6);
  }

  @Test
  void ndjsonRefusal_withLineNumber_validates() throws IOException {
    JsonResult<PatientCase> read = CaseJson.read("{\"patient\":{}}");
    StringWriter out = new StringWriter();
    RecommendationJson.write(
        ((JsonResult.Invalid<PatientCase>) read).refusal(),
        out,
        RecommendationJson.Layout.ONE_LINE,
        OptionalLong.of(7));
    assertThat(out.toString()).contains("\"line\":7");
    assertThat(errors(RECOMMENDATION, out.toString())).isEmpty();
  }

  @Test
  void brokenCase_isRejectedNamingWhere() {
    String good = read(ROOT.resolve("examples/hiv-cmv-encephalitis.json"));
    assertThat(errors(CASE, good)).isEmpty();
    // Weight as text, a misspelt key, and an unknown major contract version.
    String broken =
        good.replace("\"weightKg\": 68.0", "\"weightKg\": \"68\"")
            .replaceFirst("\"heightCm\"", "\"heigthCm\"")
            .replaceFirst("\\{", "{\"contractVersion\": \"2.0\",");
    assertThat(broken).isNotEqualTo(good).contains("\"68\"").contains("heigthCm");
    List<String> errors = errors(CASE, broken);
    assertThat(errors).anyMatch(e -> e.contains("weightKg"));
    assertThat(errors).anyMatch(e -> e.contains("heigthCm"));
    assertThat(errors).anyMatch(e -> e.contains("contractVersion"));
  }

  @Test
  void brokenPolicyAndRecommendation_areRejected() {
    assertThat(errors(POLICY, "{\"roundingMg\": -1}")).isNotEmpty();
    assertThat(errors(POLICY, "{\"foscarnetInduction\": \"60q12h\"}")).isNotEmpty();
    assertThat(errors(POLICY, "{\"dosingWeight\": null}")).isNotEmpty();
    String answer = answer(read(ROOT.resolve("examples/hiv-cmv-encephalitis.json")), Policy.defaults());
    assertThat(errors(RECOMMENDATION, answer)).isEmpty();
    // Without its contract version, or with a dose given as text, it is no longer valid.
    assertThat(errors(RECOMMENDATION, answer.replace("\"contractVersion\":\"1.0\",", ""))).isNotEmpty();
    assertThat(errors(RECOMMENDATION, answer.replaceFirst("\"doseMg\":([0-9.]+)", "\"doseMg\":\"$1\"")))
        .isNotEmpty();
  }
}
