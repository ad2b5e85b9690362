package io.github.cmvrx.cli;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.contract.PolicyJson;
import io.github.cmvrx.contract.RecommendationJson.ExtraFields;
import io.github.cmvrx.contract.RecommendationJson.Layout;
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.exposure.ExposureEstimate;
import io.github.cmvrx.exposure.ExposureEstimator;
import io.github.cmvrx.fhir.FhirCaseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recommend [--policy FILE] [--pretty] FILE|-}: one case in, one recommendation out; with
 * {@code --ndjson}, one case per line in and one result per line out, in the same order. An
 * invalid case is answered with a {@code refused} recommendation listing every field error
 * (exit 0); in NDJSON mode each refused line also carries {@code "line": N} (1-based) and the run
 * goes on. Blank lines are skipped but counted (decision record 0101). With {@code --fhir}, the
 * input is one FHIR R4 Bundle (docs/fhir.md).
 */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = {
      "Recommend treatment for one case (JSON), or for one case per line with --ndjson.",
      "Writes the recommendation JSON (shared case-format) to standard output."
    })
public final class RecommendCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  @ParentCommand
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private Main main;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy JSON file with local dosing choices (default: the label's).")
  private Optional<Path> policyFile = Optional.empty();

  @Option(names = "--pretty", description = "Indent the JSON over several lines.")
  private boolean pretty;

  @Option(
      names = "--fhir",
      description = "The input is a FHIR R4 Bundle (docs/fhir.md), not case JSON.")
  private boolean fhir;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "With --fhir: the evaluation date (default: Bundle.timestamp, else today).")
  private Optional<String> asOf = Optional.empty();

  @Option(
      names = "--ndjson",
      description = "Read one case per line; write one result per line in the same order.")
  private boolean ndjson;

  @Option(
      names = "--exposure",
      description = {
        "Add an \"exposure\" list: steady-state ganciclovir AUC24, Cmax and Cmin of each",
        "ganciclovir or valganciclovir component (CALDES-2009 typical values; informational,",
        "never changes a dose; see docs/exposure.md)."
      })
  private boolean exposure;

  private static final ExposureEstimator ESTIMATOR = ExposureEstimator.caldes2009();

  @Parameters(
      index = "0",
      paramLabel = "FILE|-",
      description = "The case JSON file, or - for standard input.")
  private String input = "-";

  /** Creates the command (picocli instantiates it). */
  public RecommendCommand() {
    this(TreatmentAdvisor::recommend);
  }

  /**
   * Creates the command with another engine (tests: an engine that throws on some cases).
   *
   * @param engine turns a valid case and a policy into a recommendation
   */
  RecommendCommand(BiFunction<PatientCase, Policy, Recommendation> engine) {
    this.engine = engine;
  }

  private final BiFunction<PatientCase, Policy, Recommendation> engine;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (ndjson && pretty) {
      throw new ParameterException(
          spec.commandLine(), "--pretty cannot be combined with --ndjson (one result per line)");
    }
    if (fhir && ndjson) {
      throw new ParameterException(spec.commandLine(), "--fhir cannot be combined with --ndjson");
    }
    if (fhir && exposure) {
      throw new ParameterException(
          spec.commandLine(), "--exposure cannot be combined with --fhir (not supported yet)");
    }
    if (asOf.isPresent() && !fhir) {
      throw new ParameterException(spec.commandLine(), "--as-of needs --fhir");
    }
    Optional<Policy> policy = readPolicy(err);
    if (policy.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    if (fhir) {
      String json = FhirInput.read(spec.commandLine(), input, main.stdin(), "recommend");
      Recommendation r =
          FhirCaseReader.read(json, FhirInput.asOf(spec.commandLine(), asOf), FhirInput.today())
              .recommend(policy.get());
      RecommendationJson.write(
          r, out, pretty ? Layout.PRETTY : Layout.ONE_LINE, OptionalLong.empty());
      out.write('\n');
      out.flush();
      return Main.EXIT_OK;
    }
    InputStream in;
    if (input.equals("-")) {
      in = main.stdin();
    } else {
      Optional<String> problem;
      try {
        problem = unreadable(Path.of(input));
        in = problem.isPresent() ? main.stdin() : Files.newInputStream(Path.of(input));
      } catch (IOException | InvalidPathException e) {
        problem = Optional.of(String.valueOf(e.getMessage()));
        in = main.stdin();
      }
      if (problem.isPresent()) {
        err.println("recommend: cannot read input file " + input + ": " + problem.get());
        return Main.EXIT_USAGE;
      }
    }
    int code = Main.EXIT_OK;
    try {
      if (ndjson) {
        code = recommendEachLine(in, policy.get(), out, err);
      } else {
        recommendOne(in, policy.get(), out);
      }
    } catch (IOException e) {
      out.flush();
      err.println("recommend: cannot read input " + input + ": " + e.getMessage());
      return Main.EXIT_USAGE;
    } finally {
      if (in != main.stdin()) {
        in.close();
      }
    }
    out.flush();
    return code;
  }

  private void recommendOne(InputStream in, Policy policy, PrintWriter out) throws IOException {
    JsonResult<PatientCase> read = CaseJson.read(in);
    Recommendation r = answer(read, policy);
    RecommendationJson.write(
        r, out, pretty ? Layout.PRETTY : Layout.ONE_LINE, OptionalLong.empty(), extra(read, r));
    out.write('\n');
  }

  /** The {@code exposure} list when {@code --exposure} is given; nothing otherwise. */
  private ExtraFields extra(JsonResult<PatientCase> read, Recommendation r) {
    if (!exposure) {
      return ExtraFields.NONE;
    }
    List<ExposureEstimate> estimates =
        read instanceof JsonResult.Valid<PatientCase> valid
            ? ESTIMATOR.typical(valid.value(), r)
            : List.of();
    return g -> ExposureJson.writeField(g, estimates);
  }

  /** How often (in lines) an NDJSON run checks that its output can still be written. */
  private static final int OUTPUT_CHECK_LINES = 1024;

  /**
   * Answers every line in order (issue 12 item 7): a line the engine cannot answer gets an error
   * line with its number and the run goes on; the exit code then says some lines failed.
   */
  private int recommendEachLine(InputStream in, Policy policy, PrintWriter out, PrintWriter err)
      throws IOException {
    LineReader lines = new LineReader(in);
    long failed = 0;
    long firstFailed = 0;
    long count = 0;
    for (Optional<LineReader.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
      LineReader.Line line = next.get();
      if (line.text().isPresent() && isJsonWhitespace(line.text().get())) {
        continue;
      }
      if (++count % OUTPUT_CHECK_LINES == 0 && main.outputFailed(out)) {
        // Nobody can read the answers: stop instead of computing them into the void.
        return Main.EXIT_OUTPUT_FAILED;
      }
      Recommendation r;
      ExtraFields extra = exposure ? g -> ExposureJson.writeField(g, List.of()) : ExtraFields.NONE;
      if (line.text().isPresent()) {
        try {
          JsonResult<PatientCase> read = CaseJson.read(line.text().get());
          r = answer(read, policy);
          extra = extra(read, r);
        } catch (RuntimeException e) {
          failed++;
          if (firstFailed == 0) {
            firstFailed = line.number();
          }
          out.write(errorLine(line.number(), e));
          out.write('\n');
          continue;
        }
      } else {
        r =
            Recommendation.refused(
                Optional.empty(), List.of(new FieldError("$", line.problem().orElseThrow())));
      }
      OptionalLong tag =
          r.status() == Status.REFUSED ? OptionalLong.of(line.number()) : OptionalLong.empty();
      RecommendationJson.write(r, out, Layout.ONE_LINE, tag, extra);
      out.write('\n');
    }
    if (failed > 0) {
      out.flush();
      err.println(
          "recommend: "
              + failed
              + (failed == 1 ? " line" : " lines")
              + " could not be answered (first: line "
              + firstFailed
              + "); each has an error line in the output");
      return Main.EXIT_SOME_LINES_FAILED;
    }
    return Main.EXIT_OK;
  }

  /**
   * Returns whether {@code s} holds only JSON whitespace (space, tab, CR, LF; RFC 8259 section
   * 2), so a line of form feeds or Unicode spaces is not skipped but refused (issue 12 item 8).
   */
  static boolean isJsonWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /** The NDJSON line for a case the engine could not answer: its number and the reason. */
  static String errorLine(long number, RuntimeException e) {
    String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    StringBuilder json = new StringBuilder("{\"status\":\"error\",\"error\":\"");
    String text = "the engine could not answer this line (internal error): " + reason;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
        json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append("\",\"line\":").append(number).append('}').toString();
  }

  private Recommendation answer(JsonResult<PatientCase> read, Policy policy) {
    if (read instanceof JsonResult.Valid<PatientCase> valid) {
      return engine.apply(valid.value(), policy);
    }
    return ((JsonResult.Invalid<PatientCase>) read).refusal();
  }

  private Optional<Policy> readPolicy(PrintWriter err) {
    if (policyFile.isEmpty()) {
      return Optional.of(Policy.defaults());
    }
    Path path = policyFile.get();
    Optional<String> problem = unreadable(path);
    if (problem.isPresent()) {
      err.println("recommend: cannot read policy file " + path + ": " + problem.get());
      return Optional.empty();
    }
    JsonResult<Policy> result;
    try {
      result = PolicyJson.readFile(path);
    } catch (IOException e) {
      err.println("recommend: cannot read policy file " + path + ": " + e.getMessage());
      return Optional.empty();
    }
    if (result instanceof JsonResult.Valid<Policy> valid) {
      return Optional.of(valid.value());
    }
    err.println("recommend: invalid policy file " + path + ":");
    for (String line : PolicyJson.describe((JsonResult.Invalid<Policy>) result)) {
      err.println("  " + line);
    }
    return Optional.empty();
  }

  /** Returns why {@code path} cannot be read as a file, or empty if it can. */
  private static Optional<String> unreadable(Path path) {
    if (!Files.exists(path)) {
      return Optional.of("no such file");
    }
    if (Files.isDirectory(path)) {
      return Optional.of("is a directory");
    }
    if (!Files.isReadable(path)) {
      return Optional.of("permission denied");
    }
    return Optional.empty();
  }
}
