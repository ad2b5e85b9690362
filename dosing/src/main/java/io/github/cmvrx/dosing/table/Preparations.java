package io.github.cmvrx.dosing.table;

/**
 * The strengths of the products as the labels prepare them, used to turn a computed dose into an
 * amount that can be measured and given (clinical basis §3.0;
 * docs/decisions/0801). Each constant names the label section it comes from.
 */
public final class Preparations {
  private Preparations() {}

  /**
   * Ganciclovir for injection reconstituted as the label directs: 500 mg vial with 10 mL sterile
   * water, 50 mg/mL (GCV-PI §2, preparation of the reconstituted solution).
   */
  public static final double GANCICLOVIR_RECONSTITUTED_MG_PER_ML = 50;

  /** Foscarnet sodium injection, 24 mg/mL (FOS-PI, How supplied; Dosage and Administration). */
  public static final double FOSCARNET_MG_PER_ML = 24;

  /** Cidofovir injection, 375 mg in 5 mL, 75 mg/mL (CDV-PI, How supplied). */
  public static final double CIDOFOVIR_MG_PER_ML = 75;

  /** Valganciclovir tablet strength, 450 mg (VGC-PI §3, dosage forms and strengths). */
  public static final double VALGANCICLOVIR_TABLET_MG = 450;

  /** Valganciclovir oral solution after reconstitution, 50 mg/mL (VGC-PI §3). */
  public static final double VALGANCICLOVIR_SOLUTION_MG_PER_ML = 50;

  /** Maribavir tablet strength, 200 mg (MBV-PI §3, dosage forms and strengths). */
  public static final double MARIBAVIR_TABLET_MG = 200;

  /**
   * The smallest volume measured when drawing a dose, 0.1 mL: the graduation of the syringes used
   * for volumes of a few mL (decision 0801; a local step may be set with {@code roundingMg}).
   */
  public static final double MEASURABLE_VOLUME_ML = 0.1;

  /**
   * Below this many default steps the step is 1 mg, so that rounding never costs more than 5% of
   * a dose (1 / 20; decision 0801): small doses are measured with a finer syringe or after the
   * further dilution the labels prescribe for infusion.
   */
  public static final int MIN_STEPS_FOR_VOLUME_STEP = 20;
}
