package io.github.cmvrx.core.validation;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a case's values must keep, as pure functions that return every broken one as a
 * {@link FieldError} (field path, value, accepted range). Each rule is written here once: the
 * model builders throw an {@link InvalidFieldsException} with these errors, and the JSON reader
 * reports the same errors field by field. The ranges themselves are in {@link CaseLimits}.
 *
 * @since 0.3.0
 */
public final class CaseValidation {
  private CaseValidation() {}

  /**
   * Returns the problems of a patient: age, weight, height and serum creatinine outside their
   * ranges, and a missing serum creatinine off intermittent haemodialysis.
   *
   * @param p the patient
   * @return the field errors, in field order; empty if none
   */
  public static List<FieldError> validate(Patient p) {
    List<FieldError> out = new ArrayList<>(0);
    add(out, CaseLimits.AGE_YEARS.check(p.age().years()));
    add(out, CaseLimits.WEIGHT_KG.check(p.weight().kilograms()));
    add(out, CaseLimits.HEIGHT_CM.check(p.height().centimetres()));
    p.serumCreatinine()
        .ifPresent(s -> add(out, serumCreatinineRange(s.unit()).check(s.value())));
    add(out, serumCreatinineRequired(p.serumCreatinine().isPresent(), p.renalReplacement()));
    return out;
  }

  /**
   * Returns the problems of a host: CD4 count and months above 100 outside their ranges.
   *
   * @param h the host
   * @return the field errors; empty if none
   */
  public static List<FieldError> validate(Host h) {
    List<FieldError> out = new ArrayList<>(0);
    h.cd4().ifPresent(c -> add(out, CaseLimits.CD4_PER_UL.check(c.perMicrolitre())));
    if (h.monthsCd4Above100().isPresent()) {
      add(out, CaseLimits.MONTHS_CD4_ABOVE_100.check(h.monthsCd4Above100().getAsDouble()));
    }
    return out;
  }

  /**
   * Returns the problems of a disease: see {@link #sites(Collection)}.
   *
   * @param d the disease
   * @return the field errors; empty if none
   */
  public static List<FieldError> validate(Disease d) {
    return sites(d.sites());
  }

  /**
   * Returns the problems of labs: each value outside its range.
   *
   * @param l the labs
   * @return the field errors, in field order; empty if none
   */
  public static List<FieldError> validate(Labs l) {
    List<FieldError> out = new ArrayList<>(0);
    l.anc().ifPresent(v -> add(out, CaseLimits.ANC_PER_UL.check(v.perMicrolitre())));
    l.platelets().ifPresent(v -> add(out, CaseLimits.PLATELETS_PER_UL.check(v.perMicrolitre())));
    l.hemoglobin()
        .ifPresent(v -> add(out, CaseLimits.HEMOGLOBIN_G_PER_DL.check(v.gramsPerDecilitre())));
    l.urineProtein()
        .ifPresent(v -> add(out, CaseLimits.URINE_PROTEIN_MG_PER_DL.check(v.mgPerDecilitre())));
    l.baselineSerumCreatinine()
        .ifPresent(s -> add(out, baselineCreatinineRange(s.unit()).check(s.value())));
    return out;
  }

  /**
   * Returns the problems of a treatment history: days outside their ranges.
   *
   * @param t the treatment
   * @return the field errors, in field order; empty if none
   */
  public static List<FieldError> validate(Treatment t) {
    List<FieldError> out = new ArrayList<>(0);
    if (t.daysOfIvTherapy().isPresent()) {
      add(out, CaseLimits.DAYS_OF_IV_THERAPY.check(t.daysOfIvTherapy().getAsInt()));
    }
    if (t.daysOfInduction().isPresent()) {
      add(out, CaseLimits.DAYS_OF_INDUCTION.check(t.daysOfInduction().getAsInt()));
    }
    return out;
  }

  /**
   * Returns the problems of a list of disease sites: none given, or {@code dnaemia_only}
   * together with an end-organ site (a contradiction; clinical basis §8).
   *
   * @param sites the sites, in the order given
   * @return the errors on {@code disease.sites}; empty if none
   */
  public static List<FieldError> sites(Collection<DiseaseSite> sites) {
    if (sites.isEmpty()) {
      return List.of(
          new FieldError("disease.sites", "at least one disease site is required (was [])"));
    }
    if (sites.contains(DiseaseSite.DNAEMIA_ONLY) && sites.size() > 1) {
      List<String> endOrgan = new ArrayList<>();
      for (DiseaseSite s : sites) {
        if (s.isEndOrgan()) {
          endOrgan.add(s.name().toLowerCase(Locale.ROOT));
        }
      }
      return List.of(
          new FieldError(
              "disease.sites",
              "contradictory input: dnaemia_only cannot be given together with an end-organ"
                  + " site ("
                  + String.join(", ", endOrgan)
                  + ")"));
    }
    return List.of();
  }

  /**
   * Returns the error of a missing serum creatinine: it is required unless the patient is on
   * intermittent haemodialysis (where no creatinine-based estimate applies).
   *
   * @param given whether a serum creatinine was given
   * @param renal the kidney replacement therapy
   * @return the error on {@code patient.serumCreatinine}, or empty
   */
  public static Optional<FieldError> serumCreatinineRequired(boolean given, RenalReplacement renal) {
    if (given || renal == RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldError(
            "patient.serumCreatinine",
            "required unless renalReplacement is intermittent_hemodialysis (renalReplacement is "
                + renal.name().toLowerCase(Locale.ROOT)
                + ")"));
  }

  /**
   * Returns the error of an age under 28 days: congenital or neonatal CMV is out of scope
   * (clinical basis §0). Only a reader refuses it; the model holds such a case, and {@link
   * io.github.cmvrx.core.model.PatientCase#isInScope()} says it is out of scope.
   *
   * @param years the age in years (already inside {@link CaseLimits#AGE_YEARS})
   * @return the error on {@code patient.ageYears}, or empty
   */
  public static Optional<FieldError> ageInScope(double years) {
    if (years >= CaseLimits.MIN_AGE_IN_SCOPE_YEARS) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldError(
            "patient.ageYears",
            String.format(
                Locale.ROOT,
                "value %s years is under 28 days (%.4f years): congenital or neonatal CMV is out"
                    + " of scope",
                years,
                CaseLimits.MIN_AGE_IN_SCOPE_YEARS)));
  }

  /**
   * Returns the accepted range of a serum creatinine in its unit.
   *
   * @param unit the unit
   * @return the range on {@code patient.serumCreatinine.value}
   */
  public static FieldRange serumCreatinineRange(CreatinineUnit unit) {
    return unit == CreatinineUnit.MG_PER_DL
        ? CaseLimits.SERUM_CREATININE_MG_DL
        : CaseLimits.SERUM_CREATININE_UMOL_L;
  }

  /**
   * Returns the accepted range of a baseline serum creatinine in its unit.
   *
   * @param unit the unit
   * @return the range on {@code labs.baselineSerumCreatinine.value}
   */
  public static FieldRange baselineCreatinineRange(CreatinineUnit unit) {
    return unit == CreatinineUnit.MG_PER_DL
        ? CaseLimits.BASELINE_CREATININE_MG_DL
        : CaseLimits.BASELINE_CREATININE_UMOL_L;
  }

  private static void add(List<FieldError> out, Optional<FieldError> error) {
    error.ifPresent(out::add);
  }
}
