package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.dosing.body.BodyWeights;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The breakdowns of "who is affected": each a way to put a patient in groups, with labels that
 * carry their edges and units. A patient is in exactly one group of each grouping, except disease
 * site, where a patient with two sites counts in both.
 */
enum Groups {
  /** Kidney function: renal replacement, children, or the ganciclovir label's CrCl band. */
  KIDNEY_BAND(
      "kidney band (Cockcroft-Gault CrCl on actual weight, mL/min; ganciclovir label bands)",
      List.of(
          "intermittent haemodialysis",
          "continuous renal replacement",
          "peritoneal dialysis",
          "under 18 (bedside Schwartz eGFR)",
          "CrCl >= 70 mL/min",
          "CrCl 50 to < 70 mL/min",
          "CrCl 25 to < 50 mL/min",
          "CrCl 10 to < 25 mL/min",
          "CrCl < 10 mL/min")),
  /** Body-mass index, adult WHO categories (children apart). */
  BMI_BAND(
      "body-mass index (kg/m2, WHO adult categories)",
      List.of(
          "under 18",
          "BMI < 18.5 kg/m2",
          "BMI 18.5 to < 25 kg/m2",
          "BMI 25 to < 30 kg/m2",
          "BMI 30 to < 35 kg/m2",
          "BMI 35 to < 40 kg/m2",
          "BMI >= 40 kg/m2")),
  /** Actual weight against 1.3 x ideal body weight: the obesity rule's own criterion. */
  WEIGHT_VS_IBW(
      "actual weight vs ideal body weight (Devine; ADV-OBESITY-WEIGHT fires above 1.3 x IBW)",
      List.of(
          "actual <= 1.3 x IBW", "actual > 1.3 x IBW (obese)", "IBW undefined (< 60 inches)")),
  /** Age group, years. */
  AGE_GROUP(
      "age group (years)",
      List.of("< 18 years", "18 to < 40 years", "40 to < 65 years", "65 to < 80 years",
          ">= 80 years")),
  /** Host category. */
  HOST("host", names(HostCategory.values())),
  /** Disease site (a patient with two sites counts in both). */
  DISEASE_SITE("disease site (a patient with two sites counts in both)",
      names(DiseaseSite.values()));

  private final String title;
  private final List<String> labels;

  Groups(String title, List<String> labels) {
    this.title = title;
    this.labels = labels;
  }

  String title() {
    return title;
  }

  List<String> labels() {
    return labels;
  }

  static final Groups[] ALL = values();

  /** Adult from 18 years (clinical basis §2, Decision (age)). */
  private static final double ADULT_YEARS = 18;

  /** WHO adult BMI category edges, kg/m2. */
  private static final double[] BMI_EDGES = {18.5, 25, 30, 35, 40};

  /** Age group edges, years. */
  private static final double[] AGE_EDGES = {18, 40, 65, 80};

  private static final double CM_PER_M = 100;

  /**
   * Calls {@code into} with the group index of each group the case is in.
   *
   * @param c the case
   * @param kidney its kidney band
   * @param into receives the group index
   */
  void groupsOf(PatientCase c, KidneyBand kidney, java.util.function.IntConsumer into) {
    Patient p = c.patient();
    switch (this) {
      case KIDNEY_BAND -> into.accept(kidney.ordinal());
      case BMI_BAND -> {
        if (p.age().years() < ADULT_YEARS) {
          into.accept(0);
        } else {
          double m = p.height().centimetres() / CM_PER_M;
          into.accept(1 + band(p.weight().kilograms() / (m * m), BMI_EDGES));
        }
      }
      case WEIGHT_VS_IBW -> {
        Optional<Mass> ibw = BodyWeights.idealDevine(p.sex(), p.height());
        into.accept(ibw.isEmpty() ? 2 : BodyWeights.isObese(ibw.get(), p.weight()) ? 1 : 0);
      }
      case AGE_GROUP -> into.accept(band(p.age().years(), AGE_EDGES));
      case HOST -> into.accept(c.host().category().ordinal());
      case DISEASE_SITE -> c.disease().sites().forEach(s -> into.accept(s.ordinal()));
    }
  }

  /** The number of edges at or below {@code value}: 0 below the first edge. */
  private static int band(double value, double[] edges) {
    int k = 0;
    while (k < edges.length && value >= edges[k]) {
      k++;
    }
    return k;
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
  }
}
