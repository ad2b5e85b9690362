package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The message helpers: echoed input is clipped at 60 characters, nodes are quoted by type, and the
 * "did you mean" hint uses the Levenshtein edit distance (case-insensitive).
 */
class TextTest {

  @Test
  void editDistance_textbookPairs_levenshteinDistance() {
    // Levenshtein's classic examples: kitten -> sitting 3, flaw -> lawn 2.
    assertThat(Text.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(Text.editDistance("flaw", "lawn")).isEqualTo(2);
  }

  @Test
  void editDistance_emptyAgainstWord_itsLength() {
    assertThat(Text.editDistance("", "weightKg")).isEqualTo(8);
    assertThat(Text.editDistance("ageYears", "")).isEqualTo(8);
    assertThat(Text.editDistance("", "")).isZero();
  }

  @Test
  void editDistance_oneInsertionDeletionOrSubstitution_one() {
    assertThat(Text.editDistance("weightKg", "weigthKg")).isEqualTo(2);
    assertThat(Text.editDistance("weightKg", "weightK")).isEqualTo(1);
    assertThat(Text.editDistance("weightKg", "weightKgs")).isEqualTo(1);
    assertThat(Text.editDistance("weightKg", "weightKq")).isEqualTo(1);
  }

  @Test
  void editDistance_caseOnly_zero() {
    assertThat(Text.editDistance("WeightKG", "weightkg")).isZero();
    assertThat(Text.editDistance("abc", "abc")).isZero();
  }

  @Test
  void clip_sixtyCharactersKept_sixtyOneCutWithMark() {
    String sixty = "a".repeat(60);
    assertThat(Text.clip(sixty)).isEqualTo(sixty);
    assertThat(Text.clip(sixty + "b")).isEqualTo(sixty + "...");
  }

  @Test
  void describe_eachNodeKind_quotedByType() {
    assertThat(Text.describe(new Node.StringNode("x"))).isEqualTo("string \"x\"");
    assertThat(Text.describe(new Node.NumberNode("1e3", 1000))).isEqualTo("number 1e3");
    assertThat(Text.describe(new Node.BooleanNode(true))).isEqualTo("boolean true");
    assertThat(Text.describe(new Node.ArrayNode(List.of()))).isEqualTo("array");
    assertThat(Text.describe(new Node.ObjectNode(Map.of()))).isEqualTo("object");
    assertThat(Text.describe(Node.NullNode.INSTANCE)).isEqualTo("null");
  }
}
