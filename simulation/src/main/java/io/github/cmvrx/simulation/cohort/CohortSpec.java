package io.github.cmvrx.simulation.cohort;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.simulation.distribution.LogNormal;
import io.github.cmvrx.simulation.distribution.Normal;
import io.github.cmvrx.simulation.distribution.Share;
import io.github.cmvrx.simulation.distribution.Weights;
import java.util.Locale;
import java.util.Objects;

/**
 * What a synthetic cohort looks like: its size and the distribution of every case field. The
 * defaults of each preset and their basis are in {@code simulation/DISTRIBUTIONS.md}. Shares are
 * probabilities in [0, 1]; every distribution is truncated to values the case builders accept.
 *
 * @param name the name of the cohort (a preset name or the file's)
 * @param patients the default number of patients (the command line may override it)
 * @param childShare share of children, 28 days to under 18 years
 * @param adultAgeYears age of adults, years (truncated to [18, 100])
 * @param femaleShare share of women
 * @param maleHeightCm adult male height, cm
 * @param femaleHeightCm adult female height, cm
 * @param adultBmi adult body-mass index, kg/m2; weight = BMI x height squared
 * @param maleCreatinineMgDl adult male serum creatinine with normal kidney function, mg/dL
 * @param femaleCreatinineMgDl adult female serum creatinine with normal kidney function, mg/dL
 * @param childEgfr children's bedside Schwartz eGFR, mL/min/1.73 m2; creatinine = 0.413 x height / eGFR
 * @param renalImpairmentShare share with impaired kidney function (creatinine multiplied by the factor below)
 * @param impairmentFactor the creatinine multiplier of impaired kidney function
 * @param umolShare share of creatinines reported in umol/L
 * @param renalReplacement kidney replacement therapy
 * @param hosts host mix
 * @param cd4PerUl CD4 count of HIV hosts, cells/uL
 * @param onArtShare share of HIV hosts on antiretroviral therapy
 * @param hivSuppressedShare share of HIV hosts on ART with suppressed HIV RNA
 * @param maxMonthsCd4Above100 the most months with CD4 above 100 /uL drawn (uniform from 0)
 * @param cnsShare share with CNS disease (encephalitis, ventriculitis, myelitis or polyradiculopathy)
 * @param retinitisShare share with retinitis
 * @param dnaemiaOnlyShare share with DNAemia only (no end-organ site)
 * @param secondSiteShare share of end-organ cases with a second site
 * @param severeShare share with severe disease
 * @param resistanceShare share with genotypic resistance (to one drug, mostly ganciclovir)
 * @param refractoryShare share with refractory disease
 * @param virologyUnknownShare share whose refractory status is not known
 * @param labsMissingShare share with no blood counts known
 * @param neutropeniaShare share with ANC below 500 /uL
 * @param thrombocytopeniaShare share with platelets below 25,000 /uL
 * @param anaemiaShare share with haemoglobin below 8 g/dL
 * @param urineProteinMissingShare share with urine protein not known
 * @param urineProteinHighShare share with urine protein of 100 mg/dL or more
 * @param phases where patients are in treatment
 * @param maxDaysOfIvTherapy the most days of IV therapy drawn (uniform from 0)
 * @param canTakeOralShare share able to take oral drugs
 * @param giImpairedShare share with impaired GI absorption
 * @param improvingShare share clinically improving
 * @param ganciclovirIntoleranceShare share intolerant of ganciclovir
 * @param nephrotoxicShare share with a nephrotoxic drug now or within 7 days
 * @param letermovirShare share on letermovir prophylaxis (transplant hosts)
 * @param inducerShare share taking a strong CYP3A inducer
 * @param boundaryShare share of patients put on a spec threshold by the boundary generator
 */
public record CohortSpec(
    String name,
    long patients,
    double childShare,
    Normal adultAgeYears,
    double femaleShare,
    Normal maleHeightCm,
    Normal femaleHeightCm,
    Normal adultBmi,
    LogNormal maleCreatinineMgDl,
    LogNormal femaleCreatinineMgDl,
    Normal childEgfr,
    double renalImpairmentShare,
    LogNormal impairmentFactor,
    double umolShare,
    Weights<RenalReplacement> renalReplacement,
    Weights<HostCategory> hosts,
    LogNormal cd4PerUl,
    double onArtShare,
    double hivSuppressedShare,
    double maxMonthsCd4Above100,
    double cnsShare,
    double retinitisShare,
    double dnaemiaOnlyShare,
    double secondSiteShare,
    double severeShare,
    double resistanceShare,
    double refractoryShare,
    double virologyUnknownShare,
    double labsMissingShare,
    double neutropeniaShare,
    double thrombocytopeniaShare,
    double anaemiaShare,
    double urineProteinMissingShare,
    double urineProteinHighShare,
    Weights<TreatmentPhase> phases,
    double maxDaysOfIvTherapy,
    double canTakeOralShare,
    double giImpairedShare,
    double improvingShare,
    double ganciclovirIntoleranceShare,
    double nephrotoxicShare,
    double letermovirShare,
    double inducerShare,
    double boundaryShare) {

  /**
   * Creates the specification.
   *
   * @throws IllegalArgumentException if a share is outside [0, 1], the size is negative, or a
   *     maximum is negative
   */
  public CohortSpec {
    Objects.requireNonNull(name, "name");
    requireNonNegative("patients", patients);
    Share.require("childShare", childShare);
    Objects.requireNonNull(adultAgeYears, "adultAgeYears");
    Share.require("femaleShare", femaleShare);
    Objects.requireNonNull(maleHeightCm, "maleHeightCm");
    Objects.requireNonNull(femaleHeightCm, "femaleHeightCm");
    Objects.requireNonNull(adultBmi, "adultBmi");
    Objects.requireNonNull(maleCreatinineMgDl, "maleCreatinineMgDl");
    Objects.requireNonNull(femaleCreatinineMgDl, "femaleCreatinineMgDl");
    Objects.requireNonNull(childEgfr, "childEgfr");
    Share.require("renalImpairmentShare", renalImpairmentShare);
    Objects.requireNonNull(impairmentFactor, "impairmentFactor");
    Share.require("umolShare", umolShare);
    Objects.requireNonNull(renalReplacement, "renalReplacement");
    Objects.requireNonNull(hosts, "hosts");
    Objects.requireNonNull(cd4PerUl, "cd4PerUl");
    Share.require("onArtShare", onArtShare);
    Share.require("hivSuppressedShare", hivSuppressedShare);
    requireNonNegative("maxMonthsCd4Above100", maxMonthsCd4Above100);
    Share.require("cnsShare", cnsShare);
    Share.require("retinitisShare", retinitisShare);
    Share.require("dnaemiaOnlyShare", dnaemiaOnlyShare);
    Share.require("secondSiteShare", secondSiteShare);
    Share.require("severeShare", severeShare);
    Share.require("resistanceShare", resistanceShare);
    Share.require("refractoryShare", refractoryShare);
    Share.require("virologyUnknownShare", virologyUnknownShare);
    Share.require("labsMissingShare", labsMissingShare);
    Share.require("neutropeniaShare", neutropeniaShare);
    Share.require("thrombocytopeniaShare", thrombocytopeniaShare);
    Share.require("anaemiaShare", anaemiaShare);
    Share.require("urineProteinMissingShare", urineProteinMissingShare);
    Share.require("urineProteinHighShare", urineProteinHighShare);
    Objects.requireNonNull(phases, "phases");
    requireNonNegative("maxDaysOfIvTherapy", maxDaysOfIvTherapy);
    Share.require("canTakeOralShare", canTakeOralShare);
    Share.require("giImpairedShare", giImpairedShare);
    Share.require("improvingShare", improvingShare);
    Share.require("ganciclovirIntoleranceShare", ganciclovirIntoleranceShare);
    Share.require("nephrotoxicShare", nephrotoxicShare);
    Share.require("letermovirShare", letermovirShare);
    Share.require("inducerShare", inducerShare);
    Share.require("boundaryShare", boundaryShare);
    requireGeneratesValidPatients(
        adultAgeYears,
        maleHeightCm,
        femaleHeightCm,
        adultBmi,
        maleCreatinineMgDl,
        femaleCreatinineMgDl,
        impairmentFactor,
        childEgfr,
        cd4PerUl,
        maxMonthsCd4Above100,
        maxDaysOfIvTherapy);
  }

  /** Lowest height of a generated child, cm: the 28-day median x (1 - 2.5 x the height CV). */
  static final double MIN_CHILD_HEIGHT_CM =
      CohortGenerator.childMedianHeightCm(CaseLimits.MIN_AGE_IN_SCOPE_YEARS)
          * (1 - 2.5 * CohortGenerator.CHILD_HEIGHT_CV);

  /**
   * Checks that every patient the cohort can generate is valid (issue 12 item 10,
   * docs/decisions/0901): each distribution's [min, max] must lie inside the accepted range of
   * the field it feeds, so that no key can produce an impossible patient at run time.
   */
  @SuppressWarnings("TooManyParameters")
  private static void requireGeneratesValidPatients(
      Normal adultAgeYears,
      Normal maleHeightCm,
      Normal femaleHeightCm,
      Normal adultBmi,
      LogNormal maleCreatinineMgDl,
      LogNormal femaleCreatinineMgDl,
      LogNormal impairmentFactor,
      Normal childEgfr,
      LogNormal cd4PerUl,
      double maxMonthsCd4Above100,
      double maxDaysOfIvTherapy) {
    // Adults are 18 to 120 years (clinical spec 2 and 8).
    within("adultAgeYears", adultAgeYears.min(), adultAgeYears.max(), 18, 120, "years");
    // Adult heights inside the adult physiological range [50, 250] cm (docs/decisions/0900).
    within("maleHeightCm", maleHeightCm.min(), maleHeightCm.max(), 50, 250, "cm");
    within("femaleHeightCm", femaleHeightCm.min(), femaleHeightCm.max(), 50, 250, "cm");
    // Adult BMI inside the adult physiological range [7, 210] kg/m2 (docs/decisions/0900).
    within("adultBmi", adultBmi.min(), adultBmi.max(), 7, 210, "kg/m2");
    double minScr = CaseLimits.MIN_SERUM_CREATININE_MG_DL;
    double maxScr = CaseLimits.SERUM_CREATININE_MG_DL.max();
    within(
        "maleCreatinineMgDl", maleCreatinineMgDl.min(), maleCreatinineMgDl.max(), minScr, maxScr,
        "mg/dL");
    within(
        "femaleCreatinineMgDl", femaleCreatinineMgDl.min(), femaleCreatinineMgDl.max(), minScr,
        maxScr, "mg/dL");
    // The factor multiplies a creatinine: below 1 it could take it under the floor.
    within(
        "impairmentFactor", impairmentFactor.min(), impairmentFactor.max(), 1, maxScr / minScr,
        "(factor)");
    // Children's creatinine = 0.413 x height / eGFR must stay >= the floor at the lowest height.
    double maxEgfr = Math.floor(CohortGenerator.SCHWARTZ_K * MIN_CHILD_HEIGHT_CM / minScr);
    within("childEgfr", childEgfr.min(), childEgfr.max(), 1, maxEgfr, "mL/min/1.73 m2");
    within(
        "cd4PerUl", cd4PerUl.min(), cd4PerUl.max(), CaseLimits.CD4_PER_UL.min(),
        CaseLimits.CD4_PER_UL.max(), "cells/uL");
    within(
        "maxMonthsCd4Above100", maxMonthsCd4Above100, maxMonthsCd4Above100, 0,
        CaseLimits.MONTHS_CD4_ABOVE_100.max(), "months");
    within(
        "maxDaysOfIvTherapy", maxDaysOfIvTherapy, maxDaysOfIvTherapy, 0,
        CaseLimits.DAYS_OF_IV_THERAPY.max(), "days");
    if (maxDaysOfIvTherapy != Math.rint(maxDaysOfIvTherapy)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "maxDaysOfIvTherapy: value %s must be a whole number of days in [0, %d]",
              maxDaysOfIvTherapy,
              (long) CaseLimits.DAYS_OF_IV_THERAPY.max()));
    }
  }

  private static void within(
      String key, double min, double max, double low, double high, String unit) {
    boolean single = min == max;
    if (!(min >= low && min <= high)) {
      throw new IllegalArgumentException(range(key + (single ? "" : ".min"), min, low, high, unit));
    }
    if (!(max >= low && max <= high)) {
      throw new IllegalArgumentException(range(key + (single ? "" : ".max"), max, low, high, unit));
    }
  }

  private static String range(String key, double value, double low, double high, String unit) {
    return String.format(
        Locale.ROOT,
        "%s: value %s is outside the accepted range [%s, %s] %s (every patient the cohort"
            + " generates must be valid)",
        key,
        plain(value),
        plain(low),
        plain(high),
        unit);
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static void requireNonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s: value %s must be a finite number >= 0", name, value));
    }
  }

  /**
   * Returns a builder that starts from this specification.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder that starts from a specification and overrides fields; {@code build()} validates. */
  public static final class Builder {
    private String name;
    private long patients;
    private double childShare;
    private Normal adultAgeYears;
    private double femaleShare;
    private Normal maleHeightCm;
    private Normal femaleHeightCm;
    private Normal adultBmi;
    private LogNormal maleCreatinineMgDl;
    private LogNormal femaleCreatinineMgDl;
    private Normal childEgfr;
    private double renalImpairmentShare;
    private LogNormal impairmentFactor;
    private double umolShare;
    private Weights<RenalReplacement> renalReplacement;
    private Weights<HostCategory> hosts;
    private LogNormal cd4PerUl;
    private double onArtShare;
    private double hivSuppressedShare;
    private double maxMonthsCd4Above100;
    private double cnsShare;
    private double retinitisShare;
    private double dnaemiaOnlyShare;
    private double secondSiteShare;
    private double severeShare;
    private double resistanceShare;
    private double refractoryShare;
    private double virologyUnknownShare;
    private double labsMissingShare;
    private double neutropeniaShare;
    private double thrombocytopeniaShare;
    private double anaemiaShare;
    private double urineProteinMissingShare;
    private double urineProteinHighShare;
    private Weights<TreatmentPhase> phases;
    private double maxDaysOfIvTherapy;
    private double canTakeOralShare;
    private double giImpairedShare;
    private double improvingShare;
    private double ganciclovirIntoleranceShare;
    private double nephrotoxicShare;
    private double letermovirShare;
    private double inducerShare;
    private double boundaryShare;

    Builder(CohortSpec from) {
      this.name = from.name;
      this.patients = from.patients;
      this.childShare = from.childShare;
      this.adultAgeYears = from.adultAgeYears;
      this.femaleShare = from.femaleShare;
      this.maleHeightCm = from.maleHeightCm;
      this.femaleHeightCm = from.femaleHeightCm;
      this.adultBmi = from.adultBmi;
      this.maleCreatinineMgDl = from.maleCreatinineMgDl;
      this.femaleCreatinineMgDl = from.femaleCreatinineMgDl;
      this.childEgfr = from.childEgfr;
      this.renalImpairmentShare = from.renalImpairmentShare;
      this.impairmentFactor = from.impairmentFactor;
      this.umolShare = from.umolShare;
      this.renalReplacement = from.renalReplacement;
      this.hosts = from.hosts;
      this.cd4PerUl = from.cd4PerUl;
      this.onArtShare = from.onArtShare;
      this.hivSuppressedShare = from.hivSuppressedShare;
      this.maxMonthsCd4Above100 = from.maxMonthsCd4Above100;
      this.cnsShare = from.cnsShare;
      this.retinitisShare = from.retinitisShare;
      this.dnaemiaOnlyShare = from.dnaemiaOnlyShare;
      this.secondSiteShare = from.secondSiteShare;
      this.severeShare = from.severeShare;
      this.resistanceShare = from.resistanceShare;
      this.refractoryShare = from.refractoryShare;
      this.virologyUnknownShare = from.virologyUnknownShare;
      this.labsMissingShare = from.labsMissingShare;
      this.neutropeniaShare = from.neutropeniaShare;
      this.thrombocytopeniaShare = from.thrombocytopeniaShare;
      this.anaemiaShare = from.anaemiaShare;
      this.urineProteinMissingShare = from.urineProteinMissingShare;
      this.urineProteinHighShare = from.urineProteinHighShare;
      this.phases = from.phases;
      this.maxDaysOfIvTherapy = from.maxDaysOfIvTherapy;
      this.canTakeOralShare = from.canTakeOralShare;
      this.giImpairedShare = from.giImpairedShare;
      this.improvingShare = from.improvingShare;
      this.ganciclovirIntoleranceShare = from.ganciclovirIntoleranceShare;
      this.nephrotoxicShare = from.nephrotoxicShare;
      this.letermovirShare = from.letermovirShare;
      this.inducerShare = from.inducerShare;
      this.boundaryShare = from.boundaryShare;
    }

    /**
     * Sets the name of the cohort (a preset name or the file's).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the default number of patients (the command line may override it).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder patients(long value) {
      this.patients = value;
      return this;
    }

    /**
     * Sets share of children, 28 days to under 18 years.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder childShare(double value) {
      this.childShare = value;
      return this;
    }

    /**
     * Sets age of adults, years (truncated to [18, 100]).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder adultAgeYears(Normal value) {
      this.adultAgeYears = value;
      return this;
    }

    /**
     * Sets share of women.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder femaleShare(double value) {
      this.femaleShare = value;
      return this;
    }

    /**
     * Sets adult male height, cm.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maleHeightCm(Normal value) {
      this.maleHeightCm = value;
      return this;
    }

    /**
     * Sets adult female height, cm.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder femaleHeightCm(Normal value) {
      this.femaleHeightCm = value;
      return this;
    }

    /**
     * Sets adult body-mass index, kg/m2; weight = BMI x height squared.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder adultBmi(Normal value) {
      this.adultBmi = value;
      return this;
    }

    /**
     * Sets adult male serum creatinine with normal kidney function, mg/dL.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maleCreatinineMgDl(LogNormal value) {
      this.maleCreatinineMgDl = value;
      return this;
    }

    /**
     * Sets adult female serum creatinine with normal kidney function, mg/dL.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder femaleCreatinineMgDl(LogNormal value) {
      this.femaleCreatinineMgDl = value;
      return this;
    }

    /**
     * Sets children's bedside Schwartz eGFR, mL/min/1.73 m2; creatinine = 0.413 x height / eGFR.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder childEgfr(Normal value) {
      this.childEgfr = value;
      return this;
    }

    /**
     * Sets share with impaired kidney function (creatinine multiplied by the factor below).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder renalImpairmentShare(double value) {
      this.renalImpairmentShare = value;
      return this;
    }

    /**
     * Sets the creatinine multiplier of impaired kidney function.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder impairmentFactor(LogNormal value) {
      this.impairmentFactor = value;
      return this;
    }

    /**
     * Sets share of creatinines reported in umol/L.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder umolShare(double value) {
      this.umolShare = value;
      return this;
    }

    /**
     * Sets kidney replacement therapy.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder renalReplacement(Weights<RenalReplacement> value) {
      this.renalReplacement = value;
      return this;
    }

    /**
     * Sets host mix.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hosts(Weights<HostCategory> value) {
      this.hosts = value;
      return this;
    }

    /**
     * Sets CD4 count of HIV hosts, cells/uL.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cd4PerUl(LogNormal value) {
      this.cd4PerUl = value;
      return this;
    }

    /**
     * Sets share of HIV hosts on antiretroviral therapy.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onArtShare(double value) {
      this.onArtShare = value;
      return this;
    }

    /**
     * Sets share of HIV hosts on ART with suppressed HIV RNA.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hivSuppressedShare(double value) {
      this.hivSuppressedShare = value;
      return this;
    }

    /**
     * Sets the most months with CD4 above 100 /uL drawn (uniform from 0).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxMonthsCd4Above100(double value) {
      this.maxMonthsCd4Above100 = value;
      return this;
    }

    /**
     * Sets share with CNS disease (encephalitis, ventriculitis, myelitis or polyradiculopathy).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cnsShare(double value) {
      this.cnsShare = value;
      return this;
    }

    /**
     * Sets share with retinitis.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder retinitisShare(double value) {
      this.retinitisShare = value;
      return this;
    }

    /**
     * Sets share with DNAemia only (no end-organ site).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dnaemiaOnlyShare(double value) {
      this.dnaemiaOnlyShare = value;
      return this;
    }

    /**
     * Sets share of end-organ cases with a second site.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder secondSiteShare(double value) {
      this.secondSiteShare = value;
      return this;
    }

    /**
     * Sets share with severe disease.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder severeShare(double value) {
      this.severeShare = value;
      return this;
    }

    /**
     * Sets share with genotypic resistance (to one drug, mostly ganciclovir).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder resistanceShare(double value) {
      this.resistanceShare = value;
      return this;
    }

    /**
     * Sets share with refractory disease.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder refractoryShare(double value) {
      this.refractoryShare = value;
      return this;
    }

    /**
     * Sets share whose refractory status is not known.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder virologyUnknownShare(double value) {
      this.virologyUnknownShare = value;
      return this;
    }

    /**
     * Sets share with no blood counts known.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder labsMissingShare(double value) {
      this.labsMissingShare = value;
      return this;
    }

    /**
     * Sets share with ANC below 500 /uL.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder neutropeniaShare(double value) {
      this.neutropeniaShare = value;
      return this;
    }

    /**
     * Sets share with platelets below 25,000 /uL.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder thrombocytopeniaShare(double value) {
      this.thrombocytopeniaShare = value;
      return this;
    }

    /**
     * Sets share with haemoglobin below 8 g/dL.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anaemiaShare(double value) {
      this.anaemiaShare = value;
      return this;
    }

    /**
     * Sets share with urine protein not known.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder urineProteinMissingShare(double value) {
      this.urineProteinMissingShare = value;
      return this;
    }

    /**
     * Sets share with urine protein of 100 mg/dL or more.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder urineProteinHighShare(double value) {
      this.urineProteinHighShare = value;
      return this;
    }

    /**
     * Sets where patients are in treatment.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder phases(Weights<TreatmentPhase> value) {
      this.phases = value;
      return this;
    }

    /**
     * Sets the most days of IV therapy drawn (uniform from 0).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxDaysOfIvTherapy(double value) {
      this.maxDaysOfIvTherapy = value;
      return this;
    }

    /**
     * Sets share able to take oral drugs.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder canTakeOralShare(double value) {
      this.canTakeOralShare = value;
      return this;
    }

    /**
     * Sets share with impaired GI absorption.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder giImpairedShare(double value) {
      this.giImpairedShare = value;
      return this;
    }

    /**
     * Sets share clinically improving.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder improvingShare(double value) {
      this.improvingShare = value;
      return this;
    }

    /**
     * Sets share intolerant of ganciclovir.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ganciclovirIntoleranceShare(double value) {
      this.ganciclovirIntoleranceShare = value;
      return this;
    }

    /**
     * Sets share with a nephrotoxic drug now or within 7 days.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder nephrotoxicShare(double value) {
      this.nephrotoxicShare = value;
      return this;
    }

    /**
     * Sets share on letermovir prophylaxis (transplant hosts).
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder letermovirShare(double value) {
      this.letermovirShare = value;
      return this;
    }

    /**
     * Sets share taking a strong CYP3A inducer.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder inducerShare(double value) {
      this.inducerShare = value;
      return this;
    }

    /**
     * Sets share of patients put on a spec threshold by the boundary generator.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder boundaryShare(double value) {
      this.boundaryShare = value;
      return this;
    }

    /**
     * Returns the specification.
     *
     * @return the specification
     * @throws IllegalArgumentException if a value is out of range
     */
    public CohortSpec build() {
      return new CohortSpec(
          name,
          patients,
          childShare,
          adultAgeYears,
          femaleShare,
          maleHeightCm,
          femaleHeightCm,
          adultBmi,
          maleCreatinineMgDl,
          femaleCreatinineMgDl,
          childEgfr,
          renalImpairmentShare,
          impairmentFactor,
          umolShare,
          renalReplacement,
          hosts,
          cd4PerUl,
          onArtShare,
          hivSuppressedShare,
          maxMonthsCd4Above100,
          cnsShare,
          retinitisShare,
          dnaemiaOnlyShare,
          secondSiteShare,
          severeShare,
          resistanceShare,
          refractoryShare,
          virologyUnknownShare,
          labsMissingShare,
          neutropeniaShare,
          thrombocytopeniaShare,
          anaemiaShare,
          urineProteinMissingShare,
          urineProteinHighShare,
          phases,
          maxDaysOfIvTherapy,
          canTakeOralShare,
          giImpairedShare,
          improvingShare,
          ganciclovirIntoleranceShare,
          nephrotoxicShare,
          letermovirShare,
          inducerShare,
          boundaryShare);
    }
  }
}
