package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzz target (Jazzer) for the case reader and the whole read, recommend, write
 * path. In every build ({@code mvn -B verify}) it runs the regression corpus under {@code
 * src/test/resources/io/github/cmvrx/contract/CaseReaderFuzzTestInputs/readRecommendWrite/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (docs/reliability.md gives the command).
 *
 * <p>For any bytes: reading never throws; an invalid document is refused with at least one error
 * naming a field; a valid case is answered, its recommendation is written as well-formed strict
 * JSON (so no NaN or Infinity) with no unpaired surrogate, the same bytes give the same answer
 * (deterministic), and the case written back as JSON reads back as an equal case.
 */
class CaseReaderFuzzTest {

  private static final JsonFactory JSON = new JsonFactory();

  @FuzzTest(maxDuration = "30s")
  void readRecommendWrite(byte[] input) throws IOException {
    Recommendation rec = answer(input);
    String out = RecommendationJson.write(rec);
    wellFormed(out);
    assertThat(answer(input)).isEqualTo(rec);
    JsonResult<PatientCase> read = CaseJson.read(new ByteArrayInputStream(input));
    if (read instanceof JsonResult.Valid<PatientCase> valid) {
      String again = CaseJson.write(valid.value());
      wellFormed(again);
      assertThat(CaseJson.read(again)).isEqualTo(read);
    } else {
      JsonResult.Invalid<PatientCase> invalid = (JsonResult.Invalid<PatientCase>) read;
      for (FieldError e : invalid.errors()) {
        assertThat(e.field()).isNotNull();
        assertThat(e.message()).isNotBlank();
      }
    }
  }

  private static Recommendation answer(byte[] input) throws IOException {
    JsonResult<PatientCase> read = CaseJson.read(new ByteArrayInputStream(input));
    return read instanceof JsonResult.Valid<PatientCase> valid
        ? TreatmentAdvisor.recommend(valid.value())
        : ((JsonResult.Invalid<PatientCase>) read).refusal();
  }

  /** Parses the whole text; fails on malformed JSON or an unpaired surrogate. */
  private static void wellFormed(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
            .as("paired surrogate at %d", i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("unpaired low surrogate at %d", i).isFalse();
      }
    }
    try (JsonParser p = JSON.createParser(text)) {
      while (p.nextToken() != null) {
        // read every token
      }
    }
  }
}
