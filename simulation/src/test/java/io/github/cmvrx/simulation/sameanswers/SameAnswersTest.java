package io.github.cmvrx.simulation.sameanswers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.contract.PolicyJson;
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.simulation.text.ExplainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Same answers: SHA-256 digests over the contract JSON and the {@code explain} text of 300,000
 * cohort recommendations (every cohort preset x every example policy, 12,000 patients each) and
 * of every example case and clinical vignette, compared with the digests recorded in {@code
 * src/test/resources/same-answers/sha256.txt} before the pipeline refactor (issue 10).
 *
 * <p>This is a golden-master check, not a clinical one: the clinical expectations live in the
 * vignette and rule tests. Its job is to prove that a change meant to keep every answer (a
 * refactor, a speed-up) keeps every byte of every answer. The cohort case JSON is hashed too, so a
 * change in the generator is told apart from a change in the answers.
 *
 * <p>When an answer changes on purpose, the change is listed in {@code
 * docs/decisions/} with the cases it changes, and the file is replaced by {@code
 * target/same-answers-actual.txt}, which every run writes.
 */
class SameAnswersTest {
  /** Patients per preset and policy: 5 presets x 5 policies x 12,000 = 300,000. */
  static final int PATIENTS = 12_000;

  /** The cohort seed (any fixed value; changing it changes every cohort digest). */
  static final long SEED = 20261202L;

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path RECORDED = Path.of("src/test/resources/same-answers/sha256.txt");
  static final Path ACTUAL = Path.of("target/same-answers-actual.txt");

  @Test
  void everyAnswer_isByteForByteTheRecordedOne() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    List<Path> policies = files(ROOT.resolve("examples/policies"));
    assertThat(policies).as("example policies").hasSizeGreaterThanOrEqualTo(5);
    int answered = 0;
    for (String preset : CohortSpecs.NAMES) {
      for (Path file : policies) {
        Policy policy = policy(file);
        CohortGenerator generator =
            new CohortGenerator(CohortSpecs.named(preset).orElseThrow(), SEED, policy);
        Digest cases = new Digest();
        Digest json = new Digest();
        Digest text = new Digest();
        for (long i = 0; i < PATIENTS; i++) {
          PatientCase c = generator.generate(i);
          Recommendation r = TreatmentAdvisor.recommend(c, policy);
          cases.add(CaseJson.write(c));
          json.add(RecommendationJson.write(r));
          text.add(ExplainText.render(r));
          answered++;
        }
        String name = "cohort " + preset + " x " + file.getFileName();
        actual.put(name + " cases", cases.hex());
        actual.put(name + " json", json.hex());
        actual.put(name + " explain", text.hex());
      }
    }
    assertThat(answered).isGreaterThanOrEqualTo(300_000);

    List<Path> examples = files(ROOT.resolve("examples"));
    assertThat(examples).as("example cases").hasSizeGreaterThanOrEqualTo(9);
    for (Path file : examples) {
      answer("example " + file.getFileName(), Files.readString(file), Policy.defaults(), actual);
    }
    List<Path> vignettes = files(ROOT.resolve("contract/src/test/resources/vignettes"));
    assertThat(vignettes).as("vignettes").hasSizeGreaterThanOrEqualTo(68);
    for (Path file : vignettes) {
      String doc = Files.readString(file);
      com.fasterxml.jackson.databind.JsonNode root =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc);
      com.fasterxml.jackson.databind.JsonNode p = root.get("policy");
      Policy policy =
          p == null || p.isNull() ? Policy.defaults() : JsonAdvisor.policy(p.toString());
      answer("vignette " + file.getFileName(), root.path("case").toString(), policy, actual);
    }

    Files.createDirectories(ACTUAL.getParent());
    Files.write(ACTUAL, lines(actual), StandardCharsets.UTF_8);
    Map<String, String> recorded = read(RECORDED);
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, String> e : actual.entrySet()) {
      if (!e.getValue().equals(recorded.get(e.getKey()))) {
        differ.add(e.getKey());
      }
    }
    for (String k : recorded.keySet()) {
      if (!actual.containsKey(k)) {
        differ.add(k + " (recorded, not computed)");
      }
    }
    assertThat(differ)
        .as("digests that differ from %s (this run's are in %s)", RECORDED, ACTUAL)
        .isEmpty();
  }

  private static void answer(String name, String caseJson, Policy policy, Map<String, String> out) {
    Recommendation r = JsonAdvisor.recommend(caseJson, policy);
    out.put(name + " json", new Digest().add(RecommendationJson.write(r)).hex());
    out.put(name + " explain", new Digest().add(ExplainText.render(r)).hex());
  }

  private static Policy policy(Path file) throws IOException {
    JsonResult<Policy> read = PolicyJson.readFile(file);
    if (read instanceof JsonResult.Valid<Policy> v) {
      return v.value();
    }
    throw new AssertionError(file + ": " + read);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static List<String> lines(Map<String, String> digests) {
    List<String> out = new ArrayList<>();
    digests.forEach((k, v) -> out.add(v + "  " + k));
    return out;
  }

  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      out.put(line.substring(66), line.substring(0, 64));
    }
    return out;
  }

  /** A SHA-256 over a sequence of texts, each followed by a line feed. */
  static final class Digest {
    private final MessageDigest sha;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    Digest add(String text) {
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      return this;
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
