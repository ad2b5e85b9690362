package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.validation.FieldError;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reader's part of issue 12: invalid Unicode, limits naming the field, plain messages. */
class HostileJsonTest {

  private static final String CASE =
      "{\"id\":ID,\"patient\":{\"ageYears\":AGE,\"sex\":\"male\",\"weightKg\":70,"
          + "\"heightCm\":175,\"serumCreatinine\":{\"value\":1,\"unit\":\"mg/dL\"},"
          + "\"renalReplacement\":\"none\"},\"host\":{\"category\":\"solid_organ_transplant\"},"
          + "\"disease\":{\"sites\":[\"pneumonitis\"],\"severity\":\"severe\"},"
          + "\"treatment\":{\"phase\":\"none\"}}";

  private static String doc(String id, String age) {
    return CASE.replace("ID", id).replace("AGE", age);
  }

  private static JsonResult.Invalid<PatientCase> invalid(String json) {
    JsonResult<PatientCase> r = CaseJson.read(json);
    assertThat(r).isInstanceOf(JsonResult.Invalid.class);
    return (JsonResult.Invalid<PatientCase>) r;
  }

  /** Item 4: an id with an unpaired surrogate is refused naming the field, and never echoed. */
  @ParameterizedTest
  @ValueSource(strings = {"\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud800\\ud800\""})
  void read_unpairedSurrogateInId_refusedNamingIdNotEchoed(String id) {
    JsonResult.Invalid<PatientCase> r = invalid(doc(id, "50"));
    assertThat(r.errors()).extracting(FieldError::field).containsExactly("id");
    assertThat(r.errors().get(0).message()).contains("unpaired surrogate");
    assertThat(r.id()).isEmpty();
    assertThat(RecommendationJson.write(r.refusal())).contains("\"id\":null").doesNotContain("?");
  }

  /** Item 4: a valid surrogate pair (an emoji) is text like any other. */
  @Test
  void read_pairedSurrogateInId_accepted() {
    assertThat(CaseJson.read(doc("\"\\ud83d\\ude00\"", "50")))
        .isInstanceOf(JsonResult.Valid.class);
  }

  /** Item 4: the same holds for keys. */
  @Test
  void read_unpairedSurrogateInKey_refusedNamingTheKey() {
    JsonResult.Invalid<PatientCase> r =
        invalid(doc("\"x\"", "50").replace("\"host\":", "\"\\udc00\":1,\"host\":"));
    assertThat(r.errors())
        .anySatisfy(e -> assertThat(e.message()).contains("the key holds invalid Unicode"));
  }

  /** Item 14: a limit names the field path and the line and column. */
  @Test
  void read_numberLongerThanLimit_namesFieldLineAndColumn() {
    JsonResult.Invalid<PatientCase> r = invalid(doc("\"x\"", "4" + "0".repeat(70)));
    assertThat(r.errors()).hasSize(1);
    FieldError e = r.errors().get(0);
    assertThat(e.field()).isEqualTo("patient.ageYears");
    assertThat(e.message()).contains("longer than the limit of 64").contains("(line 1, column ");
  }

  /** Item 15: messages speak of the input, never of the parser's features or internals. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": NaN}",
        "{\"a\": Infinity}",
        "{\"a\": -INF}",
        "/* c */ {}",
        "// c\n{}",
        "{'a': 1}",
        "{\"a\": 1,}",
        "{\"a\": 01}",
        "{a: 1}",
        "{\"a\": \"x\u0001\"}",
        "{\"a\": tru}",
        "{\"a\": ",
        "{\"a\" 1}",
        "[1 2]",
      })
  void read_nonJson_messageInInputTerms(String json) {
    JsonResult.Invalid<PatientCase> r = invalid(json);
    for (String internal :
        List.of("Feature", "feature", "enable", "Source", "REDACTED", "JsonReadFeature", "`")) {
      assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain(internal));
    }
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).contains("line"));
  }

  @Test
  void read_nan_saysNotANumberInJson() {
    assertThat(invalid("{\"a\": NaN}").errors().get(0).message())
        .contains("NaN and Infinity are not numbers in JSON");
  }

  @Test
  void read_comment_saysCommentsNotAllowed() {
    assertThat(invalid("/* c */ {}").errors().get(0).message())
        .contains("comments are not allowed in JSON");
  }
}
