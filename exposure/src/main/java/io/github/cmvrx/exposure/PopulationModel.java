package io.github.cmvrx.exposure;

import io.github.cmvrx.core.citation.Source;
import java.util.Locale;

/**
 * A two-compartment population pharmacokinetic model of ganciclovir with first-order absorption
 * after a lag for oral valganciclovir, as immutable cited data. The one instance is {@link
 * #CALDES_2009}; its values, and how each was checked, are listed in {@code docs/exposure.md}.
 *
 * <p>Typical clearance is linear in Cockcroft-Gault creatinine clearance: {@code CL = CL_ref x
 * CrCl / CrCl_ref}. Between-subject variability is exponential on CL, V1 and ka ({@code P_i = P
 * x exp(eta)}) and on the logit scale for F ({@code logit(F_i) = logit(F) + eta}), each eta
 * normal with mean 0 and the variance given here; Q, V2 and the lag have none.
 */
public final class PopulationModel {

  /**
   * Caldes A et al., Antimicrob Agents Chemother 2009;53:4816-4824 (CALDES-2009): 20 adult solid
   * organ transplant recipients with CMV infection, IV ganciclovir then oral valganciclovir.
   * Structural values from the paper's abstract; variances as published in Table 3 and coded in
   * two public implementations of the model; the valganciclovir-to-ganciclovir factor 0.720 from
   * the paper's methods (the ratio of the molecular weights, 255.23 / 354.36 = 0.7203).
   */
  public static final PopulationModel CALDES_2009 =
      new PopulationModel(
          "CALDES-2009",
          Source.CALDES_2009,
          7.49,
          57,
          31.9,
          32.0,
          10.2,
          0.895,
          0.825,
          0.382,
          0.107,
          0.227,
          0.464,
          0.049,
          0.720,
          10,
          100,
          18);

  private final String key;
  private final Source source;
  private final double clearanceLPerH;
  private final double referenceCrclMlMin;
  private final double centralVolumeL;
  private final double peripheralVolumeL;
  private final double intercompartmentalClearanceLPerH;
  private final double absorptionRatePerH;
  private final double bioavailability;
  private final double lagH;
  private final double clearanceVariance;
  private final double centralVolumeVariance;
  private final double absorptionRateVariance;
  private final double bioavailabilityLogitVariance;
  private final double ganciclovirPerValganciclovir;
  private final double minCrclMlMin;
  private final double maxCrclMlMin;
  private final double minAgeYears;

  @SuppressWarnings("TooManyParameters") // one constructor call, every argument named above
  PopulationModel(
      String key,
      Source source,
      double clearanceLPerH,
      double referenceCrclMlMin,
      double centralVolumeL,
      double peripheralVolumeL,
      double intercompartmentalClearanceLPerH,
      double absorptionRatePerH,
      double bioavailability,
      double lagH,
      double clearanceVariance,
      double centralVolumeVariance,
      double absorptionRateVariance,
      double bioavailabilityLogitVariance,
      double ganciclovirPerValganciclovir,
      double minCrclMlMin,
      double maxCrclMlMin,
      double minAgeYears) {
    this.key = key;
    this.source = source;
    this.clearanceLPerH = positive("CL", clearanceLPerH);
    this.referenceCrclMlMin = positive("reference CrCl", referenceCrclMlMin);
    this.centralVolumeL = positive("V1", centralVolumeL);
    this.peripheralVolumeL = positive("V2", peripheralVolumeL);
    this.intercompartmentalClearanceLPerH = positive("Q", intercompartmentalClearanceLPerH);
    this.absorptionRatePerH = positive("ka", absorptionRatePerH);
    if (!(bioavailability > 0 && bioavailability < 1)) {
      throw new IllegalArgumentException(
          "F (" + bioavailability + ") must be in (0, 1): it is modelled on the logit scale");
    }
    this.bioavailability = bioavailability;
    this.lagH = nonNegative("lag", lagH);
    this.clearanceVariance = nonNegative("omega2 CL", clearanceVariance);
    this.centralVolumeVariance = nonNegative("omega2 V1", centralVolumeVariance);
    this.absorptionRateVariance = nonNegative("omega2 ka", absorptionRateVariance);
    this.bioavailabilityLogitVariance = nonNegative("omega2 F", bioavailabilityLogitVariance);
    this.ganciclovirPerValganciclovir =
        positive("ganciclovir per valganciclovir", ganciclovirPerValganciclovir);
    if (!(minCrclMlMin > 0 && maxCrclMlMin > minCrclMlMin)) {
      throw new IllegalArgumentException(
          "studied CrCl range [" + minCrclMlMin + ", " + maxCrclMlMin + "] is empty");
    }
    this.minCrclMlMin = minCrclMlMin;
    this.maxCrclMlMin = maxCrclMlMin;
    this.minAgeYears = positive("minimum age", minAgeYears);
  }

  private static double positive(String role, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(role + " (" + value + ") must be > 0 and finite");
    }
    return value;
  }

  private static double nonNegative(String role, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(role + " (" + value + ") must be >= 0 and finite");
    }
    return value;
  }

  /**
   * Returns the key written as {@code model} in the JSON contract.
   *
   * @return {@code "CALDES-2009"}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the citation.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the typical clearance at the reference creatinine clearance.
   *
   * @return L/h
   */
  public double clearanceLPerH() {
    return clearanceLPerH;
  }

  /**
   * Returns the reference creatinine clearance (the mean of the studied population).
   *
   * @return mL/min
   */
  public double referenceCrclMlMin() {
    return referenceCrclMlMin;
  }

  /**
   * Returns the central volume V1.
   *
   * @return L
   */
  public double centralVolumeL() {
    return centralVolumeL;
  }

  /**
   * Returns the peripheral volume V2.
   *
   * @return L
   */
  public double peripheralVolumeL() {
    return peripheralVolumeL;
  }

  /**
   * Returns the intercompartmental clearance Q.
   *
   * @return L/h
   */
  public double intercompartmentalClearanceLPerH() {
    return intercompartmentalClearanceLPerH;
  }

  /**
   * Returns the first-order absorption rate constant ka of oral valganciclovir.
   *
   * @return 1/h
   */
  public double absorptionRatePerH() {
    return absorptionRatePerH;
  }

  /**
   * Returns the bioavailability F of oral valganciclovir, for a dose expressed in ganciclovir
   * equivalents ({@link #ganciclovirPerValganciclovir()}).
   *
   * @return the fraction absorbed, in (0, 1)
   */
  public double bioavailability() {
    return bioavailability;
  }

  /**
   * Returns the absorption lag time.
   *
   * @return h
   */
  public double lagH() {
    return lagH;
  }

  /**
   * Returns the between-subject variance of CL (exponential model).
   *
   * @return omega squared
   */
  public double clearanceVariance() {
    return clearanceVariance;
  }

  /**
   * Returns the between-subject variance of V1 (exponential model).
   *
   * @return omega squared
   */
  public double centralVolumeVariance() {
    return centralVolumeVariance;
  }

  /**
   * Returns the between-subject variance of ka (exponential model).
   *
   * @return omega squared
   */
  public double absorptionRateVariance() {
    return absorptionRateVariance;
  }

  /**
   * Returns the between-subject variance of F on the logit scale.
   *
   * @return omega squared
   */
  public double bioavailabilityLogitVariance() {
    return bioavailabilityLogitVariance;
  }

  /**
   * Returns the mg of ganciclovir per mg of valganciclovir (free base), the factor that turns a
   * valganciclovir dose into the ganciclovir-equivalent dose F applies to.
   *
   * @return 0.720 for CALDES-2009
   */
  public double ganciclovirPerValganciclovir() {
    return ganciclovirPerValganciclovir;
  }

  /**
   * Returns the lowest creatinine clearance the model is used at.
   *
   * @return mL/min, inclusive
   */
  public double minCrclMlMin() {
    return minCrclMlMin;
  }

  /**
   * Returns the highest creatinine clearance the model is used at.
   *
   * @return mL/min, inclusive
   */
  public double maxCrclMlMin() {
    return maxCrclMlMin;
  }

  /**
   * Returns the youngest age the model is used at.
   *
   * @return years, inclusive
   */
  public double minAgeYears() {
    return minAgeYears;
  }

  /**
   * Returns the typical clearance {@code CL_ref x CrCl / CrCl_ref}.
   *
   * @param crclMlMin Cockcroft-Gault creatinine clearance, mL/min, above 0
   * @return L/h
   * @throws IllegalArgumentException if the clearance is not above 0
   */
  public double typicalClearanceLPerH(double crclMlMin) {
    return clearanceLPerH * positive("creatinine clearance (mL/min)", crclMlMin)
        / referenceCrclMlMin;
  }

  /**
   * Returns the typical-value parameters (every eta 0) at a creatinine clearance.
   *
   * @param crclMlMin Cockcroft-Gault creatinine clearance, mL/min, above 0
   * @return the parameters
   */
  public PkParameters typical(double crclMlMin) {
    return individual(crclMlMin, Variability.NONE);
  }

  /**
   * Returns one individual's parameters.
   *
   * @param crclMlMin Cockcroft-Gault creatinine clearance, mL/min, above 0
   * @param eta the individual's random effects
   * @return the parameters
   */
  public PkParameters individual(double crclMlMin, Variability eta) {
    double logitF = Math.log(bioavailability / (1 - bioavailability)) + eta.bioavailabilityLogit();
    return new PkParameters(
        typicalClearanceLPerH(crclMlMin) * Math.exp(eta.clearance()),
        centralVolumeL * Math.exp(eta.centralVolume()),
        intercompartmentalClearanceLPerH,
        peripheralVolumeL,
        absorptionRatePerH * Math.exp(eta.absorptionRate()),
        1 / (1 + Math.exp(-logitF)),
        lagH);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: CL %.2f x CrCl/%.0f L/h, V1 %.1f L, V2 %.1f L, Q %.1f L/h, ka %.3f /h, F %.3f,"
            + " lag %.3f h",
        key,
        clearanceLPerH,
        referenceCrclMlMin,
        centralVolumeL,
        peripheralVolumeL,
        intercompartmentalClearanceLPerH,
        absorptionRatePerH,
        bioavailability,
        lagH);
  }
}
