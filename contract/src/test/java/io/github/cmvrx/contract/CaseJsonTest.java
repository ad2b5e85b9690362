package io.github.cmvrx.contract;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.model.Virology;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.validation.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading a case: the contract example, every validation rule of clinical basis §8 (each
 * asserting the field the error names), the contract's structural rules, and the parsing
 * limits.
 */
class CaseJsonTest {

  /** The case of the shared case-format "Input" example, verbatim. */
  static final String CONTRACT_EXAMPLE =
      """
      {
        "id": "optional string, echoed back",
        "patient": {
          "ageYears": 54,
          "sex": "female",
          "weightKg": 62.0,
          "heightCm": 165.0,
          "serumCreatinine": { "value": 1.1, "unit": "mg/dL" },
          "renalReplacement": "none"
        },
        "host": {
          "category": "hiv",
          "cd4PerUl": 35,
          "onAntiretroviralTherapy": true,
          "hivRnaSuppressed": false,
          "monthsCd4Above100": 0,
          "onCiclosporin": false
        },
        "disease": {
          "sites": ["encephalitis"],
          "severity": "severe"
        },
        "virology": {
          "resistantTo": ["ganciclovir"],
          "refractory": false
        },
        "labs": {
          "ancPerUl": 1800,
          "plateletsPerUl": 120000,
          "hemoglobinGPerDl": 10.5,
          "urineProteinMgPerDl": 10
        },
        "treatment": {
          "phase": "none",
          "daysOfIvTherapy": 0,
          "clinicallyImproving": false,
          "canTakeOral": true,
          "ganciclovirIntolerance": false,
          "nephrotoxicComedication": false
        }
      }
      """;

  /** Returns the contract example with exactly one occurrence of {@code from} replaced. */
  static String example(String from, String to) {
    assertThat(CONTRACT_EXAMPLE).as("the text to replace must occur once").containsOnlyOnce(from);
    return CONTRACT_EXAMPLE.replace(from, to);
  }

  @CanIgnoreReturnValue
  static PatientCase valid(String json) {
    JsonResult<PatientCase> r = CaseJson.read(json);
    assertThat(r).as("expected a valid case, got %s", r).isInstanceOf(JsonResult.Valid.class);
    return ((JsonResult.Valid<PatientCase>) r).value();
  }

  static List<FieldError> errors(String json) {
    JsonResult<PatientCase> r = CaseJson.read(json);
    assertThat(r).as("expected an invalid case").isInstanceOf(JsonResult.Invalid.class);
    return ((JsonResult.Invalid<PatientCase>) r).errors();
  }

  /** Asserts exactly one error, on {@code field}, and returns its message. */
  @CanIgnoreReturnValue
  static String onlyError(String json, String field) {
    List<FieldError> errors = errors(json);
    assertThat(errors).extracting(FieldError::field).containsExactly(field);
    return errors.get(0).message();
  }

  @Test
  void read_contractExample_readsEveryField() {
    PatientCase c = valid(CONTRACT_EXAMPLE);
    assertThat(c.id()).contains("optional string, echoed back");
    assertThat(c.patient().age().years()).isEqualTo(54.0);
    assertThat(c.patient().sex()).isEqualTo(Sex.FEMALE);
    assertThat(c.patient().weight().kilograms()).isEqualTo(62.0);
    assertThat(c.patient().height().centimetres()).isEqualTo(165.0);
    assertThat(c.patient().serumCreatinine().orElseThrow().mgPerDl()).isEqualTo(1.1);
    assertThat(c.patient().renalReplacement()).isEqualTo(RenalReplacement.NONE);
    assertThat(c.host().category()).isEqualTo(HostCategory.HIV);
    assertThat(c.host().cd4().orElseThrow().perMicrolitre()).isEqualTo(35.0);
    assertThat(c.host().onAntiretroviralTherapy()).contains(true);
    assertThat(c.host().hivRnaSuppressed()).contains(false);
    assertThat(c.host().monthsCd4Above100().getAsDouble()).isEqualTo(0.0);
    assertThat(c.host().onCiclosporin()).contains(false);
    assertThat(c.disease().sites()).containsExactly(DiseaseSite.ENCEPHALITIS);
    assertThat(c.disease().severity()).isEqualTo(Severity.SEVERE);
    assertThat(c.virology().resistantTo()).containsExactly(Drug.GANCICLOVIR);
    assertThat(c.virology().refractory()).contains(false);
    assertThat(c.labs().anc().orElseThrow().perMicrolitre()).isEqualTo(1800.0);
    assertThat(c.labs().platelets().orElseThrow().perMicrolitre()).isEqualTo(120000.0);
    assertThat(c.labs().hemoglobin().orElseThrow().gramsPerDecilitre()).isEqualTo(10.5);
    assertThat(c.labs().urineProtein().orElseThrow().mgPerDecilitre()).isEqualTo(10.0);
    assertThat(c.treatment().phase()).isEqualTo(TreatmentPhase.NONE);
    assertThat(c.treatment().daysOfIvTherapy().getAsInt()).isZero();
    assertThat(c.treatment().clinicallyImproving()).contains(false);
    assertThat(c.treatment().canTakeOral()).contains(true);
    assertThat(c.treatment().ganciclovirIntolerance()).contains(false);
    assertThat(c.treatment().nephrotoxicComedication()).contains(false);
  }

  @Nested
  class ClinicalSpecSection8 {
    @Test
    void read_ageZero_refusesAgeYears() {
      String m = onlyError(example("\"ageYears\": 54", "\"ageYears\": 0"), "patient.ageYears");
      assertThat(m).contains("0").contains("(0, 120] years");
    }

    @Test
    void read_ageNegative_refusesAgeYears() {
      onlyError(example("\"ageYears\": 54", "\"ageYears\": -3"), "patient.ageYears");
    }

    @Test
    void read_ageAbove120_refusesAgeYears() {
      String m = onlyError(example("\"ageYears\": 54", "\"ageYears\": 120.5"), "patient.ageYears");
      assertThat(m).contains("120.5").contains("(0, 120] years");
    }

    @Test
    void read_age120_accepted() {
      assertThat(valid(example("\"ageYears\": 54", "\"ageYears\": 120")).patient().age().years())
          .isEqualTo(120.0);
    }

    @Test
    void read_weightZero_refusesWeightKg() {
      String m = onlyError(example("\"weightKg\": 62.0", "\"weightKg\": 0"), "patient.weightKg");
      assertThat(m).contains("[0.3, 400] kg");
    }

    @Test
    void read_weightAbove400_refusesWeightKg() {
      String m =
          onlyError(example("\"weightKg\": 62.0", "\"weightKg\": 400.5"), "patient.weightKg");
      assertThat(m).contains("400.5").contains("[0.3, 400] kg");
    }

    @Test
    void read_weight400_accepted() {
      valid(example("\"weightKg\": 62.0", "\"weightKg\": 400"));
    }

    @Test
    void read_height30_refusesHeightCm() {
      String m = onlyError(example("\"heightCm\": 165.0", "\"heightCm\": 30"), "patient.heightCm");
      assertThat(m).contains("(30, 250] cm");
    }

    @Test
    void read_heightAbove250_refusesHeightCm() {
      String m =
          onlyError(example("\"heightCm\": 165.0", "\"heightCm\": 250.1"), "patient.heightCm");
      assertThat(m).contains("250.1");
    }

    @Test
    void read_creatinineZero_refusesValue() {
      String m =
          onlyError(
              example("\"value\": 1.1", "\"value\": 0"), "patient.serumCreatinine.value");
      assertThat(m).contains("[0.1, 20] mg/dL");
    }

    @Test
    void read_creatinineAbove20MgPerDl_refusesValue() {
      String m =
          onlyError(
              example("\"value\": 1.1", "\"value\": 20.5"), "patient.serumCreatinine.value");
      assertThat(m).contains("20.5").contains("[0.1, 20] mg/dL");
    }

    @Test
    void read_creatinineAbove1768UmolPerL_refusesValue() {
      // 20 mg/dL x 88.4 = 1768 umol/L (clinical basis §2.1 and §8).
      String m =
          onlyError(
              example("{ \"value\": 1.1, \"unit\": \"mg/dL\" }", "{ \"value\": 1769, \"unit\": \"umol/L\" }"),
              "patient.serumCreatinine.value");
      assertThat(m).contains("1769").contains("[8.84, 1768] umol/L");
    }

    @Test
    void read_creatinine1768UmolPerL_accepted() {
      PatientCase c =
          valid(
              example(
                  "{ \"value\": 1.1, \"unit\": \"mg/dL\" }",
                  "{ \"value\": 1768, \"unit\": \"umol/L\" }"));
      assertThat(c.patient().serumCreatinine().orElseThrow().unit())
          .isEqualTo(CreatinineUnit.UMOL_PER_L);
    }

    @Test
    void read_creatinineMissingNotOnHaemodialysis_refusesSerumCreatinine() {
      String m =
          onlyError(
              example("\"serumCreatinine\": { \"value\": 1.1, \"unit\": \"mg/dL\" },", ""),
              "patient.serumCreatinine");
      assertThat(m).contains("intermittent_hemodialysis");
    }

    @Test
    void read_creatinineNullNotOnHaemodialysis_refusesSerumCreatinine() {
      onlyError(
          example(
              "\"serumCreatinine\": { \"value\": 1.1, \"unit\": \"mg/dL\" },",
              "\"serumCreatinine\": null,"),
          "patient.serumCreatinine");
    }

    @Test
    void read_creatinineMissingOnPeritonealDialysis_refusesSerumCreatinine() {
      onlyError(
          example("\"serumCreatinine\": { \"value\": 1.1, \"unit\": \"mg/dL\" },", "")
              .replace("\"renalReplacement\": \"none\"", "\"renalReplacement\": \"peritoneal_dialysis\""),
          "patient.serumCreatinine");
    }

    @Test
    void read_creatinineMissingOnIntermittentHaemodialysis_accepted() {
      PatientCase c =
          valid(
              example("\"serumCreatinine\": { \"value\": 1.1, \"unit\": \"mg/dL\" },", "")
                  .replace(
                      "\"renalReplacement\": \"none\"",
                      "\"renalReplacement\": \"intermittent_hemodialysis\""));
      assertThat(c.patient().serumCreatinine()).isEmpty();
    }

    @Test
    void read_noDiseaseSite_refusesSites() {
      String m = onlyError(example("[\"encephalitis\"]", "[]"), "disease.sites");
      assertThat(m).contains("at least one");
    }

    @Test
    void read_sitesMissing_refusesSites() {
      onlyError(example("\"sites\": [\"encephalitis\"],", ""), "disease.sites");
    }

    @Test
    void read_unknownEnumValue_listsAcceptedValues() {
      String m = onlyError(example("\"female\"", "\"femal\""), "patient.sex");
      assertThat(m).contains("\"femal\"").contains("male, female");
    }

    @Test
    void read_unknownSite_namesTheListElement() {
      String m =
          onlyError(example("[\"encephalitis\"]", "[\"encephalitis\", \"retina\"]"), "disease.sites[1]");
      assertThat(m).contains("\"retina\"").contains("retinitis");
    }

    @Test
    void read_unknownCreatinineUnit_listsUnits() {
      String m = onlyError(example("\"mg/dL\"", "\"mg/dl\""), "patient.serumCreatinine.unit");
      assertThat(m).contains("mg/dL, umol/L");
    }

    @Test
    void read_misspeltKey_namesTheKeyAndErrsOnTheMissingOne() {
      List<FieldError> errors = errors(example("\"weightKg\": 62.0", "\"weigthKg\": 62.0"));
      assertThat(errors)
          .extracting(FieldError::field)
          .containsExactlyInAnyOrder("patient.weigthKg", "patient.weightKg");
      FieldError unknown =
          errors.stream().filter(e -> e.field().equals("patient.weigthKg")).findFirst().orElseThrow();
      assertThat(unknown.message()).contains("unknown key \"weigthKg\"").contains("weightKg");
    }

    @Test
    void read_unknownTopLevelKey_namesIt() {
      String m = onlyError(example("\"id\":", "\"comment\": \"x\", \"id\":"), "comment");
      assertThat(m).contains("unknown key \"comment\"");
    }

    @Test
    void read_dnaemiaOnlyWithEndOrganSite_refusesAsContradictory() {
      String m =
          onlyError(
              example("[\"encephalitis\"]", "[\"dnaemia_only\", \"retinitis\"]"), "disease.sites");
      assertThat(m).contains("contradictory").contains("retinitis");
    }

    @Test
    void read_dnaemiaOnlyAlone_accepted() {
      assertThat(valid(example("[\"encephalitis\"]", "[\"dnaemia_only\"]")).disease().sites())
          .containsExactly(DiseaseSite.DNAEMIA_ONLY);
    }

    @Test
    void read_ageUnder28Days_outOfScope() {
      // 0.05 years is 18 days: neonatal, out of scope (clinical basis §0).
      String m =
          onlyError(example("\"ageYears\": 54", "\"ageYears\": 0.05"), "patient.ageYears");
      assertThat(m).contains("out of scope").contains("congenital or neonatal");
    }

    @Test
    void read_age29Days_accepted() {
      // 29 days = 29 / 365.25 years, just above the 28-day limit.
      valid(example("\"ageYears\": 54", "\"ageYears\": 0.0794"));
    }

    @Test
    void read_threeBadFields_reportsThreeErrorsAtOnce() {
      String json =
          example("\"ageYears\": 54", "\"ageYears\": 0")
              .replace("\"weightKg\": 62.0", "\"weightKg\": 500")
              .replace("\"sex\": \"female\"", "\"sex\": \"x\"");
      assertThat(errors(json))
          .extracting(FieldError::field)
          .containsExactly("patient.ageYears", "patient.sex", "patient.weightKg");
    }

    @Test
    void read_errorsInSeveralSections_reportsAllAndEchoesId() {
      String json =
          example("\"heightCm\": 165.0", "\"heightCm\": 400")
              .replace("\"category\": \"hiv\"", "\"category\": \"aids\"")
              .replace("\"phase\": \"none\"", "\"phase\": \"started\"");
      JsonResult<PatientCase> r = CaseJson.read(json);
      JsonResult.Invalid<PatientCase> invalid = (JsonResult.Invalid<PatientCase>) r;
      assertThat(invalid.id()).contains("optional string, echoed back");
      assertThat(invalid.errors())
          .extracting(FieldError::field)
          .containsExactly("patient.heightCm", "host.category", "treatment.phase");
      assertThat(invalid.refusal().errors()).isEqualTo(invalid.errors());
    }
  }

  @Nested
  class Structure {
    @Test
    void read_wrongType_namesExpectedType() {
      String m = onlyError(example("\"weightKg\": 62.0", "\"weightKg\": \"62\""), "patient.weightKg");
      assertThat(m).contains("expected a number").contains("string \"62\"");
    }

    @Test
    void read_booleanAsString_refused() {
      String m =
          onlyError(example("\"canTakeOral\": true", "\"canTakeOral\": \"yes\""), "treatment.canTakeOral");
      assertThat(m).contains("true or false");
    }

    @Test
    void read_sectionNotAnObject_refused() {
      String m =
          onlyError(
              example(
                  "\"disease\": {\n    \"sites\": [\"encephalitis\"],\n    \"severity\": \"severe\"\n  }",
                  "\"disease\": [\"encephalitis\"]"),
              "disease");
      assertThat(m).contains("expected a JSON object");
    }

    @Test
    void read_daysOfIvTherapyFractional_refused() {
      String m =
          onlyError(
              example("\"daysOfIvTherapy\": 0", "\"daysOfIvTherapy\": 3.5"),
              "treatment.daysOfIvTherapy");
      assertThat(m).contains("whole number").contains("3.5");
    }

    @Test
    void read_daysOfIvTherapyWhole_accepted() {
      assertThat(
              valid(example("\"daysOfIvTherapy\": 0", "\"daysOfIvTherapy\": 3"))
                  .treatment()
                  .daysOfIvTherapy()
                  .getAsInt())
          .isEqualTo(3);
    }

    @Test
    void read_duplicateKey_refused() {
      String m =
          onlyError(
              example("\"weightKg\": 62.0", "\"weightKg\": 62.0, \"weightKg\": 26.0"),
              "patient.weightKg");
      assertThat(m).contains("duplicate key");
    }

    @Test
    void read_duplicateSite_namesTheSecond() {
      String m =
          onlyError(
              example("[\"encephalitis\"]", "[\"encephalitis\", \"encephalitis\"]"),
              "disease.sites[1]");
      assertThat(m).contains("duplicate").contains("[0]");
    }

    @Test
    void read_duplicateResistance_refused() {
      onlyError(
          example("[\"ganciclovir\"]", "[\"ganciclovir\", \"ganciclovir\"]"),
          "virology.resistantTo[1]");
    }

    @Test
    void read_requiredSectionMissing_refused() {
      String json =
          example(
              "\"host\": {\n    \"category\": \"hiv\",\n    \"cd4PerUl\": 35,\n"
                  + "    \"onAntiretroviralTherapy\": true,\n    \"hivRnaSuppressed\": false,\n"
                  + "    \"monthsCd4Above100\": 0,\n    \"onCiclosporin\": false\n  },",
              "");
      assertThat(onlyError(json, "host")).contains("missing");
    }

    @Test
    void read_requiredFieldNull_refused() {
      assertThat(onlyError(example("\"phase\": \"none\"", "\"phase\": null"), "treatment.phase"))
          .contains("null");
    }

    @Test
    void read_nullOptionalFields_meanNotKnown() {
      PatientCase c =
          valid(
              example("\"cd4PerUl\": 35", "\"cd4PerUl\": null")
                  .replace("\"canTakeOral\": true", "\"canTakeOral\": null")
                  .replace("\"id\": \"optional string, echoed back\"", "\"id\": null"));
      assertThat(c.host().cd4()).isEmpty();
      assertThat(c.treatment().canTakeOral()).isEmpty();
      assertThat(c.id()).isEmpty();
    }

    @Test
    void read_nullOptionalSections_meanNotKnown() {
      String json =
          example(
                  "\"virology\": {\n    \"resistantTo\": [\"ganciclovir\"],\n    \"refractory\": false\n  }",
                  "\"virology\": null")
              .replace(
                  "\"labs\": {\n    \"ancPerUl\": 1800,\n    \"plateletsPerUl\": 120000,\n"
                      + "    \"hemoglobinGPerDl\": 10.5,\n    \"urineProteinMgPerDl\": 10\n  }",
                  "\"labs\": null");
      PatientCase c = valid(json);
      assertThat(c.virology()).isEqualTo(Virology.unknown());
      assertThat(c.labs()).isEqualTo(Labs.unknown());
    }

    @Test
    void read_extraModelKeys_read() {
      PatientCase c =
          valid(
              example(
                  "\"nephrotoxicComedication\": false",
                  "\"nephrotoxicComedication\": false, \"daysOfInduction\": 10,"
                      + " \"giAbsorptionImpaired\": true, \"onLetermovir\": true,"
                      + " \"inducers\": [\"carbamazepine\", \"phenobarbital\"]")
                  .replace(
                      "\"urineProteinMgPerDl\": 10",
                      "\"urineProteinMgPerDl\": 10, \"baselineSerumCreatinine\":"
                          + " {\"value\": 80, \"unit\": \"umol/L\"}"));
      assertThat(c.treatment().daysOfInduction().getAsInt()).isEqualTo(10);
      assertThat(c.treatment().giAbsorptionImpaired()).contains(true);
      assertThat(c.treatment().onLetermovir()).contains(true);
      assertThat(c.treatment().inducers()).hasSize(2);
      assertThat(c.labs().baselineSerumCreatinine().orElseThrow().value()).isEqualTo(80.0);
    }

    @Test
    void read_labOutOfRange_usesCaseLimits() {
      String m =
          onlyError(example("\"ancPerUl\": 1800", "\"ancPerUl\": -1"), "labs.ancPerUl");
      assertThat(m).contains("[0, 100000] cells/uL");
    }

    @Test
    void read_rootNotAnObject_refused() {
      assertThat(onlyError("[1, 2]", "$")).contains("expected a JSON object");
    }

    @Test
    void read_hugeNumber_refusedAsOutOfRange() {
      String m = onlyError(example("\"weightKg\": 62.0", "\"weightKg\": 1e400"), "patient.weightKg");
      assertThat(m).contains("[0.3, 400] kg");
    }
  }

  @Nested
  class Limits {
    @Test
    void read_emptyDocument_refused() {
      assertThat(onlyError("", "$")).contains("empty");
      assertThat(onlyError("  \n ", "$")).contains("empty");
    }

    @Test
    void read_truncatedDocument_refusedWithPosition() {
      String json = CONTRACT_EXAMPLE.substring(0, CONTRACT_EXAMPLE.length() / 2);
      // issue 12 item 14: the error names the field being read where the document stops
      assertThat(onlyError(json, "disease.sites[0]")).contains("not valid JSON").contains("line");
    }

    @Test
    void read_trailingContent_refused() {
      assertThat(onlyError(CONTRACT_EXAMPLE + " {}", "$")).contains("after the end");
    }

    @Test
    void read_deepNesting_refusedNamingTheLimit() {
      String json = "[".repeat(10_000) + "]".repeat(10_000);
      assertThat(onlyError(json, "$" + "[0]".repeat(33))).contains("nesting").contains("32");
    }

    @Test
    void read_longString_refusedNamingTheLimit() {
      String json = example("\"optional string, echoed back\"", "\"" + "x".repeat(20_000) + "\"");
      // issue 12 item 14: a limit names the field and the line and column
      assertThat(onlyError(json, "id")).contains("string").contains("10000").contains("(line 2, column ");
    }

    @Test
    void read_longKey_refusedNamingTheLimit() {
      String json = "{\"" + "k".repeat(1000) + "\": 1}";
      assertThat(onlyError(json, "$")).contains("key").contains("256");
    }

    @Test
    void read_longNumber_refusedNamingTheLimit() {
      String json = example("\"weightKg\": 62.0", "\"weightKg\": 6" + "0".repeat(200));
      assertThat(onlyError(json, "patient.weightKg"))
          .contains("number")
          .contains("64")
          .contains("line")
          .contains("column");
    }

    @Test
    void read_documentOver1MiB_refusedNamingTheLimit() {
      String json = "{\"id\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
      assertThat(onlyError(json, "$")).contains("1 MiB");
    }

    @Test
    void read_readerOver1MiB_stopsAndRefuses() throws IOException {
      String json = " ".repeat(JsonLimits.MAX_DOCUMENT_CHARS + 1) + CONTRACT_EXAMPLE;
      JsonResult<PatientCase> r = CaseJson.read(new StringReader(json));
      assertThat(((JsonResult.Invalid<PatientCase>) r).errors())
          .containsExactly(
              new FieldError(
                  "$", "document is larger than the limit of 1048576 characters (1 MiB)"));
    }

    @Test
    void read_invalidUtf8Bytes_refused() throws IOException {
      byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
      JsonResult<PatientCase> r = CaseJson.read(new ByteArrayInputStream(bytes));
      assertThat(((JsonResult.Invalid<PatientCase>) r).errors())
          .extracting(FieldError::field, FieldError::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("$", "input is not valid UTF-8 text"));
    }

    @Test
    void read_utf8Stream_readsCase() throws IOException {
      byte[] bytes =
          example("optional string, echoed back", "Zoë")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      JsonResult<PatientCase> r = CaseJson.read(new ByteArrayInputStream(bytes));
      assertThat(((JsonResult.Valid<PatientCase>) r).value().id()).isEqualTo(Optional.of("Zoë"));
    }
  }
}
