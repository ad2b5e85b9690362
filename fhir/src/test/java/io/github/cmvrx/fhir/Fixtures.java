package io.github.cmvrx.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;

/** Shared test inputs: the repository's JSON examples and helpers. */
final class Fixtures {
  private Fixtures() {}

  /** A fixed evaluation date, so no test depends on the clock. */
  static final LocalDate EVALUATION = LocalDate.of(2026, 12, 1);

  static Path examples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("examples/ not found above " + here);
  }

  static List<Path> exampleCases() {
    try (Stream<Path> files = Files.list(examples())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PatientCase caseOf(String json) {
    JsonResult<PatientCase> r = CaseJson.read(json);
    assertThat(r).isInstanceOf(JsonResult.Valid.class);
    return ((JsonResult.Valid<PatientCase>) r).value();
  }

  static String json(Bundle bundle) {
    return FhirCaseReader.jsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
  }

  static FhirRead read(String json) {
    return FhirCaseReader.read(json, Optional.empty(), EVALUATION);
  }

  static FhirRead.Read valid(FhirRead r) {
    assertThat(r).as("read: %s", r).isInstanceOf(FhirRead.Read.class);
    return (FhirRead.Read) r;
  }

  static FhirRead.Refused refused(FhirRead r) {
    assertThat(r).as("read: %s", r).isInstanceOf(FhirRead.Refused.class);
    return (FhirRead.Refused) r;
  }
}
