package io.github.cmvrx.simulation.cohort;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.simulation.distribution.LogNormal;
import io.github.cmvrx.simulation.distribution.Normal;
import io.github.cmvrx.simulation.distribution.Weights;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a cohort specification from JSON with jackson-core streaming. The object may name a
 * preset to start from ({@code "base": "transplant"}, default {@code mixed}) and overrides any
 * attribute of the groups of {@link CohortSpec} by its name (the keys are flat: {@code
 * "childShare"}, not {@code "body.childShare"}). Unknown keys, unknown enum values, wrong types and
 * out-of-range values are errors that name the key: nothing is ignored or guessed.
 *
 * <pre>{@code
 * {"base": "mixed", "patients": 50000, "childShare": 0.05,
 *  "adultAgeYears": {"mean": 60, "sd": 15, "min": 18, "max": 100},
 *  "hosts": {"hiv": 1}}
 * }</pre>
 */
public final class CohortSpecReader {
  private CohortSpecReader() {}

  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Parses a cohort specification.
   *
   * @param json the JSON text
   * @param defaultName the name of the cohort if the JSON gives none (e.g. the file name)
   * @return the specification
   * @throws IllegalArgumentException naming the key, if the JSON is malformed, has an unknown
   *     key or an invalid value
   */
  public static CohortSpec read(String json, String defaultName) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return readObject(p, defaultName);
    } catch (IOException e) {
      throw new IllegalArgumentException("cohort specification: malformed JSON: " + e.getMessage(), e);
    }
  }

  private static CohortSpec readObject(JsonParser p, String defaultName) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT, "cohort specification");
    String base = "mixed";
    String name = defaultName;
    // "base" may come anywhere; collect the overrides first, then apply them to the base.
    List<Setting> overrides = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (key.equals("base")) {
        base = text(p, key);
      } else if (key.equals("name")) {
        name = text(p, key);
      } else {
        overrides.add(readValue(p, key));
      }
    }
    if (p.nextToken() != null) {
      throw new IllegalArgumentException("cohort specification: unexpected content after the object");
    }
    final String baseName = base;
    CohortSpec baseSpec =
        CohortSpecs.named(base)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "base: unknown preset \"" + baseName + "\" (accepted: " + CohortSpecs.NAMES + ")"));
    try {
      Groups g = new Groups(baseSpec);
      g.spec.name(name);
      for (Setting o : overrides) {
        o.apply(g);
      }
      return g.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cohort specification: " + e.getMessage(), e);
    }
  }

  /**
   * The generated builders of the specification and of each of its groups, started from the
   * base preset; the file's flat keys set attributes of the group they belong to.
   */
  private static final class Groups {
    final ImmutableCohortSpec.Builder spec;
    final ImmutableBodyMix.Builder body;
    final ImmutableKidneyMix.Builder kidney;
    final ImmutableHostMix.Builder host;
    final ImmutableDiseaseMix.Builder disease;
    final ImmutableLabsMix.Builder labs;
    final ImmutableTreatmentMix.Builder treatment;

    Groups(CohortSpec base) {
      spec = base.toBuilder();
      body = ImmutableBodyMix.builder().from(base.body());
      kidney = ImmutableKidneyMix.builder().from(base.kidney());
      host = ImmutableHostMix.builder().from(base.host());
      disease = ImmutableDiseaseMix.builder().from(base.disease());
      labs = ImmutableLabsMix.builder().from(base.labs());
      treatment = ImmutableTreatmentMix.builder().from(base.treatment());
    }

    CohortSpec build() {
      return spec.body(body.build())
          .kidney(kidney.build())
          .host(host.build())
          .disease(disease.build())
          .labs(labs.build())
          .treatment(treatment.build())
          .build();
    }
  }

  /** One parsed field, applied to the builder of its group once the base is known. */
  private interface Setting {
    void apply(Groups g);
  }

  private static Setting readValue(JsonParser p, String key) throws IOException {
    return switch (key) {
      case "patients" -> {
        var v = wholeNumber(p, key);
        yield g -> g.spec.patients(v);
      }
      case "childShare" -> {
        var v = number(p, key);
        yield g -> g.body.childShare(v);
      }
      case "adultAgeYears" -> {
        var v = normal(p, key);
        yield g -> g.body.adultAgeYears(v);
      }
      case "femaleShare" -> {
        var v = number(p, key);
        yield g -> g.body.femaleShare(v);
      }
      case "maleHeightCm" -> {
        var v = normal(p, key);
        yield g -> g.body.maleHeightCm(v);
      }
      case "femaleHeightCm" -> {
        var v = normal(p, key);
        yield g -> g.body.femaleHeightCm(v);
      }
      case "adultBmi" -> {
        var v = normal(p, key);
        yield g -> g.body.adultBmi(v);
      }
      case "maleCreatinineMgDl" -> {
        var v = logNormal(p, key);
        yield g -> g.kidney.maleCreatinineMgDl(v);
      }
      case "femaleCreatinineMgDl" -> {
        var v = logNormal(p, key);
        yield g -> g.kidney.femaleCreatinineMgDl(v);
      }
      case "childEgfr" -> {
        var v = normal(p, key);
        yield g -> g.kidney.childEgfr(v);
      }
      case "renalImpairmentShare" -> {
        var v = number(p, key);
        yield g -> g.kidney.renalImpairmentShare(v);
      }
      case "impairmentFactor" -> {
        var v = logNormal(p, key);
        yield g -> g.kidney.impairmentFactor(v);
      }
      case "umolShare" -> {
        var v = number(p, key);
        yield g -> g.kidney.umolShare(v);
      }
      case "renalReplacement" -> {
        var v = weights(p, key, RenalReplacement.class);
        yield g -> g.kidney.renalReplacement(v);
      }
      case "hosts" -> {
        var v = weights(p, key, HostCategory.class);
        yield g -> g.host.hosts(v);
      }
      case "cd4PerUl" -> {
        var v = logNormal(p, key);
        yield g -> g.host.cd4PerUl(v);
      }
      case "onArtShare" -> {
        var v = number(p, key);
        yield g -> g.host.onArtShare(v);
      }
      case "hivSuppressedShare" -> {
        var v = number(p, key);
        yield g -> g.host.hivSuppressedShare(v);
      }
      case "maxMonthsCd4Above100" -> {
        var v = number(p, key);
        yield g -> g.host.maxMonthsCd4Above100(v);
      }
      case "cnsShare" -> {
        var v = number(p, key);
        yield g -> g.disease.cnsShare(v);
      }
      case "retinitisShare" -> {
        var v = number(p, key);
        yield g -> g.disease.retinitisShare(v);
      }
      case "dnaemiaOnlyShare" -> {
        var v = number(p, key);
        yield g -> g.disease.dnaemiaOnlyShare(v);
      }
      case "secondSiteShare" -> {
        var v = number(p, key);
        yield g -> g.disease.secondSiteShare(v);
      }
      case "severeShare" -> {
        var v = number(p, key);
        yield g -> g.disease.severeShare(v);
      }
      case "resistanceShare" -> {
        var v = number(p, key);
        yield g -> g.disease.resistanceShare(v);
      }
      case "refractoryShare" -> {
        var v = number(p, key);
        yield g -> g.disease.refractoryShare(v);
      }
      case "virologyUnknownShare" -> {
        var v = number(p, key);
        yield g -> g.disease.virologyUnknownShare(v);
      }
      case "labsMissingShare" -> {
        var v = number(p, key);
        yield g -> g.labs.labsMissingShare(v);
      }
      case "neutropeniaShare" -> {
        var v = number(p, key);
        yield g -> g.labs.neutropeniaShare(v);
      }
      case "thrombocytopeniaShare" -> {
        var v = number(p, key);
        yield g -> g.labs.thrombocytopeniaShare(v);
      }
      case "anaemiaShare" -> {
        var v = number(p, key);
        yield g -> g.labs.anaemiaShare(v);
      }
      case "urineProteinMissingShare" -> {
        var v = number(p, key);
        yield g -> g.labs.urineProteinMissingShare(v);
      }
      case "urineProteinHighShare" -> {
        var v = number(p, key);
        yield g -> g.labs.urineProteinHighShare(v);
      }
      case "phases" -> {
        var v = weights(p, key, TreatmentPhase.class);
        yield g -> g.treatment.phases(v);
      }
      case "maxDaysOfIvTherapy" -> {
        var v = number(p, key);
        yield g -> g.treatment.maxDaysOfIvTherapy(v);
      }
      case "canTakeOralShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.canTakeOralShare(v);
      }
      case "giImpairedShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.giImpairedShare(v);
      }
      case "improvingShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.improvingShare(v);
      }
      case "ganciclovirIntoleranceShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.ganciclovirIntoleranceShare(v);
      }
      case "nephrotoxicShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.nephrotoxicShare(v);
      }
      case "letermovirShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.letermovirShare(v);
      }
      case "inducerShare" -> {
        var v = number(p, key);
        yield g -> g.treatment.inducerShare(v);
      }
      case "boundaryShare" -> {
        var v = number(p, key);
        yield g -> g.spec.boundaryShare(v);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown key \"" + key + "\" in the cohort specification");
    };
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken want, String key) {
    if (got != want) {
      throw new IllegalArgumentException(
          key + ": expected " + describe(want) + " but found " + describe(got));
    }
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String text(JsonParser p, String key) throws IOException {
    expect(p, p.currentToken(), JsonToken.VALUE_STRING, key);
    return p.getText();
  }

  private static double number(JsonParser p, String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new IllegalArgumentException(key + ": expected a number but found " + describe(t));
    }
    return p.getDoubleValue();
  }

  private static long wholeNumber(JsonParser p, String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw new IllegalArgumentException(key + ": expected a whole number but found " + describe(t));
    }
    return p.getLongValue();
  }

  private static double[] fields(JsonParser p, String key, String... names) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT, key);
    double[] values = new double[names.length];
    boolean[] seen = new boolean[names.length];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      int i = Arrays.asList(names).indexOf(f);
      if (i < 0) {
        throw new IllegalArgumentException(
            "unknown key \"" + key + "." + f + "\" (accepted: " + String.join(", ", names) + ")");
      }
      if (seen[i]) {
        throw new IllegalArgumentException(key + "." + f + ": given twice");
      }
      seen[i] = true;
      values[i] = number(p, key + "." + f);
    }
    for (int i = 0; i < names.length; i++) {
      if (!seen[i]) {
        throw new IllegalArgumentException(key + "." + names[i] + ": required");
      }
    }
    return values;
  }

  private static Normal normal(JsonParser p, String key) throws IOException {
    double[] v = fields(p, key, "mean", "sd", "min", "max");
    try {
      return new Normal(v[0], v[1], v[2], v[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  private static LogNormal logNormal(JsonParser p, String key) throws IOException {
    double[] v = fields(p, key, "median", "gsd", "min", "max");
    try {
      return new LogNormal(v[0], v[1], v[2], v[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> Weights<E> weights(JsonParser p, String key, Class<E> type)
      throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT, key);
    Map<E, Double> m = new EnumMap<>(type);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      E constant = null;
      for (E e : type.getEnumConstants()) {
        if (Weights.jsonName(e).equals(f)) {
          constant = e;
        }
      }
      if (constant == null) {
        StringBuilder accepted = new StringBuilder();
        for (E e : type.getEnumConstants()) {
          accepted.append(accepted.length() == 0 ? "" : ", ").append(Weights.jsonName(e));
        }
        throw new IllegalArgumentException(
            "unknown key \"" + key + "." + f + "\" (accepted: " + accepted + ")");
      }
      if (m.put(constant, number(p, key + "." + f)) != null) {
        throw new IllegalArgumentException(key + "." + f + ": given twice");
      }
    }
    try {
      return Weights.of(type, m);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }
}
