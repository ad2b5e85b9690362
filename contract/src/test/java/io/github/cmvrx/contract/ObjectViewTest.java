package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.validation.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unknown keys are refused (clinical basis §8: "unknown keys"), each named with its path,
 * the accepted keys, and a hint when an accepted key is within edit distance 2.
 */
class ObjectViewTest {

  private static Problems acceptOnly(String path, String key, String... accepted) {
    Problems problems = new Problems();
    ObjectView.of(path, new Node.ObjectNode(Map.of(key, new Node.BooleanNode(true))), problems)
        .orElseThrow()
        .acceptOnly(accepted);
    return problems;
  }

  @Test
  void acceptOnly_misspeltKeyWithinTwoEdits_hintAndAcceptedKeysInSection() {
    assertThat(acceptOnly("patient", "weigthKg", "ageYears", "weightKg").list())
        .containsExactly(
            new FieldError(
                "patient.weigthKg",
                "unknown key \"weigthKg\" (did you mean \"weightKg\"?); accepted keys in patient:"
                    + " ageYears, weightKg"));
  }

  @Test
  void acceptOnly_keyThreeEditsAway_noHint() {
    assertThat(acceptOnly("patient", "wxyzhtKg", "weightKg").list())
        .containsExactly(
            new FieldError(
                "patient.wxyzhtKg",
                "unknown key \"wxyzhtKg\"; accepted keys in patient: weightKg"));
  }

  @Test
  void acceptOnly_atTheRoot_pathIsTheKeyAndNoSectionNamed() {
    assertThat(acceptOnly("", "pateint", "patient", "host").list())
        .containsExactly(
            new FieldError(
                "pateint",
                "unknown key \"pateint\" (did you mean \"patient\"?); accepted keys: patient,"
                    + " host"));
  }

  @Test
  void acceptOnly_acceptedKey_noProblem() {
    assertThat(acceptOnly("host", "category", "category", "cd4").list()).isEmpty();
  }
}
