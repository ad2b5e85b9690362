package io.github.cmvrx.cli;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.fhir.FhirCaseWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fhir export CASE.json}: FHIR R4 conversions of the case contract (docs/fhir.md). */
@Command(
    name = "fhir",
    mixinStandardHelpOptions = true,
    description = "FHIR R4 conversions of the case contract.",
    subcommands = {FhirCommand.Export.class, HelpCommand.class})
public final class FhirCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  @ParentCommand
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private Main main;

  /** Creates the command (picocli instantiates it). */
  public FhirCommand() {}

  InputStream stdin() {
    return main.stdin();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_USAGE;
  }

  /**
   * {@code fhir export CASE.json}: the collection Bundle that {@code recommend --fhir} reads back
   * into the same case. An invalid case cannot be exported: its errors go to standard error
   * (exit 2). An age that a birth date cannot carry is written in whole years with a note on
   * standard error (decision record 1101).
   */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write a case (contract JSON) as a FHIR R4 collection Bundle on standard output.",
        "recommend --fhir on the Bundle gives the same recommendation as recommend on the case."
      })
  public static final class Export implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @ParentCommand
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private FhirCommand parent;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Evaluation date written as Bundle.timestamp (default: today, UTC).")
    private Optional<String> asOf = Optional.empty();

    @Parameters(index = "0", paramLabel = "CASE.json|-", description = "The case JSON file, or - for standard input.")
    private String input = "-";

    /** Creates the command (picocli instantiates it). */
    public Export() {}

    @Override
    public Integer call() {
      String json = FhirInput.read(spec.commandLine(), input, parent.stdin(), "fhir export");
      PrintWriter err = spec.commandLine().getErr();
      JsonResult<PatientCase> read = CaseJson.read(json);
      if (!(read instanceof JsonResult.Valid<PatientCase> valid)) {
        err.println("fhir export: " + input + " is not a valid case:");
        for (FieldError e : ((JsonResult.Invalid<PatientCase>) read).errors()) {
          err.println("  " + e.field() + ": " + e.message());
        }
        return Main.EXIT_USAGE;
      }
      LocalDate evaluation =
          FhirInput.asOf(spec.commandLine(), asOf).orElseGet(FhirInput::today);
      FhirCaseWriter.lossyAge(valid.value(), evaluation)
          .ifPresent(m -> err.println("fhir export: note: " + m));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          FhirCaseReader.jsonParser()
              .setPrettyPrint(true)
              .encodeResourceToString(FhirCaseWriter.write(valid.value(), evaluation)));
      out.flush();
      return Main.EXIT_OK;
    }
  }
}
