package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the vignette collection itself, without running the engine: enough vignettes, each well
 * formed, and together they check every rule of clinical basis §4 and §5. The end-to-end
 * run is {@code VignetteTest}.
 */
class VignetteCatalogueTest {

  /** The brief asks for at least 40 vignettes. */
  private static final int MIN_VIGNETTES = 40;

  /** File names are {@code NN-short-name.json}. */
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-[a-z0-9][a-z0-9.-]*\\.json");

  /**
   * The rules of clinical basis §4 and §5: the bracketed ids, the children decision of
   * section 4 (REG-PAEDIATRIC-NO-TABLETS) and the premature-discontinuation alert of section 5
   * (PHASE-PREMATURE-STOP).
   */
  static final List<RuleId> SPEC_SECTIONS_4_AND_5 =
      List.of(
          RuleId.REG_CNS_COMBINATION,
          RuleId.REG_CNS_PARTIAL,
          RuleId.REG_NONCNS_GCV,
          RuleId.REG_NONCNS_ORAL,
          RuleId.REG_IV_TO_ORAL,
          RuleId.REG_GCV_ALTERNATIVE,
          RuleId.REG_THIRD_LINE,
          RuleId.REG_REFRACTORY,
          RuleId.REG_NO_SAFE_REGIMEN,
          RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY,
          RuleId.REG_PAEDIATRIC_NO_TABLETS,
          RuleId.PHASE_MAINTENANCE,
          RuleId.PHASE_HIV_LIFELONG,
          RuleId.PHASE_HIV_STOP,
          RuleId.PHASE_TRANSPLANT_SECONDARY,
          RuleId.PHASE_PREMATURE_STOP);

  @Test
  void loadAll_vignetteFolder_holdsAtLeastFortyVignettes() {
    assertThat(Vignette.loadAll()).hasSizeGreaterThanOrEqualTo(MIN_VIGNETTES);
  }

  @Test
  void loadAll_everyFileName_isNumberedAndTheNumbersAreUnique() {
    Set<String> numbers = new LinkedHashSet<>();
    for (Vignette v : Vignette.loadAll()) {
      var m = FILE_NAME.matcher(v.file());
      assertThat(m.matches()).as("file name %s must be NN-short-name.json", v.file()).isTrue();
      assertThat(numbers.add(m.group(1))).as("number of %s is used twice", v.file()).isTrue();
    }
  }

  @Test
  void problems_everyVignette_isWellFormed() {
    List<String> all = new ArrayList<>();
    for (Vignette v : Vignette.loadAll()) {
      VignetteExpectations.problems(v).forEach(p -> all.add(v.file() + ": " + p));
    }
    assertThat(all).isEmpty();
  }

  @Test
  void rulesInclude_allVignettesTogether_mentionEveryRuleOfSpecSections4And5() {
    Set<String> mentioned = new LinkedHashSet<>();
    for (Vignette v : Vignette.loadAll()) {
      v.expect().path("rulesInclude").forEach(r -> mentioned.add(r.asText()));
    }
    List<String> missing =
        SPEC_SECTIONS_4_AND_5.stream().map(RuleId::id).filter(id -> !mentioned.contains(id)).toList();
    assertThat(missing).as("rules of clinical basis §4-§5 that no vignette checks").isEmpty();
  }

  @Test
  void loadAll_refusedAndAnsweredVignettes_bothPresent() {
    long refused =
        Vignette.loadAll().stream()
            .filter(v -> "refused".equals(v.expect().path("status").asText()))
            .count();
    // Clinical basis §8 and scope: age 0, weight 401, misspelt key, missing creatinine,
    // dnaemia_only with an end-organ site, neonate.
    assertThat(refused).isGreaterThanOrEqualTo(6);
    assertThat(Vignette.loadAll().size() - refused).isGreaterThanOrEqualTo(MIN_VIGNETTES);
  }
}
