package io.github.cmvrx.simulation.edge;

/**
 * Every band edge and threshold of the clinical basis that a decision turns on, with the step
 * used to land just either side of it. The boundary generator puts patients on each value and
 * on {@code value - step} and {@code value + step}.
 */
public enum Threshold {
  /** Ganciclovir / valganciclovir lowest band edge (GCV-PI, VGC-PI; clinical basis §3.1, §3.2). */
  CRCL_10(Kind.CRCL, 10, 0.01, "clinical basis §3.1/§3.2, GCV-PI, VGC-PI"),
  /** Ganciclovir / valganciclovir band edge (clinical basis §3.1, §3.2). */
  CRCL_25(Kind.CRCL, 25, 0.01, "clinical basis §3.1/§3.2, GCV-PI, VGC-PI"),
  /** Valganciclovir band edge (clinical basis §3.2). */
  CRCL_40(Kind.CRCL, 40, 0.01, "clinical basis §3.2, VGC-PI"),
  /** Ganciclovir band edge (clinical basis §3.1). */
  CRCL_50(Kind.CRCL, 50, 0.01, "clinical basis §3.1, GCV-PI"),
  /** Cidofovir contraindication, CrCl &lt;= 55 (clinical basis §3.4). */
  CRCL_55(Kind.CRCL, 55, 0.01, "clinical basis §3.4, CDV-PI"),
  /** Valganciclovir band edge (clinical basis §3.2). */
  CRCL_60(Kind.CRCL, 60, 0.01, "clinical basis §3.2, VGC-PI"),
  /** Ganciclovir full-dose edge (clinical basis §3.1). */
  CRCL_70(Kind.CRCL, 70, 0.01, "clinical basis §3.1, GCV-PI"),
  /** Foscarnet: induction not recommended at or below, maintenance from (clinical basis §3.3). */
  FOS_0_4(Kind.CRCL_PER_KG, 0.4, 0.001, "clinical basis §3.3, FOS-PI Table 13"),
  /** Foscarnet band edge (clinical basis §3.3). */
  FOS_0_5(Kind.CRCL_PER_KG, 0.5, 0.001, "clinical basis §3.3, FOS-PI Table 13"),
  /** Foscarnet band edge (clinical basis §3.3). */
  FOS_0_6(Kind.CRCL_PER_KG, 0.6, 0.001, "clinical basis §3.3, FOS-PI Table 13"),
  /** Foscarnet band edge (clinical basis §3.3). */
  FOS_0_8(Kind.CRCL_PER_KG, 0.8, 0.001, "clinical basis §3.3, FOS-PI Table 13"),
  /** Foscarnet band edge (clinical basis §3.3). */
  FOS_1_0(Kind.CRCL_PER_KG, 1.0, 0.001, "clinical basis §3.3, FOS-PI Table 13"),
  /** Foscarnet full-dose edge (clinical basis §3.3). */
  FOS_1_4(Kind.CRCL_PER_KG, 1.4, 0.001, "clinical basis §3.3, FOS-PI Table 13"),
  /** Cidofovir contraindication, serum creatinine &gt; 1.5 mg/dL (clinical basis §3.4). */
  SCR_1_5(Kind.SERUM_CREATININE_MG_DL, 1.5, 0.01, "clinical basis §3.4, CDV-PI"),
  /** Cidofovir contraindication, urine protein &gt;= 100 mg/dL (clinical basis §3.4). */
  URINE_PROTEIN_100(Kind.URINE_PROTEIN_MG_DL, 100, 1, "clinical basis §3.4, CDV-PI"),
  /** (Val)ganciclovir hold, ANC &lt; 500 /uL (clinical basis §3.1). */
  ANC_500(Kind.ANC_PER_UL, 500, 1, "clinical basis §3.1, GCV-PI 5.1"),
  /** (Val)ganciclovir hold, platelets &lt; 25,000 /uL (clinical basis §3.1). */
  PLATELETS_25000(Kind.PLATELETS_PER_UL, 25_000, 1, "clinical basis §3.1, GCV-PI 5.1"),
  /** (Val)ganciclovir hold, haemoglobin &lt; 8 g/dL (clinical basis §3.1). */
  HB_8(Kind.HEMOGLOBIN_G_DL, 8, 0.01, "clinical basis §3.1, GCV-PI 5.1"),
  /** HIV lifelong maintenance, CD4 &lt; 50 /uL (clinical basis §5). */
  CD4_50(Kind.CD4_PER_UL, 50, 1, "clinical basis §5, SEED"),
  /** HIV stop maintenance, CD4 &gt; 100 /uL (clinical basis §5). */
  CD4_100(Kind.CD4_PER_UL, 100, 1, "clinical basis §5, SEED, NIH-OI"),
  /** HIV stop maintenance, 3 months: may be considered (clinical basis §5). */
  MONTHS_3(Kind.MONTHS_CD4_ABOVE_100, 3, 0.01, "clinical basis §5, NIH-OI"),
  /** HIV stop maintenance, 6 months (clinical basis §5). */
  MONTHS_6(Kind.MONTHS_CD4_ABOVE_100, 6, 0.01, "clinical basis §5, NIH-OI"),
  /** Maribavir age &gt;= 12 (clinical basis §3.5). */
  AGE_12(Kind.AGE_YEARS, 12, 0.01, "clinical basis §3.5, MBV-PI"),
  /** Adult formulas and tablets from 18 (clinical basis §2, §4). */
  AGE_18(Kind.AGE_YEARS, 18, 0.01, "clinical basis §2 and §4 (Decisions on age)"),
  /** Maribavir weight &gt;= 35 kg (clinical basis §3.5). */
  WEIGHT_35(Kind.WEIGHT_KG, 35, 0.01, "clinical basis §3.5, MBV-PI");

  /** What quantity a threshold is on. */
  public enum Kind {
    /** Cockcroft-Gault creatinine clearance, mL/min. */
    CRCL,
    /** Foscarnet creatinine clearance per kg, mL/min/kg. */
    CRCL_PER_KG,
    /** Serum creatinine, mg/dL. */
    SERUM_CREATININE_MG_DL,
    /** Urine protein, mg/dL. */
    URINE_PROTEIN_MG_DL,
    /** Absolute neutrophil count, cells/uL. */
    ANC_PER_UL,
    /** Platelets, cells/uL. */
    PLATELETS_PER_UL,
    /** Haemoglobin, g/dL. */
    HEMOGLOBIN_G_DL,
    /** CD4, cells/uL. */
    CD4_PER_UL,
    /** Months with CD4 above 100 /uL. */
    MONTHS_CD4_ABOVE_100,
    /** Age, years. */
    AGE_YEARS,
    /** Weight, kg. */
    WEIGHT_KG
  }

  /** Where a boundary value lies relative to its threshold. */
  public enum Side {
    /** {@code value - step}. */
    BELOW,
    /** Exactly {@code value}. */
    ON,
    /** {@code value + step}. */
    ABOVE
  }

  private static final Threshold[] ALL = values();

  private final Kind kind;
  private final double value;
  private final double step;
  private final String source;

  Threshold(Kind kind, double value, double step, String source) {
    this.kind = kind;
    this.value = value;
    this.step = step;
    this.source = source;
  }

  /**
   * Returns the quantity the threshold is on.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the threshold value in the unit of its kind.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * Returns the step used to land either side of the threshold.
   *
   * @return the step, in the unit of the kind
   */
  public double step() {
    return step;
  }

  /**
   * Returns where the threshold comes from.
   *
   * @return the spec section and source key
   */
  public String source() {
    return source;
  }

  /**
   * Returns the value on the given side of the threshold.
   *
   * @param side below, on or above
   * @return {@code value - step}, {@code value} or {@code value + step}
   */
  public double at(Side side) {
    return switch (side) {
      case BELOW -> value - step;
      case ON -> value;
      case ABOVE -> value + step;
    };
  }

  /**
   * Returns the threshold with the given ordinal, without allocating.
   *
   * @param ordinal in {@code [0, count())}
   * @return the threshold
   */
  public static Threshold byOrdinal(int ordinal) {
    return ALL[ordinal];
  }

  /**
   * Returns how many thresholds there are.
   *
   * @return the count
   */
  public static int count() {
    return ALL.length;
  }
}
