package io.github.cmvrx.core.validation;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.text.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Physiological limits that depend on age (docs/decisions/0900): weight, height and body mass
 * index for the age group, serum creatinine, blood counts, and histories that cannot be longer
 * than the patient has lived. A value outside the <em>impossible</em> limits is refused (a field
 * error; the case gets no regimen); a value inside them but outside the <em>implausible</em>
 * limits is answered with a warning asking the clinician to check the value and its unit.
 *
 * <p>The limits that do not depend on age are in {@link CaseLimits} and are enforced by the model
 * itself; these are checked by the decision engine before it decides. Pure and thread-safe.
 */
public final class Physiology {
  private Physiology() {}

  /** Where the limits are written down with their basis. */
  public static final String BASIS = "docs/decisions/0900";

  /** The age groups the limits are given for. */
  public enum AgeGroup {
    /** From 28 days to under 2 years. */
    INFANT(MessageKey.AGE_GROUP_INFANT),
    /** From 2 to under 18 years. */
    CHILD(MessageKey.AGE_GROUP_CHILD),
    /** From 18 years. */
    ADULT(MessageKey.AGE_GROUP_ADULT);

    private final Message label;

    AgeGroup(MessageKey label) {
      this.label = Message.of(label);
    }

    /**
     * Returns the group as a typed message, for a text that names it.
     *
     * @return e.g. the message rendered in English as {@code "18 years and over"}
     */
    public Message label() {
      return label;
    }

    /**
     * Returns the group as a person reads it, in the default English wording.
     *
     * @return e.g. {@code "18 years and over"}
     */
    public String text() {
      return label.toString();
    }

    /**
     * Returns the group of an age.
     *
     * @param years the age in years
     * @return the group
     */
    public static AgeGroup of(double years) {
      return years < 2 ? INFANT : years < ClinicalThresholds.ADULT_AGE_YEARS ? CHILD : ADULT;
    }
  }

  /**
   * An implausible value of a case: the field and a typed message saying what is implausible
   * about it (e.g. "25 kg is outside [30, 250] kg for age 18 years and over"); the decision
   * engine answers it with a warning to check the value and its unit.
   *
   * @param field the field path, e.g. {@code "patient.weightKg"}
   * @param what what is implausible, as a typed message (rendered at the edge)
   */
  public record Implausible(String field, Message what) {
    /** Creates the value. */
    public Implausible {
      requireNonNull(field, "field");
      requireNonNull(what, "what");
    }
  }

  /**
   * Limits of one measure for one age group: refused outside {@code [refuseMin, refuseMax]},
   * warned outside {@code [warnMin, warnMax]}.
   *
   * @param measure the measure, e.g. {@code "weight"}
   * @param unit the unit
   * @param refuseMin below this the value is impossible
   * @param warnMin below this the value is implausible
   * @param warnMax above this the value is implausible
   * @param refuseMax above this the value is impossible
   */
  public record Limits(
      String measure,
      String unit,
      double refuseMin,
      double warnMin,
      double warnMax,
      double refuseMax) {
    /**
     * Creates the limits.
     *
     * @throws IllegalArgumentException unless {@code refuseMin <= warnMin <= warnMax <=
     *     refuseMax}
     */
    public Limits {
      requireNonNull(measure, "measure");
      requireNonNull(unit, "unit");
      if (!(refuseMin <= warnMin && warnMin <= warnMax && warnMax <= refuseMax)) {
        throw new IllegalArgumentException("limits of " + measure + " are not nested");
      }
    }

    /**
     * Returns whether {@code value} is impossible.
     *
     * @param value the value
     * @return true outside {@code [refuseMin, refuseMax]}
     */
    public boolean impossible(double value) {
      return !(value >= refuseMin && value <= refuseMax);
    }

    /**
     * Returns whether {@code value} is possible but implausible.
     *
     * @param value the value
     * @return true inside the refuse limits and outside {@code [warnMin, warnMax]}
     */
    public boolean implausible(double value) {
      // The warn limits first: most values are inside them, and then two comparisons answer.
      return !(value >= warnMin && value <= warnMax) && !impossible(value);
    }

    String refuseRange() {
      return "[" + FieldRange.format(refuseMin) + ", " + FieldRange.format(refuseMax) + "] " + unit;
    }
  }

  // Limits by age group (docs/decisions/0900 gives the basis of each number).
  private static final Limits WEIGHT_INFANT = new Limits("weight", "kg", 0.3, 1.0, 20, 40);
  private static final Limits WEIGHT_CHILD = new Limits("weight", "kg", 4, 8, 200, 400);
  private static final Limits WEIGHT_ADULT = new Limits("weight", "kg", 10, 30, 250, 400);

  private static final Limits HEIGHT_INFANT = new Limits("height", "cm", 30, 35, 100, 120);
  private static final Limits HEIGHT_CHILD = new Limits("height", "cm", 45, 70, 210, 250);
  private static final Limits HEIGHT_ADULT = new Limits("height", "cm", 50, 100, 220, 250);

  private static final Limits BMI_INFANT = new Limits("body mass index", "kg/m2", 2.5, 7, 30, 60);
  private static final Limits BMI_CHILD = new Limits("body mass index", "kg/m2", 5, 10, 60, 150);
  private static final Limits BMI_ADULT = new Limits("body mass index", "kg/m2", 7, 12, 80, 210);

  /** Serum creatinine below which an adult's value is implausible, mg/dL. */
  static final double SCR_WARN_ADULT_MG_DL = 0.3;

  /** Serum creatinine below which a child's value is implausible, mg/dL. */
  static final double SCR_WARN_CHILD_MG_DL = 0.15;

  /** Age above which a value is implausible, years (the oldest documented person: 122). */
  static final double AGE_WARN_YEARS = 110;

  /** Adult CD4 above which the count is implausible, cells/uL. */
  static final double CD4_WARN_ADULT = 3000;

  /** ANC above which the count is implausible, cells/uL. */
  static final double ANC_WARN = 50_000;

  /** Platelets above which the count is implausible, cells/uL. */
  static final double PLATELETS_WARN = 1_000_000;

  /** Haemoglobin below which the value is implausible, g/dL. */
  static final double HB_WARN_LOW = 3;

  /** Haemoglobin above which the value is implausible, g/dL. */
  static final double HB_WARN_HIGH = 22;

  /** Urine protein above which the value is implausible, mg/dL (the top of a dipstick scale). */
  static final double URINE_PROTEIN_WARN = 2000;

  /** Significant digits of a computed value in a refusal, as the catalogue's {@code sig3}. */
  private static final int SIGNIFICANT_DIGITS = 3;

  /** Days in a year, for histories measured against the age. */
  static final double DAYS_PER_YEAR = 365.25;

  /**
   * Returns the weight limits for an age group.
   *
   * @param group the age group
   * @return the limits in kg
   */
  public static Limits weight(AgeGroup group) {
    return switch (group) {
      case INFANT -> WEIGHT_INFANT;
      case CHILD -> WEIGHT_CHILD;
      case ADULT -> WEIGHT_ADULT;
    };
  }

  /**
   * Returns the height limits for an age group.
   *
   * @param group the age group
   * @return the limits in cm
   */
  public static Limits height(AgeGroup group) {
    return switch (group) {
      case INFANT -> HEIGHT_INFANT;
      case CHILD -> HEIGHT_CHILD;
      case ADULT -> HEIGHT_ADULT;
    };
  }

  /**
   * Returns the body mass index limits for an age group.
   *
   * @param group the age group
   * @return the limits in kg/m2
   */
  public static Limits bodyMassIndex(AgeGroup group) {
    return switch (group) {
      case INFANT -> BMI_INFANT;
      case CHILD -> BMI_CHILD;
      case ADULT -> BMI_ADULT;
    };
  }

  /**
   * Returns every impossible value of a case: each is a reason to refuse it.
   *
   * @param c the case (already inside the {@link CaseLimits} ranges)
   * @return the field errors, in field order; empty if none
   */
  public static List<FieldError> impossible(PatientCase c) {
    // Null until a value is found: most cases have none, and then nothing is allocated.
    @Nullable List<FieldError> out = null;
    Patient p = c.patient();
    double age = p.age().years();
    AgeGroup group = AgeGroup.of(age);
    double kg = p.weight().kilograms();
    double cm = p.height().centimetres();
    Limits w = weight(group);
    if (w.impossible(kg)) {
      out = add(out, refuse("patient.weightKg", kg, w, forAgeOf(group, age)));
    }
    Limits h = height(group);
    if (h.impossible(cm)) {
      out = add(out, refuse("patient.heightCm", cm, h, forAgeOf(group, age)));
    }
    Limits bmi = bodyMassIndex(group);
    double index = bmi(kg, cm);
    if (bmi.impossible(index)) {
      out = add(out,
          new FieldError(
              "patient.weightKg",
              "weight "
                  + FieldRange.format(kg)
                  + " kg with height "
                  + FieldRange.format(cm)
                  + " cm gives a body mass index of "
                  + round(index)
                  + " kg/m2, outside the physiological range "
                  + bmi.refuseRange()
                  + forAgeOf(group, age)
                  + ": check the weight, the height and their units ("
                  + BASIS
                  + ")"));
    }
    Host host = c.host();
    if (host.monthsCd4Above100().isPresent()) {
      double months = host.monthsCd4Above100().getAsDouble();
      if (months > age * 12) {
        out = add(out,
            new FieldError(
                "host.monthsCd4Above100",
                "value "
                    + FieldRange.format(months)
                    + " months is longer than the patient has lived ("
                    + round(age * 12)
                    + " months at patient.ageYears "
                    + FieldRange.format(age)
                    + ")"));
      }
    }
    Treatment t = c.treatment();
    out = longerThanLife(out, "treatment.daysOfIvTherapy", t.daysOfIvTherapy(), age);
    out = longerThanLife(out, "treatment.daysOfInduction", t.daysOfInduction(), age);
    return out == null ? List.of() : List.copyOf(out);
  }

  /**
   * Returns every implausible value of a case: each is answered with a warning to check it.
   *
   * @param c the case
   * @return the fields and what is implausible about them, in field order; empty if none
   */
  public static List<Implausible> implausible(PatientCase c) {
    // Null until a value is found: most cases have none, and then nothing is allocated.
    @Nullable List<Implausible> out = null;
    Patient p = c.patient();
    double age = p.age().years();
    AgeGroup group = AgeGroup.of(age);
    if (age > AGE_WARN_YEARS) {
      out = add(out, "patient.ageYears", Message.of(MessageKey.IMPLAUSIBLE_AGE, age, AGE_WARN_YEARS));
    }
    double kg = p.weight().kilograms();
    double cm = p.height().centimetres();
    Limits w = weight(group);
    if (w.implausible(kg)) {
      out = add(out, "patient.weightKg",
          Message.of(MessageKey.IMPLAUSIBLE_WEIGHT, kg, w.warnMin(), w.warnMax(), group.label()));
    }
    Limits h = height(group);
    if (h.implausible(cm)) {
      out = add(out, "patient.heightCm",
          Message.of(MessageKey.IMPLAUSIBLE_HEIGHT, cm, h.warnMin(), h.warnMax(), group.label()));
    }
    Limits bmi = bodyMassIndex(group);
    double index = bmi(kg, cm);
    if (bmi.implausible(index)) {
      out = add(out, "patient.weightKg",
          Message.of(
              MessageKey.IMPLAUSIBLE_BODY_MASS_INDEX,
              index,
              bmi.warnMin(),
              bmi.warnMax(),
              group.label()));
    }
    double scrWarn = group == AgeGroup.ADULT ? SCR_WARN_ADULT_MG_DL : SCR_WARN_CHILD_MG_DL;
    // Plain reads rather than Optional.filter/ifPresent: no lambda is allocated per case.
    Optional<SerumCreatinine> scr = p.serumCreatinine();
    if (scr.isPresent() && scr.get().mgPerDl() < scrWarn) {
      out = add(out, "patient.serumCreatinine.value",
          Message.of(
              MessageKey.IMPLAUSIBLE_SERUM_CREATININE, scr.get().mgPerDl(), scrWarn, group.label()));
    }
    if (group == AgeGroup.ADULT) {
      Optional<CellCount> cd4 = c.host().cd4();
      if (cd4.isPresent() && cd4.get().perMicrolitre() > CD4_WARN_ADULT) {
        out = add(out, "host.cd4PerUl",
            Message.of(MessageKey.IMPLAUSIBLE_CD4_ADULT, cd4.get().perMicrolitre(), CD4_WARN_ADULT));
      }
    }
    Labs labs = c.labs();
    Optional<CellCount> anc = labs.anc();
    if (anc.isPresent() && anc.get().perMicrolitre() > ANC_WARN) {
      out = add(out, "labs.ancPerUl",
          Message.of(MessageKey.IMPLAUSIBLE_ANC, anc.get().perMicrolitre(), ANC_WARN));
    }
    Optional<CellCount> platelets = labs.platelets();
    if (platelets.isPresent() && platelets.get().perMicrolitre() > PLATELETS_WARN) {
      out = add(out, "labs.plateletsPerUl",
          Message.of(
              MessageKey.IMPLAUSIBLE_PLATELETS, platelets.get().perMicrolitre(), PLATELETS_WARN));
    }
    Optional<Haemoglobin> hb = labs.hemoglobin();
    if (hb.isPresent()
        && (hb.get().gramsPerDecilitre() < HB_WARN_LOW
            || hb.get().gramsPerDecilitre() > HB_WARN_HIGH)) {
      out = add(out, "labs.hemoglobinGPerDl",
          Message.of(
              MessageKey.IMPLAUSIBLE_HAEMOGLOBIN,
              hb.get().gramsPerDecilitre(),
              HB_WARN_LOW,
              HB_WARN_HIGH));
    }
    Optional<UrineProtein> protein = labs.urineProtein();
    if (protein.isPresent() && protein.get().mgPerDecilitre() > URINE_PROTEIN_WARN) {
      out = add(out, "labs.urineProteinMgPerDl",
          Message.of(
              MessageKey.IMPLAUSIBLE_URINE_PROTEIN,
              protein.get().mgPerDecilitre(),
              URINE_PROTEIN_WARN));
    }
    Optional<SerumCreatinine> baseline = labs.baselineSerumCreatinine();
    if (baseline.isPresent() && baseline.get().mgPerDl() < scrWarn) {
      out = add(out, "labs.baselineSerumCreatinine.value",
          Message.of(
              MessageKey.IMPLAUSIBLE_BASELINE_SERUM_CREATININE,
              baseline.get().mgPerDl(),
              scrWarn,
              group.label()));
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /**
   * Returns the body mass index.
   *
   * @param kg weight in kg
   * @param cm height in cm
   * @return kg/m2
   */
  public static double bmi(double kg, double cm) {
    double metres = cm / 100;
    return kg / (metres * metres);
  }

  private static @Nullable List<FieldError> longerThanLife(
      @Nullable List<FieldError> out, String field, OptionalInt days, double age) {
    if (days.isEmpty()) {
      return out;
    }
    // One day of slack: an age in years is rarely exact to the day.
    double lived = Math.ceil(age * DAYS_PER_YEAR) + 1;
    if (days.getAsInt() > lived) {
      out = add(out,
          new FieldError(
              field,
              "value "
                  + days.getAsInt()
                  + " days is longer than the patient has lived (about "
                  + FieldRange.format(Math.ceil(age * DAYS_PER_YEAR))
                  + " days at patient.ageYears "
                  + FieldRange.format(age)
                  + ")"));
    }
    return out;
  }

  /** Adds a warning to {@code out}, which is created on the first value found. */
  private static List<Implausible> add(
      @Nullable List<Implausible> out, String field, Message what) {
    List<Implausible> list = out == null ? new ArrayList<>(2) : out;
    list.add(new Implausible(field, what));
    return list;
  }

  /** Adds {@code e} to {@code out}, which is created on the first error found. */
  private static List<FieldError> add(@Nullable List<FieldError> out, FieldError e) {
    List<FieldError> list = out == null ? new ArrayList<>(2) : out;
    list.add(e);
    return list;
  }

  /** " for age {group} (patient.ageYears {age})": built only when a value is refused. */
  private static String forAgeOf(AgeGroup group, double age) {
    return " for age " + group.text() + " (patient.ageYears " + FieldRange.format(age) + ")";
  }

  private static FieldError refuse(String field, double value, Limits l, String forAge) {
    return new FieldError(
        field,
        "value "
            + FieldRange.format(value)
            + " "
            + l.unit()
            + " is outside the physiological range "
            + l.refuseRange()
            + forAge
            + ": check the value and its unit ("
            + BASIS
            + ")");
  }

  /**
   * A computed value of a refusal (a body mass index, months lived) in the catalogue's {@code
   * sig3} style: 3 significant digits, a whole part never cut ("4444", where {@code %.3g} wrote
   * "4.44e+03"; decision record 1406).
   */
  private static String round(double value) {
    return NumberText.significant(value, SIGNIFICANT_DIGITS);
  }
}
