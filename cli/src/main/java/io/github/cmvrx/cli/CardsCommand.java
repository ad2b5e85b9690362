package io.github.cmvrx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.fhir.CdsCards;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.fhir.FhirRead;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cards --fhir FILE|-}: a FHIR R4 Bundle in, the CDS Hooks response {@code {"cards":
 * [...]}} out (docs/fhir.md). A Bundle that lacks a required fact gets one warning card listing
 * every problem (exit 0).
 */
@Command(
    name = "cards",
    mixinStandardHelpOptions = true,
    description = {
      "CDS Hooks cards for a FHIR R4 Bundle: a regimen card with MedicationRequest suggestions",
      "and a card per critical or warning alert, as {\"cards\": [...]} on standard output."
    })
public final class CardsCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  @ParentCommand
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private Main main;

  @Option(names = "--fhir", required = true, description = "The input is a FHIR R4 Bundle (required).")
  private boolean fhir;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Evaluation date (default: Bundle.timestamp, else today).")
  private Optional<String> asOf = Optional.empty();

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy JSON file with local dosing choices.")
  private @Nullable Path policyFile;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The FHIR Bundle JSON file, or - for standard input.")
  private String input = "-";

  /** Creates the command (picocli instantiates it). */
  public CardsCommand() {}

  @Override
  public Integer call() throws IOException {
    Policy policy = PolicyFiles.readOrUsageError(spec.commandLine(), policyFile, "--policy");
    String json = FhirInput.read(spec.commandLine(), input, main.stdin(), "cards");
    FhirRead read = FhirCaseReader.read(json, FhirInput.asOf(spec.commandLine(), asOf), FhirInput.today());
    Recommendation r = read.recommend(policy);
    Optional<String> patientId = Optional.empty();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(CdsCards.response(r, patientId)));
    out.flush();
    return Main.EXIT_OK;
  }
}
