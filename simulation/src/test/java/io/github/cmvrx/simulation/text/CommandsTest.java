package io.github.cmvrx.simulation.text;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.validation.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** RulesCommand and ExplainCommand driven through picocli, with a stub recommender. */
class CommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @CanIgnoreReturnValue
  private int run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void rules_text_printsCatalogue() {
    assertThat(run(new RulesCommand())).isZero();
    assertThat(out.toString()).isEqualTo(RulesText.text());
  }

  @Test
  void rules_json_printsJson() {
    assertThat(run(new RulesCommand(), "--json")).isZero();
    assertThat(out.toString()).isEqualTo(RulesText.json()).startsWith("{\"rules\":[");
  }

  @Test
  void rules_unknownOption_usageError() {
    assertThat(run(new RulesCommand(), "--xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--xml");
  }

  /** A recommender that records what it was given and answers with a fixed value. */
  private static final class Stub implements CaseRecommender {
    final List<String> cases = new ArrayList<>();
    final List<Optional<String>> policies = new ArrayList<>();
    final Recommendation answer;

    Stub(Recommendation answer) {
      this.answer = answer;
    }

    @Override
    public Recommendation recommend(String caseJson, Optional<String> policyJson) {
      cases.add(caseJson);
      policies.add(policyJson);
      return answer;
    }
  }

  private static Recommendation ok() {
    return Recommendation.builder()
        .id("c1")
        .status(Status.OK)
        .phase(RecommendationPhase.STOP_MAINTENANCE)
        .build();
  }

  private static Recommendation refused() {
    return Recommendation.refused(
        Optional.of("c2"),
        List.of(new FieldError("patient.weightKg", "value 0 is outside the accepted range")));
  }

  @Test
  void explain_file_passesTextAndPrintsExplanation(@TempDir Path dir) throws IOException {
    Path caseFile = dir.resolve("case.json");
    Files.writeString(caseFile, "{\"id\":\"c1\"}");
    Stub stub = new Stub(ok());
    assertThat(run(new ExplainCommand(stub), caseFile.toString()))
        .isEqualTo(ExplainCommand.EXIT_ANSWERED);
    assertThat(stub.cases).containsExactly("{\"id\":\"c1\"}");
    assertThat(stub.policies).containsExactly(Optional.empty());
    assertThat(out.toString()).isEqualTo(ExplainText.render(ok()));
  }

  @Test
  void explain_policyFile_passedToRecommender(@TempDir Path dir) throws IOException {
    Path caseFile = dir.resolve("case.json");
    Path policyFile = dir.resolve("policy.json");
    Files.writeString(caseFile, "{}");
    Files.writeString(policyFile, "{\"foscarnetInduction\":\"90q12h\"}");
    Stub stub = new Stub(ok());
    assertThat(
            run(new ExplainCommand(stub), "--policy", policyFile.toString(), caseFile.toString()))
        .isZero();
    assertThat(stub.policies).containsExactly(Optional.of("{\"foscarnetInduction\":\"90q12h\"}"));
  }

  @Test
  void explain_dash_readsStdinAsUtf8() {
    Stub stub = new Stub(ok());
    ByteArrayInputStream in =
        new ByteArrayInputStream("{\"id\":\"Märtson\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(run(new ExplainCommand(stub, in), "-")).isZero();
    assertThat(stub.cases).containsExactly("{\"id\":\"Märtson\"}");
  }

  @Test
  void explain_refused_exitOneAndErrorsPrinted() {
    Stub stub = new Stub(refused());
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
    assertThat(run(new ExplainCommand(stub, in), "-")).isEqualTo(ExplainCommand.EXIT_REFUSED);
    assertThat(out.toString())
        .contains("  - patient.weightKg: value 0 is outside the accepted range\n");
  }

  @Test
  void explain_missingFile_exitTwoMessageOnStderr(@TempDir Path dir) {
    Stub stub = new Stub(ok());
    Path missing = dir.resolve("nope.json");
    assertThat(run(new ExplainCommand(stub), missing.toString()))
        .isEqualTo(ExplainCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString())
        .startsWith("explain: cannot read case file " + missing + ": no such file");
    assertThat(out.toString()).isEmpty();
    assertThat(stub.cases).isEmpty();
  }

  @Test
  void explain_invalidPolicy_exitTwoWithRecommenderMessage(@TempDir Path dir) throws IOException {
    Path caseFile = dir.resolve("case.json");
    Files.writeString(caseFile, "{}");
    CaseRecommender rejecting =
        (c, p) -> {
          throw new IllegalArgumentException("policy: unknown key \"roundMg\"");
        };
    assertThat(run(new ExplainCommand(rejecting), caseFile.toString()))
        .isEqualTo(ExplainCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).isEqualTo("explain: policy: unknown key \"roundMg\"\n");
  }

  @Test
  void explain_noFile_usageError() {
    assertThat(run(new ExplainCommand(new Stub(ok())))).isEqualTo(2);
    assertThat(err.toString()).contains("FILE|-");
  }
}
