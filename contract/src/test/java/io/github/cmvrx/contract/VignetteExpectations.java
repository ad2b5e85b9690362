package io.github.cmvrx.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a recommendation, as the JSON contract writes it, with the {@code expect} object of a
 * vignette, and checks that a vignette itself is well formed. Every failure is one message that
 * names the expectation key (and the list index or field) and both values.
 *
 * <p>Expectation keys (all optional; a key that is left out is not checked):
 *
 * <ul>
 *   <li>{@code status}, {@code phase}: equal (phase {@code null} for a refusal).
 *   <li>{@code regimen}: the exact list, in order; in each item only the keys given are compared
 *       ({@code hydration} as a sub-object, only its keys given).
 *   <li>{@code regimenDrugs}, {@code alternativeDrugs}: the exact drug lists of {@code regimen}
 *       and {@code alternatives}, in order.
 *   <li>{@code excludedInclude} / {@code excludedExclude}: drugs that must / must not be in
 *       {@code excluded}.
 *   <li>{@code alertsInclude} / {@code alertsExclude}: alert codes that must / must not appear.
 *   <li>{@code alertSeveritiesInclude}: {code: severity}, an alert with that code and severity.
 *   <li>{@code alertRuleSeveritiesInclude}: {rule id: severity}, an alert raised by that rule with
 *       that severity (for the dosing alerts, whose codes the spec does not fix).
 *   <li>{@code rulesInclude} / {@code rulesExclude}: rule ids that must / must not have fired. A
 *       rule has fired when it is named anywhere in the recommendation: {@code rationale},
 *       {@code alerts}, {@code excluded}, {@code regimen}, {@code alternatives} or {@code
 *       monitoring}. A rule is often named by an exclusion outside its own path (the engine tags
 *       the CNS exclusions of cidofovir and maribavir with REG-CNS-PARTIAL even when the
 *       combination is given), so "this path was not taken" is better checked with {@code
 *       alertsExclude} or the regimen than with {@code rulesExclude}.
 *   <li>{@code monitoringInclude}: monitoring tests that must be listed.
 *   <li>{@code assessment}: the keys given, compared with the assessment.
 *   <li>{@code errorFieldsInclude}: fields that must be named in {@code errors}.
 * </ul>
 *
 * <p>Numbers are compared with a relative tolerance of 1e-3 (hand arithmetic is quoted to 4-6
 * significant digits); {@code null} must be {@code null}; text and booleans must be equal.
 */
final class VignetteExpectations {
  private VignetteExpectations() {}

  /** Relative tolerance for numbers: the hand workings quote 4 to 6 significant digits. */
  static final double RELATIVE_TOLERANCE = 1e-3;

  /** Below this magnitude an expected number is compared absolutely (expected 0). */
  private static final double ABSOLUTE_FLOOR = 1e-9;

  /** The keys a vignette file may have. */
  static final Set<String> VIGNETTE_KEYS =
      Set.of("description", "source", "workings", "case", "policy", "expect");

  /** The keys the {@code expect} object may have. */
  static final Set<String> EXPECT_KEYS =
      Set.of(
          "status",
          "phase",
          "regimen",
          "regimenDrugs",
          "alternativeDrugs",
          "excludedInclude",
          "excludedExclude",
          "alertsInclude",
          "alertsExclude",
          "alertSeveritiesInclude",
          "alertRuleSeveritiesInclude",
          "rulesInclude",
          "rulesExclude",
          "monitoringInclude",
          "assessment",
          "errorFieldsInclude");

  /** The keys a {@code regimen} item may have (contract keys plus the extras offLabel, hydration). */
  static final Set<String> REGIMEN_KEYS =
      Set.of(
          "drug",
          "route",
          "doseMg",
          "doseMgPerKg",
          "intervalHours",
          "timesPerWeek",
          "afterDialysis",
          "infusionMinutes",
          "durationDays",
          "offLabel",
          "hydration");

  /** The keys of the contract's {@code assessment} object. */
  static final Set<String> ASSESSMENT_KEYS =
      Set.of(
          "creatinineClearanceMlMin",
          "creatinineClearanceMlMinKg",
          "egfrMlMin173",
          "dosingWeightKg",
          "idealBodyWeightKg",
          "adjustedBodyWeightKg",
          "bodySurfaceAreaM2");

  /** The recommendation arrays whose items carry a {@code ruleId}. */
  private static final List<String> RULE_BEARING =
      List.of("rationale", "alerts", "excluded", "regimen", "alternatives", "monitoring");

  /**
   * Returns every way {@code actual} differs from {@code expect}; empty when it matches.
   *
   * @param expect the vignette's {@code expect} object
   * @param actual the recommendation as written by the JSON contract
   * @return the failure messages, each naming its key
   */
  static List<String> check(JsonNode expect, JsonNode actual) {
    List<String> failures = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode want = e.getValue();
      switch (key) {
        case "status", "phase" -> compare(key, want, actual.get(key), failures);
        case "regimen" -> regimen(key, want, actual.path("regimen"), failures);
        case "regimenDrugs" -> sameList(key, want, values(actual.path("regimen"), "drug"), failures);
        case "alternativeDrugs" ->
            sameList(key, want, values(actual.path("alternatives"), "drug"), failures);
        case "excludedInclude" -> include(key, want, values(actual.path("excluded"), "drug"), failures);
        case "excludedExclude" -> exclude(key, want, values(actual.path("excluded"), "drug"), failures);
        case "alertsInclude" -> include(key, want, values(actual.path("alerts"), "code"), failures);
        case "alertsExclude" -> exclude(key, want, values(actual.path("alerts"), "code"), failures);
        case "alertSeveritiesInclude" -> alertSeverities(key, want, actual, "code", failures);
        case "alertRuleSeveritiesInclude" -> alertSeverities(key, want, actual, "ruleId", failures);
        case "rulesInclude" -> include(key, want, firedRules(actual), failures);
        case "rulesExclude" -> exclude(key, want, firedRules(actual), failures);
        case "monitoringInclude" ->
            include(key, want, values(actual.path("monitoring"), "test"), failures);
        case "assessment" -> subset(key, want, actual.get("assessment"), failures);
        case "errorFieldsInclude" ->
            include(key, want, values(actual.path("errors"), "field"), failures);
        default -> failures.add(key + ": unknown expectation key");
      }
    }
    return failures;
  }

  /**
   * Returns the rule ids named anywhere in {@code actual} (rationale, alerts, exclusions, regimen,
   * alternatives, monitoring).
   *
   * @param actual the recommendation JSON
   * @return the rule ids, in order of first appearance
   */
  static List<String> firedRules(JsonNode actual) {
    Set<String> out = new LinkedHashSet<>();
    for (String array : RULE_BEARING) {
      out.addAll(values(actual.path(array), "ruleId"));
    }
    return List.copyOf(out);
  }

  /**
   * Returns what is wrong with a vignette file itself: unknown keys, unknown drug, rule, test,
   * severity, status or phase names, and refusals without an error field. Empty when well formed.
   *
   * @param vignette the vignette
   * @return the problems, each naming its key
   */
  static List<String> problems(Vignette vignette) {
    List<String> p = new ArrayList<>();
    JsonNode root = vignette.root();
    unknownKeys("", root, VIGNETTE_KEYS, p);
    for (String text : List.of("description", "source")) {
      if (!root.path(text).isTextual() || root.path(text).asText().isBlank()) {
        p.add(text + ": a non-empty text is required");
      }
    }
    if (!root.path("case").isObject()) {
      p.add("case: an object is required");
    }
    if (root.has("policy") && !root.get("policy").isObject()) {
      p.add("policy: must be an object");
    }
    JsonNode expect = root.path("expect");
    if (!expect.isObject()) {
      p.add("expect: an object is required");
      return p;
    }
    unknownKeys("expect.", expect, EXPECT_KEYS, p);
    String status = expect.path("status").asText("");
    oneOf("expect.status", status, names(Status.values()), p);
    if ("refused".equals(status)) {
      if (expect.path("errorFieldsInclude").isEmpty()) {
        p.add("expect.errorFieldsInclude: a refused vignette must name at least one error field");
      }
    } else {
      oneOf("expect.phase", expect.path("phase").asText(""), names(RecommendationPhase.values()), p);
      if (!expect.has("regimen") && !expect.has("regimenDrugs")) {
        p.add("expect: an ok vignette must check regimen or regimenDrugs");
      }
    }
    Set<String> drugs = names(Drug.values());
    JsonNode regimen = expect.path("regimen");
    for (int i = 0; i < regimen.size(); i++) {
      String at = "expect.regimen[" + i + "]";
      unknownKeys(at + ".", regimen.get(i), REGIMEN_KEYS, p);
      oneOf(at + ".drug", regimen.get(i).path("drug").asText(""), drugs, p);
    }
    for (String key :
        List.of("regimenDrugs", "alternativeDrugs", "excludedInclude", "excludedExclude")) {
      expect.path(key).forEach(d -> oneOf("expect." + key, d.asText(), drugs, p));
    }
    Set<String> rules =
        Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toUnmodifiableSet());
    for (String key : List.of("rulesInclude", "rulesExclude")) {
      expect.path(key).forEach(r -> oneOf("expect." + key, r.asText(), rules, p));
    }
    Set<String> severities = names(AlertSeverity.values());
    expect
        .path("alertSeveritiesInclude")
        .fields()
        .forEachRemaining(
            f -> oneOf("expect.alertSeveritiesInclude." + f.getKey(), f.getValue().asText(), severities, p));
    expect
        .path("alertRuleSeveritiesInclude")
        .fields()
        .forEachRemaining(
            f -> {
              String at = "expect.alertRuleSeveritiesInclude." + f.getKey();
              oneOf(at, f.getKey(), rules, p);
              oneOf(at, f.getValue().asText(), severities, p);
            });
    Set<String> tests = names(MonitoringTest.values());
    expect.path("monitoringInclude").forEach(t -> oneOf("expect.monitoringInclude", t.asText(), tests, p));
    if (expect.has("assessment")) {
      unknownKeys("expect.assessment.", expect.get("assessment"), ASSESSMENT_KEYS, p);
    }
    return p;
  }

  private static void regimen(String key, JsonNode want, JsonNode got, List<String> failures) {
    if (!got.isArray()) {
      failures.add(key + ": expected a list but was " + got);
      return;
    }
    if (want.size() != got.size()) {
      failures.add(
          key
              + ": expected "
              + want.size()
              + " components "
              + values(want, "drug")
              + " but was "
              + got.size()
              + " "
              + values(got, "drug"));
      return;
    }
    for (int i = 0; i < want.size(); i++) {
      subset(key + "[" + i + "]", want.get(i), got.get(i), failures);
    }
  }

  /** Compares the keys of {@code want} with the same keys of {@code got}, recursively. */
  private static void subset(String key, JsonNode want, JsonNode got, List<String> failures) {
    if (got == null || !got.isObject()) {
      failures.add(key + ": expected an object but was " + got);
      return;
    }
    want.fields()
        .forEachRemaining(
            f -> {
              String at = key + "." + f.getKey();
              if (!got.has(f.getKey())) {
                failures.add(at + ": key is missing from the recommendation");
              } else if (f.getValue().isObject()) {
                subset(at, f.getValue(), got.get(f.getKey()), failures);
              } else {
                compare(at, f.getValue(), got.get(f.getKey()), failures);
              }
            });
  }

  /** Compares two scalars: null with null, numbers within the tolerance, others by equality. */
  static void compare(String key, JsonNode want, JsonNode got, List<String> failures) {
    boolean wantNull = want == null || want.isNull();
    boolean gotNull = got == null || got.isNull();
    if (wantNull || gotNull) {
      if (wantNull != gotNull) {
        failures.add(key + ": expected " + want + " but was " + got);
      }
      return;
    }
    if (want.isNumber()) {
      if (!got.isNumber() || !close(want.doubleValue(), got.doubleValue())) {
        failures.add(
            key
                + ": expected "
                + want
                + " (relative tolerance "
                + RELATIVE_TOLERANCE
                + ") but was "
                + got);
      }
      return;
    }
    if (!want.equals(got)) {
      failures.add(key + ": expected " + want + " but was " + got);
    }
  }

  static boolean close(double want, double got) {
    double allowed = Math.max(Math.abs(want) * RELATIVE_TOLERANCE, ABSOLUTE_FLOOR);
    return Math.abs(got - want) <= allowed;
  }

  private static void alertSeverities(
      String key, JsonNode want, JsonNode actual, String by, List<String> failures) {
    JsonNode alerts = actual.path("alerts");
    want.fields()
        .forEachRemaining(
            f -> {
              boolean found = false;
              List<String> seen = new ArrayList<>();
              for (JsonNode a : alerts) {
                if (f.getKey().equals(a.path(by).asText())) {
                  seen.add(a.path("severity").asText());
                  found |= f.getValue().asText().equals(a.path("severity").asText());
                }
              }
              if (!found) {
                failures.add(
                    key
                        + "."
                        + f.getKey()
                        + ": expected an alert with "
                        + by
                        + " "
                        + f.getKey()
                        + " and severity "
                        + f.getValue().asText()
                        + " but found severities "
                        + seen
                        + " among alerts "
                        + values(alerts, "code"));
              }
            });
  }

  private static void sameList(String key, JsonNode want, List<String> got, List<String> failures) {
    List<String> w = texts(want);
    if (!w.equals(got)) {
      failures.add(key + ": expected " + w + " but was " + got);
    }
  }

  private static void include(String key, JsonNode want, List<String> got, List<String> failures) {
    for (String w : texts(want)) {
      if (!got.contains(w)) {
        failures.add(key + ": expected " + w + " to be present but it is not in " + got);
      }
    }
  }

  private static void exclude(String key, JsonNode want, List<String> got, List<String> failures) {
    for (String w : texts(want)) {
      if (got.contains(w)) {
        failures.add(key + ": expected " + w + " to be absent but it is in " + got);
      }
    }
  }

  /** Returns the text of field {@code field} of each item of {@code array}. */
  static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      out.add(item.path(field).asText());
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void unknownKeys(String at, JsonNode node, Set<String> allowed, List<String> p) {
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!allowed.contains(k)) {
                p.add(at + k + ": unknown key (allowed: " + allowed.stream().sorted().toList() + ")");
              }
            });
  }

  private static void oneOf(String at, String value, Set<String> allowed, List<String> p) {
    if (!allowed.contains(value)) {
      p.add(at + ": unknown value \"" + value + "\" (allowed: " + allowed.stream().sorted().toList() + ")");
    }
  }

  private static Set<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants)
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
