package io.github.cmvrx.core.validation;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.text.NumberText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The rules a case's values must keep, as pure functions that return every broken one as a
 * {@link FieldError} (field path, value, accepted range). Each rule is written here once: the
 * model builders throw an {@link InvalidFieldsException} with these errors, and the JSON reader
 * reports the same errors field by field. The ranges themselves are in {@link CaseLimits}.
 *
 * @since 0.2.0
 */
public final class CaseValidation {
  private CaseValidation() {}

  /** Decimals of the 28-day limit in years in the out-of-scope refusal ("0.0767 years"). */
  private static final int AGE_IN_SCOPE_PLACES = 4;

  /**
   * Returns the problems of a patient: age, weight, height and serum creatinine outside their
   * ranges, and a missing serum creatinine off intermittent haemodialysis.
   *
   * @param p the patient
   * @return the field errors, in field order; empty if none
   */
  public static List<FieldError> validate(Patient p) {
    // Plain ifs, each accessor called once, and no list unless there is an error: this runs for
    // every case read.
    List<FieldError> out = add(List.of(), CaseLimits.AGE_YEARS.check(p.age().years()));
    out = add(out, CaseLimits.WEIGHT_KG.check(p.weight().kilograms()));
    out = add(out, CaseLimits.HEIGHT_CM.check(p.height().centimetres()));
    Optional<SerumCreatinine> scr = p.serumCreatinine();
    if (scr.isPresent()) {
      out = add(out, serumCreatinineRange(scr.get().unit()).check(scr.get().value()));
    }
    return add(out, serumCreatinineRequired(scr.isPresent(), p.renalReplacement()));
  }

  /**
   * Returns the problems of a host: CD4 count and months above 100 outside their ranges.
   *
   * @param h the host
   * @return the field errors; empty if none
   */
  public static List<FieldError> validate(Host h) {
    List<FieldError> out = List.of();
    Optional<CellCount> cd4 = h.cd4();
    if (cd4.isPresent()) {
      out = add(out, CaseLimits.CD4_PER_UL.check(cd4.get().perMicrolitre()));
    }
    OptionalDouble months = h.monthsCd4Above100();
    if (months.isPresent()) {
      out = add(out, CaseLimits.MONTHS_CD4_ABOVE_100.check(months.getAsDouble()));
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
    List<FieldError> out = List.of();
    Optional<CellCount> anc = l.anc();
    if (anc.isPresent()) {
      out = add(out, CaseLimits.ANC_PER_UL.check(anc.get().perMicrolitre()));
    }
    Optional<CellCount> platelets = l.platelets();
    if (platelets.isPresent()) {
      out = add(out, CaseLimits.PLATELETS_PER_UL.check(platelets.get().perMicrolitre()));
    }
    Optional<Haemoglobin> hb = l.hemoglobin();
    if (hb.isPresent()) {
      out = add(out, CaseLimits.HEMOGLOBIN_G_PER_DL.check(hb.get().gramsPerDecilitre()));
    }
    Optional<UrineProtein> protein = l.urineProtein();
    if (protein.isPresent()) {
      out = add(out, CaseLimits.URINE_PROTEIN_MG_PER_DL.check(protein.get().mgPerDecilitre()));
    }
    Optional<SerumCreatinine> baseline = l.baselineSerumCreatinine();
    if (baseline.isPresent()) {
      out = add(out, baselineCreatinineRange(baseline.get().unit()).check(baseline.get().value()));
    }
    return out;
  }

  /**
   * Returns the problems of a treatment history: days outside their ranges.
   *
   * @param t the treatment
   * @return the field errors, in field order; empty if none
   */
  public static List<FieldError> validate(Treatment t) {
    List<FieldError> out = List.of();
    OptionalInt iv = t.daysOfIvTherapy();
    if (iv.isPresent()) {
      out = add(out, CaseLimits.DAYS_OF_IV_THERAPY.check(iv.getAsInt()));
    }
    OptionalInt induction = t.daysOfInduction();
    if (induction.isPresent()) {
      out = add(out, CaseLimits.DAYS_OF_INDUCTION.check(induction.getAsInt()));
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
            "value "
                + FieldRange.format(years)
                + " years is under 28 days ("
                + NumberText.fixed(CaseLimits.MIN_AGE_IN_SCOPE_YEARS, AGE_IN_SCOPE_PLACES)
                + " years): congenital or neonatal CMV is out of scope"));
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

  /** Returns {@code out} with {@code error} added: a new list on the first error only. */
  private static List<FieldError> add(List<FieldError> out, Optional<FieldError> error) {
    if (error.isEmpty()) {
      return out;
    }
    List<FieldError> more = out.isEmpty() ? new ArrayList<>(2) : out;
    more.add(error.get());
    return more;
  }
}
