package io.github.cmvrx.core.rule;

import io.github.cmvrx.core.text.NumberText;

import java.util.Locale;

/**
 * A threshold that an institution may legitimately set locally (issue 13; decision record
 * docs/decisions/1300-local-cut-offs.md), with the label or guideline value as its default and
 * the accepted range outside which a policy is refused. Each names its basis.
 */
public enum CutOff {
  /**
   * Hold (val)ganciclovir below this ANC, /uL. Default 500 (GCV-PI §5.1). A local value may only
   * be stricter (higher), up to 1500 /uL (decision 1300).
   */
  CYTOPENIA_ANC(
      "cytopeniaAncPerUl",
      "/uL",
      ClinicalThresholds.GCV_MIN_ANC_PER_UL,
      500,
      1500,
      false,
      "GCV-PI §5.1 (hold below 500 /uL); range: never less strict than the label, at most 1500"
          + " /uL (decision 1300)"),
  /**
   * Hold (val)ganciclovir below this platelet count, /uL. Default 25,000 (GCV-PI §5.1); a local
   * value may only be stricter, up to 100,000 /uL (decision 1300).
   */
  CYTOPENIA_PLATELETS(
      "cytopeniaPlateletsPerUl",
      "/uL",
      ClinicalThresholds.GCV_MIN_PLATELETS_PER_UL,
      25_000,
      100_000,
      false,
      "GCV-PI §5.1 (hold below 25,000 /uL); range: never less strict than the label, at most"
          + " 100,000 /uL (decision 1300)"),
  /**
   * Hold (val)ganciclovir below this haemoglobin, g/dL. Default 8 (GCV-PI §5.1); a local value
   * may only be stricter, up to 10 g/dL (decision 1300).
   */
  CYTOPENIA_HAEMOGLOBIN(
      "cytopeniaHaemoglobinGPerDl",
      "g/dL",
      ClinicalThresholds.GCV_MIN_HEMOGLOBIN_G_PER_DL,
      8,
      10,
      false,
      "GCV-PI §5.1 (hold below 8 g/dL); range: never less strict than the label, at most 10 g/dL"
          + " (decision 1300)"),
  /**
   * Days of IV ganciclovir before the switch to oral valganciclovir. Default 3; SEED gives 3-5
   * days, which is the accepted range.
   */
  IV_TO_ORAL_MIN_IV_DAYS(
      "ivToOralMinIvDays",
      "days",
      ClinicalThresholds.IV_TO_ORAL_MIN_IV_DAYS,
      3,
      5,
      true,
      "SEED (switch after 3-5 days of IV therapy); clinical basis §4.5"),
  /**
   * Planned induction of non-CNS disease, days. Default 21 (docs/decisions/0002); SEED and
   * KOTTON-2025 give 14-21 days (at least 14), which is the accepted range.
   */
  NON_CNS_INDUCTION_DAYS(
      "nonCnsInductionDays",
      "days",
      ClinicalThresholds.NON_CNS_INDUCTION_DAYS,
      14,
      21,
      true,
      "SEED 2-3 weeks, KOTTON-2025 at least 14 days; clinical basis §4.3 and §4.6"),
  /**
   * HIV: maintenance may stop with CD4 above this count, /uL. Default 100 (NIH-OI); SEED gives
   * 100-150 /uL, which is the accepted range.
   */
  HIV_STOP_CD4(
      "hivStopCd4PerUl",
      "/uL",
      ClinicalThresholds.HIV_STOP_CD4_PER_UL,
      100,
      150,
      false,
      "NIH-OI CD4 > 100 /uL, SEED 100-150 /uL; clinical basis §5 PHASE-HIV-STOP"),
  /**
   * HIV: months of sustained CD4 above the stop count after which maintenance stops. Default 6
   * (the conservative end, clinical basis §5 Decision); SEED and NIH-OI give 3-6 months,
   * and a local value may also be longer, up to 12 months (decision 1300).
   */
  HIV_STOP_MONTHS(
      "hivStopMonths",
      "months",
      ClinicalThresholds.HIV_STOP_MONTHS,
      3,
      12,
      false,
      "SEED > 3-6 months, NIH-OI 3-6 months, default the conservative end (clinical"
          + " specification 5 Decision); longer up to 12 months (decision 1300)");

  private final String key;
  private final String unit;
  private final double labelDefault;
  private final double min;
  private final double max;
  private final boolean whole;
  private final String basis;

  CutOff(
      String key,
      String unit,
      double labelDefault,
      double min,
      double max,
      boolean whole,
      String basis) {
    this.key = key;
    this.unit = unit;
    this.labelDefault = labelDefault;
    this.min = min;
    this.max = max;
    this.whole = whole;
    this.basis = basis;
  }

  /**
   * Returns the policy JSON key.
   *
   * @return e.g. {@code "cytopeniaAncPerUl"}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the unit.
   *
   * @return e.g. {@code "/uL"}
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the label or guideline value, used when the policy does not set one.
   *
   * @return the default
   */
  public double labelDefault() {
    return labelDefault;
  }

  /**
   * Returns the smallest accepted value (inclusive).
   *
   * @return the minimum
   */
  public double min() {
    return min;
  }

  /**
   * Returns the largest accepted value (inclusive).
   *
   * @return the maximum
   */
  public double max() {
    return max;
  }

  /**
   * Returns whether the value must be a whole number (days).
   *
   * @return true for whole numbers
   */
  public boolean whole() {
    return whole;
  }

  /**
   * Returns the basis of the default and the range.
   *
   * @return sources and decision
   */
  public String basis() {
    return basis;
  }

  /**
   * Checks a value against the accepted range.
   *
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException naming the key, the value and the accepted range
   */
  public double check(double value) {
    if (!Double.isFinite(value)
        || value < min
        || value > max
        || whole && value != Math.rint(value)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s: value %s is outside the accepted range [%s, %s] %s%s (%s)",
              key,
              text(value),
              text(min),
              text(max),
              unit,
              whole ? ", whole numbers" : "",
              basis));
    }
    return value;
  }

  /**
   * Returns a value as plain text, without a trailing {@code .0}: the one number formatter's
   * {@code plain} style ({@link NumberText#plain}), so policy reports, policy differences and
   * boundary runs write a cut-off as the message texts do (decision record 1406).
   *
   * @param value the value
   * @return e.g. {@code "500"} or {@code "8.5"}
   */
  public static String text(double value) {
    return NumberText.plain(value);
  }
}
