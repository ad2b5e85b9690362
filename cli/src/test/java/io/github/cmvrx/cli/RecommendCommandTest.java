package io.github.cmvrx.cli;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.contract.PolicyJson;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code recommend} in-process: every file in {@code examples/}, malformed and hostile input,
 * policy files, NDJSON. Until the decision engine lands, {@code TreatmentAdvisor} refuses every
 * valid case with the error {@code case: engine not yet available}; the tests accept that
 * refusal or an answer ({@code ok}) for valid cases.
 */
class RecommendCommandTest {

  /** A valid case (the shared case-format input example), on one line. */
  static final String CASE =
      "{\"id\":\"%s\",\"patient\":{\"ageYears\":54,\"sex\":\"female\",\"weightKg\":62.0,"
          + "\"heightCm\":165.0,\"serumCreatinine\":{\"value\":1.1,\"unit\":\"mg/dL\"},"
          + "\"renalReplacement\":\"none\"},\"host\":{\"category\":\"hiv\",\"cd4PerUl\":35},"
          + "\"disease\":{\"sites\":[\"encephalitis\"],\"severity\":\"severe\"},"
          + "\"treatment\":{\"phase\":\"none\"}}";

  static String validCase(String id) {
    return String.format(java.util.Locale.ROOT, CASE, id);
  }

  /** The repository's examples folder (tests run in the simulation module's folder). */
  static Path examples() {
    Path dir = Path.of("").toAbsolutePath().getParent().resolve("examples");
    assertThat(dir).as("examples folder").isDirectory();
    return dir;
  }

  static Stream<Path> exampleCases() throws IOException {
    try (Stream<Path> files = Files.list(examples())) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static Stream<Path> examplePolicies() throws IOException {
    try (Stream<Path> files = Files.list(examples().resolve("policies"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** Asserts a run answered a valid case: exit 0, one JSON line, ok or the engine stub. */
  @CanIgnoreReturnValue
  static Map<String, Object> assertAnswered(Run r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).endsWith("\n");
    assertThat(r.out().trim()).doesNotContain("\n");
    Map<String, Object> json = Json.object(r.out());
    if (json.get("status").equals("refused")) {
      assertThat(json.get("errors"))
          .isEqualTo(List.of(Map.of("field", "case", "message", "engine not yet available")));
    } else {
      assertThat(json.get("status")).isEqualTo("ok");
    }
    return json;
  }

  /** Asserts a run refused the input: exit 0, status refused, and returns the errors. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> assertRefused(Run r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertNoStackTrace(r);
    Map<String, Object> json = Json.object(r.out());
    assertThat(json.get("status")).isEqualTo("refused");
    assertThat(json.get("phase")).isEqualTo("null");
    return (List<Map<String, Object>>) json.get("errors");
  }

  static void assertNoStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).doesNotContain("\tat ");
  }

  @Test
  void examples_atLeastSixCases() throws IOException {
    assertThat(exampleCases().count()).isGreaterThanOrEqualTo(6);
    assertThat(examples().resolve("policies/default.json")).hasContent("{}");
    assertThat(examples().resolve("policies/adjusted-weight.json")).exists();
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void recommend_exampleFile_validCaseAnswered(Path file) throws IOException {
    JsonResult<PatientCase> read = CaseJson.read(Files.readString(file));
    assertThat(read).as(file + " must be a valid case").isInstanceOf(JsonResult.Valid.class);
    Map<String, Object> json = assertAnswered(MainTest.run("", "recommend", file.toString()));
    assertThat(json.get("id"))
        .isEqualTo(((JsonResult.Valid<PatientCase>) read).value().id().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void recommend_exampleOnStdin_sameAsFile(Path file) throws IOException {
    Run fromFile = MainTest.run("", "recommend", file.toString());
    Run fromStdin = MainTest.run(Files.readString(file), "recommend", "-");
    assertThat(fromStdin).isEqualTo(fromFile);
  }

  @ParameterizedTest
  @MethodSource("examplePolicies")
  void recommend_examplePolicy_readAndUsed(Path policy) throws IOException {
    assertThat(PolicyJson.readFile(policy)).isInstanceOf(JsonResult.Valid.class);
    Path someCase = exampleCases().findFirst().orElseThrow();
    assertAnswered(
        MainTest.run("", "recommend", "--policy", policy.toString(), someCase.toString()));
  }

  @Test
  void examplePolicy_adjustedWeight_setsBothWeights() throws IOException {
    JsonResult<Policy> r =
        PolicyJson.read(Files.readString(examples().resolve("policies/adjusted-weight.json")));
    Policy p = ((JsonResult.Valid<Policy>) r).value();
    assertThat(p.dosingWeight().name()).isEqualTo("ADJUSTED");
    assertThat(p.crclWeight().name()).isEqualTo("ADJUSTED");
  }

  @Test
  void recommend_examplesNdjson_oneResultPerLineInOrder() throws IOException {
    Path ndjson = examples().resolve("cases.ndjson");
    List<String> in =
        Files.readAllLines(ndjson).stream().filter(l -> !l.isBlank()).toList();
    Run r = MainTest.run("", "recommend", "--ndjson", ndjson.toString());
    assertThat(r.exitCode()).isZero();
    List<String> out = r.out().lines().toList();
    assertThat(out).hasSameSizeAs(in);
    for (int i = 0; i < in.size(); i++) {
      Object expectedId =
          ((JsonResult.Valid<PatientCase>) CaseJson.read(in.get(i))).value().id().orElseThrow();
      assertThat(Json.object(out.get(i)).get("id")).isEqualTo(expectedId);
    }
  }

  @Test
  void recommend_pretty_indentedJson() {
    Run r = MainTest.run(validCase("p"), "recommend", "--pretty", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().count()).isGreaterThan(5);
    assertThat(Json.object(r.out()).get("id")).isEqualTo("p");
  }

  // -------------------------------------------------------------------------------------------
  // Malformed input: a refusal naming the problem, exit 0, never a stack trace.

  @Test
  void recommend_truncatedJson_refusedOnRoot() {
    List<Map<String, Object>> errors =
        assertRefused(MainTest.run(validCase("t").substring(0, 80), "recommend", "-"));
    assertThat(errors).hasSize(1);
    // Decision 0902 / issue 12 item 14: the error names the field where the text stops.
    assertThat((String) errors.get(0).get("field")).isNotBlank();
    assertThat((String) errors.get(0).get("message")).contains("not valid JSON").contains("line");
  }

  @Test
  void recommend_wrongTypes_refusedNamingFields() {
    String json =
        validCase("w")
            .replace("\"weightKg\":62.0", "\"weightKg\":\"heavy\"")
            .replace("\"cd4PerUl\":35", "\"cd4PerUl\":[35]");
    List<Map<String, Object>> errors = assertRefused(MainTest.run(json, "recommend", "-"));
    assertThat(errors).extracting(e -> e.get("field")).containsExactly("patient.weightKg", "host.cd4PerUl");
    assertThat((String) errors.get(0).get("message")).contains("expected a number");
  }

  @Test
  void recommend_misspeltKey_refusedNamingTheKey() {
    String json = validCase("m").replace("\"weightKg\"", "\"weigthKg\"");
    Run r = MainTest.run(json, "recommend", "-");
    List<Map<String, Object>> errors = assertRefused(r);
    assertThat(errors).extracting(e -> e.get("field")).contains("patient.weigthKg");
    assertThat(Json.object(r.out()).get("id")).isEqualTo("m");
  }

  @Test
  void recommend_tenMegabyteString_refusedNamingTheLimit(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"id\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}");
    for (Run r :
        List.of(
            MainTest.run("", "recommend", big.toString()),
            MainTest.run(Files.newInputStream(big), "recommend", "-"))) {
      List<Map<String, Object>> errors = assertRefused(r);
      assertThat(errors).extracting(e -> e.get("field")).containsExactly("$");
      assertThat((String) errors.get(0).get("message")).contains("1 MiB");
    }
  }

  @Test
  void recommend_longStringUnder1MiB_refusedNamingStringLimit() {
    String json = validCase("x".repeat(20_000));
    List<Map<String, Object>> errors = assertRefused(MainTest.run(json, "recommend", "-"));
    assertThat((String) errors.get(0).get("message")).contains("string").contains("10000");
  }

  @Test
  void recommend_tenThousandNestedArrays_refusedNamingTheLimit() {
    String json = "[".repeat(10_000) + "]".repeat(10_000);
    List<Map<String, Object>> errors = assertRefused(MainTest.run(json, "recommend", "-"));
    assertThat(errors).extracting(e -> e.get("field")).containsExactly("$" + "[0]".repeat(33));
    assertThat((String) errors.get(0).get("message")).contains("nesting").contains("32");
  }

  @Test
  void recommend_emptyFile_refusedAsEmpty(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    List<Map<String, Object>> errors =
        assertRefused(MainTest.run("", "recommend", empty.toString()));
    assertThat((String) errors.get(0).get("message")).contains("empty input");
  }

  @Test
  void recommend_notUtf8_refused() {
    byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'};
    List<Map<String, Object>> errors =
        assertRefused(MainTest.run(new java.io.ByteArrayInputStream(bytes), "recommend", "-"));
    assertThat((String) errors.get(0).get("message")).contains("UTF-8");
  }

  // -------------------------------------------------------------------------------------------
  // Unreadable input and bad policies: exit 2, message on stderr, nothing on stdout.

  @Test
  void recommend_missingFile_exit2NamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    Run r = MainTest.run("", "recommend", missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(missing.toString()).contains("no such file");
    assertNoStackTrace(r);
  }

  @Test
  void recommend_directory_exit2(@TempDir Path dir) {
    Run r = MainTest.run("", "recommend", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is a directory");
  }

  @Test
  void recommend_badPolicyFile_exit2ListingErrors(@TempDir Path dir) throws IOException {
    Path policy =
        Files.writeString(dir.resolve("p.json"), "{\"roundingMg\": -1, \"dosingWieght\": \"ideal\"}");
    Run r = MainTest.run(validCase("b"), "recommend", "--policy", policy.toString(), "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("invalid policy file")
        .contains("roundingMg: value -1")
        .contains("dosingWieght: unknown key");
    assertNoStackTrace(r);
  }

  @Test
  void recommend_policyNotJson_exit2(@TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve("p.json"), "dosingWeight=ideal");
    Run r = MainTest.run(validCase("b"), "recommend", "--policy", policy.toString(), "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("$: not valid JSON");
  }

  @Test
  void recommend_missingPolicyFile_exit2(@TempDir Path dir) {
    Run r =
        MainTest.run(
            validCase("b"), "recommend", "--policy", dir.resolve("none.json").toString(), "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read policy file").contains("no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void recommend_prettyWithNdjson_exit2() {
    Run r = MainTest.run(validCase("x"), "recommend", "--ndjson", "--pretty", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--pretty");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void recommend_noInputArgument_exit2() {
    Run r = MainTest.run("", "recommend");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("FILE|-");
  }

  // -------------------------------------------------------------------------------------------
  // NDJSON

  @Test
  void ndjson_badLineInMiddle_refusedWithLineNumberAndRunGoesOn() {
    String in = validCase("a") + "\n" + "{\"patient\": {" + "\n" + validCase("c") + "\n";
    Run r = MainTest.run(in, "recommend", "--ndjson", "-");
    assertThat(r.exitCode()).isZero();
    assertNoStackTrace(r);
    List<Map<String, Object>> out = r.out().lines().map(Json::object).toList();
    assertThat(out).extracting(m -> m.get("id")).containsExactly("a", "null", "c");
    assertThat(out.get(1).get("status")).isEqualTo("refused");
    assertThat(out.get(1).get("line")).isEqualTo(2.0);
    assertThat(out.get(1).get("errors").toString()).contains("not valid JSON");
    for (Map<String, Object> m : out) {
      if (m.get("status").equals("ok")) {
        assertThat(m).doesNotContainKey("line");
      }
    }
  }

  @Test
  void ndjson_blankLinesSkippedButCounted() {
    String in = validCase("a") + "\n\n   \n" + "{\"bad\": 1}\n";
    Run r = MainTest.run(in, "recommend", "--ndjson", "-");
    List<Map<String, Object>> out = r.out().lines().map(Json::object).toList();
    assertThat(out).hasSize(2);
    assertThat(out.get(1).get("line")).isEqualTo(4.0);
    assertThat(out.get(1).get("errors").toString()).contains("unknown key \"bad\"");
  }

  @Test
  void ndjson_crlfAndNoFinalNewline_read() {
    String in = validCase("a") + "\r\n" + validCase("b");
    Run r = MainTest.run(in, "recommend", "--ndjson", "-");
    List<Map<String, Object>> out = r.out().lines().map(Json::object).toList();
    assertThat(out).extracting(m -> m.get("id")).containsExactly("a", "b");
    for (Map<String, Object> m : out) {
      assertThat(m.get("errors").toString()).doesNotContain("\"$\"");
    }
  }

  @Test
  void ndjson_badUtf8Line_refusedAndOthersRead() {
    byte[] good = (validCase("a") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    Run r = MainTest.run(new java.io.ByteArrayInputStream(all), "recommend", "--ndjson", "-");
    List<Map<String, Object>> out = r.out().lines().map(Json::object).toList();
    assertThat(out).hasSize(3);
    assertThat(out.get(1).get("line")).isEqualTo(2.0);
    assertThat(out.get(1).get("errors").toString()).contains("UTF-8");
    assertThat(Arrays.asList(out.get(0).get("id"), out.get(2).get("id"))).containsExactly("a", "a");
  }
}
