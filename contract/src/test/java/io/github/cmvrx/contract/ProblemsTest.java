package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety net that turns a builder's rejection into field errors, without parsing text. */
class ProblemsTest {

  @Test
  void addRejection_messageWithFieldPath_filedUnderThatPath() {
    Problems p = new Problems();
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> CaseLimits.WEIGHT_KG.require(401));
    p.addRejection("patient", e);
    assertThat(p.list())
        .containsExactly(
            new FieldError(
                "patient.weightKg", "value 401 is outside the accepted range [0.3, 400] kg"));
  }

  @Test
  void addRejection_fieldErrorsOfTheModel_keptAsTheyAre() {
    Problems p = new Problems();
    p.addRejection(
        "disease",
        new InvalidFieldsException(
            List.of(new FieldError("disease.sites[2]", "bad site"), new FieldError("x", "y"))));
    assertThat(p.list())
        .containsExactly(new FieldError("disease.sites[2]", "bad site"), new FieldError("x", "y"));
  }

  @Test
  void addRejection_plainMessageThatLooksLikeAPath_notParsed() {
    // No field path is recovered from exception text: a plain rejection stays on its section.
    Problems p = new Problems();
    p.addRejection("disease", new IllegalArgumentException("disease.sites[2]: bad site"));
    assertThat(p.list()).containsExactly(new FieldError("disease", "disease.sites[2]: bad site"));
  }

  @Test
  void addRejection_messageWithoutPath_filedUnderSection() {
    Problems p = new Problems();
    p.addRejection("treatment", new IllegalArgumentException("something odd (was 3)"));
    assertThat(p.list()).containsExactly(new FieldError("treatment", "something odd (was 3)"));
  }

  @Test
  void add_emptyPath_isRoot() {
    Problems p = new Problems();
    p.add("", "expected a JSON object");
    assertThat(p.list()).extracting(FieldError::field).containsExactly("$");
  }
}
