package io.github.cmvrx.cli;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.simulation.text.RulesText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** RulesCommand and ExplainCommand driven through picocli, answering through the contract. */
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

  /**
   * A liver-transplant recipient with mild-moderate CMV syndrome who can take oral drugs: 50-year
   * old woman, 65 kg, SCr 0.8 mg/dL. Cockcroft-Gault: (140 - 50) x 65 / (72 x 0.8) x 0.85 = 86.3
   * mL/min, in the valganciclovir band >= 60 mL/min: 900 mg twice daily (clinical basis §3.2; the
   * same case as examples/sot-cmv-syndrome-oral.json). The id carries a non-ASCII letter to show
   * the input is read as UTF-8.
   */
  private static final String ORAL_CASE =
      """
      {"id": "Märtson",
       "patient": {"ageYears": 50, "sex": "female", "weightKg": 65.0, "heightCm": 165.0,
                   "serumCreatinine": {"value": 0.8, "unit": "mg/dL"}, "renalReplacement": "none"},
       "host": {"category": "solid_organ_transplant"},
       "disease": {"sites": ["cmv_syndrome"], "severity": "mild_moderate"},
       "treatment": {"phase": "none", "canTakeOral": true}}
      """;

  @Test
  void explain_file_printsTheContractAnswer(@TempDir Path dir) throws IOException {
    Path caseFile = dir.resolve("case.json");
    Files.writeString(caseFile, ORAL_CASE);
    assertThat(run(new ExplainCommand(), caseFile.toString()))
        .isEqualTo(ExplainCommand.EXIT_ANSWERED);
    assertThat(out.toString())
        .contains("Case: Märtson")
        .contains("Status: ok")
        .contains("Valganciclovir 900 mg oral every 12 h");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void explain_validPolicyFile_accepted(@TempDir Path dir) throws IOException {
    Path caseFile = dir.resolve("case.json");
    Path policyFile = dir.resolve("policy.json");
    Files.writeString(caseFile, ORAL_CASE);
    Files.writeString(policyFile, "{\"foscarnetInduction\":\"90q12h\"}");
    assertThat(run(new ExplainCommand(), "--policy", policyFile.toString(), caseFile.toString()))
        .isZero();
    assertThat(out.toString()).contains("Valganciclovir 900 mg oral every 12 h");
  }

  @Test
  void explain_dash_readsStdinAsUtf8() {
    ByteArrayInputStream in = new ByteArrayInputStream(ORAL_CASE.getBytes(StandardCharsets.UTF_8));
    assertThat(run(new ExplainCommand(in), "-")).isZero();
    assertThat(out.toString()).contains("Case: Märtson");
  }

  @Test
  void explain_refused_exitZeroAndEveryFieldErrorPrinted() {
    ByteArrayInputStream in = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(run(new ExplainCommand(in), "-")).isEqualTo(ExplainCommand.EXIT_REFUSED);
    assertThat(out.toString())
        .contains("Status: refused")
        .contains("  - patient: required field is missing\n")
        .contains("  - treatment: required field is missing\n");
  }

  @Test
  void explain_missingFile_exitTwoMessageOnStderr(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThat(run(new ExplainCommand(), missing.toString()))
        .isEqualTo(ExplainCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString())
        .startsWith("explain: cannot read case file " + missing + ": no such file");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void explain_invalidPolicy_exitTwoNamingTheKey(@TempDir Path dir) throws IOException {
    Path caseFile = dir.resolve("case.json");
    Path policyFile = dir.resolve("policy.json");
    Files.writeString(caseFile, ORAL_CASE);
    Files.writeString(policyFile, "{\"roundMg\": 10}");
    assertThat(run(new ExplainCommand(), "--policy", policyFile.toString(), caseFile.toString()))
        .isEqualTo(ExplainCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString())
        .startsWith("explain: invalid policy: roundMg: unknown key \"roundMg\"");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void explain_noFile_usageError() {
    assertThat(run(new ExplainCommand())).isEqualTo(2);
    assertThat(err.toString()).contains("FILE|-");
  }
}
