package io.github.cmvrx.cli;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.text.ExplainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    String caseText;
    Optional<String> policyText;
    try {
      caseText = input.equals(STDIN) ? readStdin() : Files.readString(Path.of(input));
      policyText = policy == null ? Optional.empty() : Optional.of(Files.readString(policy));
    } catch (IOException e) {
      err.println("explain: cannot read " + describe(e) + ": " + e.getClass().getSimpleName());
      err.flush();
      return EXIT_INPUT_ERROR;
    }
    Policy chosen = Policy.defaults();
    if (policyText.isPresent()) {
      try {
        chosen = JsonAdvisor.policy(policyText.get());
      } catch (IllegalArgumentException e) {
        err.println("explain: invalid policy: " + e.getMessage());
        err.flush();
        return EXIT_INPUT_ERROR;
      }
    }
    Recommendation recommendation = JsonAdvisor.recommend(caseText, chosen);
    out.print(ExplainText.render(recommendation));
    out.flush();
    return recommendation.status() == Status.OK ? EXIT_ANSWERED : EXIT_REFUSED;
  }

  private String readStdin() throws IOException {
    return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? "input" : message;
  }
}
