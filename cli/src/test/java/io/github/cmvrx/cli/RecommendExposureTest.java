package io.github.cmvrx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.cli.MainTest.Run;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code recommend --exposure}: the exposure list, and nothing else changes. */
class RecommendExposureTest {

  private static String example(String name) throws Exception {
    return Files.readString(RecommendCommandTest.examples().resolve(name));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> json, String key) {
    return (List<Map<String, Object>>) json.get(key);
  }

  private static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  @Test
  void ivGanciclovirAuc24IsDailyDoseOverTypicalClearance() throws Exception {
    // liver transplant, 63 y man, 80 kg, SCr 133 umol/L = 1.50452 mg/dL:
    // CrCl = (140 - 63) x 80 / (72 x 1.50452) = 6160 / 108.326 = 56.866 mL/min
    // ganciclovir 2.5 mg/kg = 200 mg IV q12h (band 50 to < 70, GCV-PI): 400 mg a day
    // CL = 7.49 x 56.866 / 57 = 7.4724 L/h; AUC24 = 400 / 7.4724 = 53.53 mg.h/L, below 80-120
    Run r = MainTest.run(example("liver-transplant-hepatitis-umol.json"), "recommend", "--exposure", "-");
    Map<String, Object> json = RecommendCommandTest.assertAnswered(r);
    List<Map<String, Object>> exposure = list(json, "exposure");
    assertThat(exposure).hasSize(1);
    Map<String, Object> e = exposure.get(0);
    assertThat(e.get("drug")).isEqualTo("ganciclovir");
    assertThat(e.get("model")).isEqualTo("CALDES-2009");
    assertThat(number(e.get("auc24MgHPerL"))).isCloseTo(53.53, within(0.01 * 53.53));
    assertThat(number(e.get("clearanceLPerH"))).isCloseTo(7.4724, within(0.0001));
    assertThat(e.get("referenceAuc24"))
        .isEqualTo(Map.of("low", 80.0, "high", 120.0, "source", "MARTSON-2021, KOTTON-2025"));
    assertThat(e.get("relativeToReference")).isEqualTo("below");
    assertThat(number(e.get("cmaxMgPerL"))).isGreaterThan(number(e.get("cminMgPerL")));
    assertThat((String) e.get("note")).contains("informational");

    // the same relation from the answer's own numbers: daily dose / (7.49 x CrCl / 57)
    Map<String, Object> regimen = list(json, "regimen").get(0);
    double daily = number(regimen.get("doseMg")) * 24 / number(regimen.get("intervalHours"));
    @SuppressWarnings("unchecked")
    Map<String, Object> assessment = (Map<String, Object>) json.get("assessment");
    double crcl = number(assessment.get("creatinineClearanceMlMin"));
    double expected = daily / (7.49 * crcl / 57);
    assertThat(number(e.get("auc24MgHPerL"))).isCloseTo(expected, within(0.01 * expected));
  }

  @Test
  void withoutTheFlagTheOutputIsUnchanged() throws Exception {
    for (String name :
        List.of(
            "liver-transplant-hepatitis-umol.json",
            "hiv-cmv-encephalitis.json",
            "sot-cmv-syndrome-oral.json",
            "hsct-pneumonitis-hemodialysis.json")) {
      Run plain = MainTest.run(example(name), "recommend", "-");
      Run withExposure = MainTest.run(example(name), "recommend", "--exposure", "-");
      Map<String, Object> a = Json.object(plain.out());
      Map<String, Object> b = new HashMap<>(Json.object(withExposure.out()));
      assertThat(a).as(name).doesNotContainKey("exposure");
      assertThat(b).as(name).containsKey("exposure");
      b.remove("exposure");
      assertThat(b).as(name).isEqualTo(a);
    }
  }

  @Test
  void outsideThePopulationIsNotEstimated() throws Exception {
    // haemodialysis: ganciclovir 3 times a week after dialysis; exposure not estimated
    Run hd = MainTest.run(example("hsct-pneumonitis-hemodialysis.json"), "recommend", "--exposure", "-");
    Map<String, Object> e = list(Json.object(hd.out()), "exposure").get(0);
    // (the test JSON reader gives a JSON null as its token text)
    assertThat(hd.out())
        .contains(
            "\"clearanceLPerH\":null,\"auc24MgHPerL\":null,\"cmaxMgPerL\":null,\"cminMgPerL\":null")
        .contains("\"relativeToReference\":null");
    assertThat((String) e.get("note")).startsWith("not estimated").contains("kidney replacement");
    // 38 y man, 68 kg, SCr 0.9: CrCl = 102 x 68 / 64.8 = 107.0 mL/min, above 100
    Run high = MainTest.run(example("hiv-cmv-encephalitis.json"), "recommend", "--exposure", "-");
    Map<String, Object> h = list(Json.object(high.out()), "exposure").get(0);
    assertThat(high.out()).contains("\"auc24MgHPerL\":null").doesNotContain("\"auc24MgHPerL\":1");
    assertThat((String) h.get("note")).contains("outside 10-100 mL/min");
    // 8 y: under 18
    Run child = MainTest.run(example("child-8y-disseminated.json"), "recommend", "--exposure", "-");
    List<Map<String, Object>> children = list(Json.object(child.out()), "exposure");
    assertThat(children).isNotEmpty();
    for (Map<String, Object> c : children) {
      assertThat((String) c.get("note")).contains("under 18");
    }
    assertThat(child.out().split("\"auc24MgHPerL\":null", -1)).hasSize(children.size() + 1);
  }

  @Test
  void noGanciclovirGivesAnEmptyList() throws Exception {
    // UL97 resistance: foscarnet only
    Run r = MainTest.run(example("ganciclovir-resistant-retinitis.json"), "recommend", "--exposure", "-");
    assertThat(list(Json.object(r.out()), "exposure")).isEmpty();
  }

  @Test
  void ndjsonWritesTheListOnEveryLine() throws Exception {
    Run r =
        MainTest.run(
            Files.newInputStream(RecommendCommandTest.examples().resolve("cases.ndjson")),
            "recommend",
            "--ndjson",
            "--exposure",
            "-");
    assertThat(r.exitCode()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(Json.object(line)).containsKey("exposure");
    }
  }
}
