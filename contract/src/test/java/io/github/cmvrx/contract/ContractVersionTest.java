package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract version: optional in cases and policies, refused by name when unknown (0750). */
class ContractVersionTest {

  /** A minimal valid case; {@code %s} is where a contractVersion member goes. */
  private static final String CASE =
      "{%s\"patient\":{\"ageYears\":54,\"sex\":\"female\",\"weightKg\":62,\"heightCm\":165,"
          + "\"serumCreatinine\":{\"value\":1.1,\"unit\":\"mg/dL\"},\"renalReplacement\":\"none\"},"
          + "\"host\":{\"category\":\"hiv\"},"
          + "\"disease\":{\"sites\":[\"retinitis\"],\"severity\":\"severe\"},"
          + "\"treatment\":{\"phase\":\"none\"}}";

  private static JsonResult<?> readCase(String versionMember) {
    return CaseJson.read(String.format(java.util.Locale.ROOT, CASE, versionMember));
  }

  private static List<FieldError> errors(JsonResult<?> r) {
    assertThat(r).isInstanceOf(JsonResult.Invalid.class);
    return ((JsonResult.Invalid<?>) r).errors();
  }

  @Test
  void current_isOnePointZero() {
    assertThat(ContractVersion.CURRENT).isEqualTo("1.0");
    assertThat(ContractVersion.MAJOR).isEqualTo(1);
  }

  @Test
  void readCase_withoutVersion_isValid() {
    assertThat(readCase("")).isInstanceOf(JsonResult.Valid.class);
  }

  @Test
  void readCase_currentAndLaterMinorVersions_areValid() {
    assertThat(readCase("\"contractVersion\":\"1.0\",")).isInstanceOf(JsonResult.Valid.class);
    assertThat(readCase("\"contractVersion\":\"1.7\",")).isInstanceOf(JsonResult.Valid.class);
  }

  @Test
  void readCase_nullVersion_isLikeAbsent() {
    assertThat(readCase("\"contractVersion\":null,")).isInstanceOf(JsonResult.Valid.class);
  }

  @Test
  void readCase_unknownMajorVersion_isRefusedByName() {
    assertThat(errors(readCase("\"contractVersion\":\"2.0\",")))
        .containsExactly(
            new FieldError(
                "contractVersion",
                "value \"2.0\" is not a supported contract version: this reader understands major"
                    + " version 1 (\"1.0\" and later minor versions)"));
  }

  @Test
  void readCase_malformedVersions_areRefusedByName() {
    for (String v : List.of("1", "1.0.0", "v1.0", "01.0", "1.", "")) {
      assertThat(errors(readCase("\"contractVersion\":\"" + v + "\",")))
          .as(v)
          .extracting(FieldError::field, FieldError::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "contractVersion",
                  "value \"" + v + "\" is not a contract version: expected \"MAJOR.MINOR\", e.g."
                      + " \"1.0\""));
    }
  }

  @Test
  void readCase_versionAsNumber_isRefused() {
    assertThat(errors(readCase("\"contractVersion\":1.0,")))
        .extracting(FieldError::field)
        .containsExactly("contractVersion");
  }

  @Test
  void readPolicy_versions() {
    assertThat(PolicyJson.read("{\"contractVersion\":\"1.0\"}")).isInstanceOf(JsonResult.Valid.class);
    assertThat(errors(PolicyJson.read("{\"contractVersion\":\"3.1\",\"roundingMg\":10}")))
        .extracting(FieldError::field)
        .containsExactly("contractVersion");
    // In a policy null is an error for every key (decision 0102), this one included.
    assertThat(errors(PolicyJson.read("{\"contractVersion\":null}")))
        .extracting(FieldError::field)
        .containsExactly("contractVersion");
  }

  @Test
  void writePolicy_roundTripsWithoutVersion() {
    // The policy writer does not add the key; reading its output still gives the same policy.
    String written = PolicyJson.write(io.github.cmvrx.dosing.policy.Policy.defaults());
    assertThat(written).doesNotContain("contractVersion");
    assertThat(PolicyJson.read(written)).isInstanceOf(JsonResult.Valid.class);
  }
}
