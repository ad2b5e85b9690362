package io.github.cmvrx.cli;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.contract.JsonLimits;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.text.Escape;
import io.github.cmvrx.simulation.text.ExplainText;
import io.github.cmvrx.simulation.text.IoReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code explain [--policy FILE] FILE|-} command: reads one case, answers it through the
 * contract facade {@link JsonAdvisor} and prints the recommendation with {@link ExplainText}.
 *
 * <p>Exit codes (decision record {@code
 * docs/decisions/0401-explain-command-seam-and-exit-codes.md}): 0 when the case was answered, 1
 * when it was refused (the field errors are printed), 2 when a file cannot be read or the
 * policy is invalid (every problem on standard error). Picocli itself uses 2 for bad
 * command-line usage.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Print the recommendation for one case for a person to read.")
public final class ExplainCommand implements Callable<Integer> {

  /** Exit code for an answered case. */
  public static final int EXIT_ANSWERED = 0;

  /**
   * Exit code for a refused case: 0, as for {@code recommend} (a refusal is an answer, not a
   * failure of the program).
   */
  public static final int EXIT_REFUSED = 0;

  /** Exit code for an unreadable file or an invalid policy. */
  public static final int EXIT_INPUT_ERROR = 2;

  private static final String STDIN = "-";

  private final InputStream stdin;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy file (JSON); the label defaults when absent.")
  private @Nullable Path policy;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case (JSON), or - for stdin.")
  @SuppressWarnings("NullAway.Init")
  private String input;

  /** Creates the command reading {@code -} from {@link System#in}. */
  public ExplainCommand() {
    this(System.in);
  }

  /**
   * Creates the command reading {@code -} from {@code stdin}.
   *
   * @param stdin what {@code -} reads
   */
  public ExplainCommand(InputStream stdin) {
    this.stdin = requireNonNull(stdin, "stdin");
  }

  /**
   * Reads the case and the policy, prints the explained recommendation.
   *
   * @return {@link #EXIT_ANSWERED}, {@link #EXIT_REFUSED} or {@link #EXIT_INPUT_ERROR}
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Read caseRead;
    Optional<String> policyText = Optional.empty();
    try {
      caseRead = read(input, "case file");
      if (caseRead.unreadable().isPresent()) {
        err.println("explain: " + caseRead.unreadable().get());
        err.flush();
        return EXIT_INPUT_ERROR;
      }
      if (policy != null) {
        Read p = read(policy.toString(), "policy file");
        if (p.unreadable().isPresent() || p.text().isEmpty()) {
          err.println(
              "explain: "
                  + p.unreadable()
                      .orElse(
                          "cannot read policy file "
                              + Escape.text(policy.toString())
                              + ": "
                              + p.problem().orElse("unreadable")));
          err.flush();
          return EXIT_INPUT_ERROR;
        }
        policyText = p.text();
      }
    } catch (IOException e) {
      err.println("explain: cannot read " + Escape.text(input) + ": " + IoReason.of(e));
      err.flush();
      return EXIT_INPUT_ERROR;
    }
    Policy chosen = Policy.defaults();
    if (policyText.isPresent()) {
      try {
        chosen = JsonAdvisor.policy(policyText.get());
      } catch (IllegalArgumentException e) {
        err.println("explain: invalid policy: " + Escape.text(String.valueOf(e.getMessage())));
        err.flush();
        return EXIT_INPUT_ERROR;
      }
    }
    Recommendation recommendation;
    if (caseRead.text().isEmpty()) {
      // Content that cannot be text is refused as recommend refuses it (issue 12 item 5).
      recommendation =
          Recommendation.refused(
              Optional.empty(), List.of(new FieldError("$", caseRead.problem().orElseThrow())));
    } else {
      recommendation = JsonAdvisor.recommend(caseRead.text().get(), chosen);
    }
    out.print(ExplainText.render(recommendation));
    out.flush();
    return recommendation.status() == Status.OK ? EXIT_ANSWERED : EXIT_REFUSED;
  }

  /** The most bytes read from one input: 4 bytes for each of the 1 MiB characters allowed. */
  static final int MAX_INPUT_BYTES = 4 * JsonLimits.MAX_DOCUMENT_CHARS;

  /**
   * What reading one input gave: its text; or a content problem (too large, not UTF-8) to refuse;
   * or why the file cannot be read at all (exit 2).
   */
  private record Read(Optional<String> text, Optional<String> problem, Optional<String> unreadable) {}

  /**
   * Reads {@code name} ({@code -} for standard input) the way {@code recommend} does: at most
   * {@link #MAX_INPUT_BYTES} bytes (issue 12 item 12), strict UTF-8 (item 5), and a missing file,
   * a folder or no permission named with the file (item 16).
   */
  private Read read(String name, String what) throws IOException {
    InputStream in;
    if (name.equals(STDIN)) {
      in = stdin;
    } else {
      Path path = Path.of(name);
      Optional<String> unreadable = IoReason.unreadable(path);
      if (unreadable.isPresent()) {
        return new Read(
            Optional.empty(),
            Optional.empty(),
            Optional.of("cannot read " + what + " " + Escape.text(name) + ": " + unreadable.get()));
      }
      in = Files.newInputStream(path);
    }
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    } finally {
      if (in != stdin) {
        in.close();
      }
    }
    if (bytes.length > MAX_INPUT_BYTES) {
      return new Read(
          Optional.empty(),
          Optional.of(
              String.format(
                  Locale.ROOT,
                  "document is larger than the limit of %d characters (1 MiB)",
                  JsonLimits.MAX_DOCUMENT_CHARS)),
          Optional.empty());
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Read(Optional.of(text), Optional.empty(), Optional.empty());
    } catch (CharacterCodingException e) {
      return new Read(Optional.empty(), Optional.of("input is not valid UTF-8 text"), Optional.empty());
    }
  }
}
