package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of the vignette checker on hand-written recommendation JSON, so that the runner's
 * verdicts can be trusted before the engine is wired in.
 */
class VignetteExpectationsTest {

  /** A recommendation in the contract shape (shared case-format, Output), written by hand. */
  private static final String ACTUAL =
      """
      {"id":"x","status":"ok","phase":"induction",
       "regimen":[{"drug":"ganciclovir","route":"iv","doseMg":155.0,"doseMgPerKg":2.5,
                   "intervalHours":12,"timesPerWeek":null,"afterDialysis":false,
                   "infusionMinutes":60,"durationDays":21,"offLabel":false,"hydration":null,
                   "instructions":[],"ruleId":"DOSE-GCV-RENAL"},
                  {"drug":"foscarnet","route":"iv","doseMg":3100.0,"doseMgPerKg":50.0,
                   "intervalHours":12,"timesPerWeek":null,"afterDialysis":false,
                   "infusionMinutes":120,"durationDays":21,"offLabel":false,
                   "hydration":{"minMl":500,"maxMl":500,"when":"with each infusion"},
                   "instructions":[],"ruleId":"DOSE-FOS-RENAL"}],
       "alternatives":[],
       "excluded":[{"drug":"letermovir","reason":"prophylaxis only","ruleId":"REG-LETERMOVIR-PROPHYLAXIS-ONLY"}],
       "alerts":[{"severity":"critical","code":"no_label_dose","message":"m","ruleId":"DOSE-NO-LABEL-DOSE"},
                 {"severity":"info","code":"csf_penetration","message":"m","ruleId":"ADV-CSF-PENETRATION"}],
       "monitoring":[{"test":"cmv_pcr","frequency":"weekly","ruleId":"MON-CMV-PCR"}],
       "rationale":[{"ruleId":"REG-CNS-COMBINATION","text":"t","source":"SEED"}],
       "assessment":{"creatinineClearanceMlMin":57.2247,"creatinineClearanceMlMinKg":0.92298,
                     "egfrMlMin173":null,"dosingWeightKg":62.0,"idealBodyWeightKg":56.9094,
                     "adjustedBodyWeightKg":null,"bodySurfaceAreaM2":1.68572},
       "errors":[]}
      """;

  private static JsonNode json(String text) throws IOException {
    return Vignette.MAPPER.readTree(text);
  }

  private static List<String> check(String expect) throws IOException {
    return VignetteExpectations.check(json(expect), json(ACTUAL));
  }

  @Test
  void check_everyKeyMatching_noFailures() throws IOException {
    List<String> failures =
        check(
            """
            {"status":"ok","phase":"induction",
             "regimen":[{"drug":"ganciclovir","doseMg":155,"timesPerWeek":null,"afterDialysis":false},
                        {"drug":"foscarnet","doseMg":3100,"hydration":{"minMl":500,"maxMl":500}}],
             "regimenDrugs":["ganciclovir","foscarnet"],"alternativeDrugs":[],
             "excludedInclude":["letermovir"],"excludedExclude":["ganciclovir"],
             "alertsInclude":["csf_penetration"],"alertsExclude":["no_safe_regimen"],
             "alertSeveritiesInclude":{"no_label_dose":"critical"},
             "alertRuleSeveritiesInclude":{"DOSE-NO-LABEL-DOSE":"critical"},
             "rulesInclude":["REG-CNS-COMBINATION","MON-CMV-PCR","DOSE-FOS-RENAL"],
             "rulesExclude":["REG-CNS-PARTIAL"],"monitoringInclude":["cmv_pcr"],
             "assessment":{"creatinineClearanceMlMin":57.22,"egfrMlMin173":null},
             "errorFieldsInclude":[]}
            """);
    assertThat(failures).isEmpty();
  }

  @Test
  void check_doseOffByMoreThanTolerance_failsNamingTheIndexAndKey() throws IOException {
    List<String> failures = check("{\"regimen\":[{\"doseMg\":155},{\"doseMg\":3110}]}");
    assertThat(failures).singleElement().asString().startsWith("regimen[1].doseMg:");
  }

  @Test
  void close_withinAndBeyondRelativeTolerance_splitsAtOnePerMille() {
    assertThat(VignetteExpectations.close(155, 155.15)).isTrue();
    assertThat(VignetteExpectations.close(155, 155.2)).isFalse();
    assertThat(VignetteExpectations.close(0, 0)).isTrue();
    assertThat(VignetteExpectations.close(0, 0.001)).isFalse();
  }

  @Test
  void check_nullExpectedButNumberPresent_fails() throws IOException {
    assertThat(check("{\"assessment\":{\"creatinineClearanceMlMin\":null}}"))
        .singleElement()
        .asString()
        .startsWith("assessment.creatinineClearanceMlMin:");
  }

  @Test
  void check_numberExpectedButNull_fails() throws IOException {
    assertThat(check("{\"regimen\":[{\"timesPerWeek\":3},{}]}"))
        .singleElement()
        .asString()
        .startsWith("regimen[0].timesPerWeek:");
  }

  @Test
  void check_regimenOfOtherLength_failsNamingBothDrugLists() throws IOException {
    assertThat(check("{\"regimen\":[{\"drug\":\"ganciclovir\"}]}"))
        .singleElement()
        .asString()
        .contains("[ganciclovir]", "[ganciclovir, foscarnet]");
  }

  @Test
  void check_regimenDrugsInOtherOrder_fails() throws IOException {
    assertThat(check("{\"regimenDrugs\":[\"foscarnet\",\"ganciclovir\"]}")).hasSize(1);
  }

  @Test
  void check_hydrationMismatch_failsNamingTheSubKey() throws IOException {
    assertThat(check("{\"regimen\":[{},{\"hydration\":{\"minMl\":750}}]}"))
        .singleElement()
        .asString()
        .startsWith("regimen[1].hydration.minMl:");
  }

  @Test
  void check_hydrationExpectedButNull_fails() throws IOException {
    assertThat(check("{\"regimen\":[{\"hydration\":{\"minMl\":500}},{}]}"))
        .singleElement()
        .asString()
        .startsWith("regimen[0].hydration:");
  }

  @Test
  void check_ruleNamedOnlyByAnAlert_countsAsFired() throws IOException {
    assertThat(check("{\"rulesInclude\":[\"ADV-CSF-PENETRATION\"]}")).isEmpty();
    assertThat(check("{\"rulesExclude\":[\"ADV-CSF-PENETRATION\"]}")).hasSize(1);
  }

  @Test
  void check_ruleNotFired_failsNamingTheRule() throws IOException {
    assertThat(check("{\"rulesInclude\":[\"REG-CNS-PARTIAL\"]}"))
        .singleElement()
        .asString()
        .startsWith("rulesInclude:")
        .contains("REG-CNS-PARTIAL");
  }

  @Test
  void check_alertWithOtherSeverity_fails() throws IOException {
    assertThat(check("{\"alertSeveritiesInclude\":{\"csf_penetration\":\"warning\"}}")).hasSize(1);
    assertThat(check("{\"alertRuleSeveritiesInclude\":{\"DOSE-NO-LABEL-DOSE\":\"warning\"}}"))
        .hasSize(1);
  }

  @Test
  void check_statusOrPhaseDiffers_fails() throws IOException {
    assertThat(check("{\"status\":\"refused\",\"phase\":null}")).hasSize(2);
  }

  @Test
  void check_excludedAndMonitoringAndErrorFieldsMissing_eachFails() throws IOException {
    assertThat(
            check(
                "{\"excludedInclude\":[\"cidofovir\"],\"monitoringInclude\":[\"csf_cmv_pcr\"],"
                    + "\"errorFieldsInclude\":[\"patient.weightKg\"]}"))
        .hasSize(3);
  }

  @Test
  void check_unknownExpectationKey_fails() throws IOException {
    assertThat(check("{\"regimenDrug\":[]}")).singleElement().asString().contains("unknown");
  }

  @Test
  void check_assessmentMissingKey_failsAsMissing() throws IOException {
    JsonNode noEgfr = json("{\"assessment\":{\"dosingWeightKg\":62}}");
    assertThat(
            VignetteExpectations.check(json("{\"assessment\":{\"egfrMlMin173\":null}}"), noEgfr))
        .singleElement()
        .asString()
        .contains("missing");
  }

  @Test
  void problems_misspeltKeysAndNames_areAllReported() throws IOException {
    Vignette bad =
        new Vignette(
            "99-bad.json",
            json(
                """
                {"description":"d","source":"s","case":{},"expcet":{},
                 "expect":{"status":"ok","phase":"induction","regimenDrugs":["ganciclovi"],
                           "rulesInclude":["REG-CNS-COMBO"],"monitoringInclude":["pcr"],
                           "alertSeveritiesInclude":{"x":"severe"},
                           "regimen":[{"drug":"foscarnet","dose":1}]}}
                """));
    assertThat(VignetteExpectations.problems(bad))
        .hasSize(6)
        .anySatisfy(p -> assertThat(p).startsWith("expcet"))
        .anySatisfy(p -> assertThat(p).contains("ganciclovi"))
        .anySatisfy(p -> assertThat(p).contains("REG-CNS-COMBO"))
        .anySatisfy(p -> assertThat(p).contains("pcr"))
        .anySatisfy(p -> assertThat(p).contains("severe"))
        .anySatisfy(p -> assertThat(p).startsWith("expect.regimen[0].dose"));
  }

  @Test
  void problems_refusedWithoutErrorField_isReported() throws IOException {
    Vignette bad =
        new Vignette(
            "98-bad.json",
            json("{\"description\":\"d\",\"source\":\"s\",\"case\":{},\"expect\":{\"status\":\"refused\"}}"));
    assertThat(VignetteExpectations.problems(bad)).singleElement().asString().contains("error field");
  }
}
