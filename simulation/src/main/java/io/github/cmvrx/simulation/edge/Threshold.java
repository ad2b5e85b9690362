package io.github.cmvrx.simulation.edge;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.Basis;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.TableId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One band edge or threshold that a decision turns on, with the step used to land just either
 * side of it. The boundary generator puts patients on each value and on {@code value - step} and
 * {@code value + step}.
 *
 * <p>The set follows the policy: {@link #of(Policy)} derives the kidney-function edges from the
 * dose tables actually loaded (the label tables, or a policy's local tables in their place) and
 * the cytopenia, CD4, months and IV-days edges from the policy's cut-offs; the remaining edges are
 * label constants (cidofovir, maribavir, age). No table edge is copied by hand.
 *
 * @param kind the quantity the threshold is on
 * @param value the threshold, in the unit of its kind
 * @param step the step used to land either side, in the unit of its kind
 * @param source where the threshold comes from (table row or cut-off, and its source)
 */
public record Threshold(Kind kind, double value, double step, String source) {
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
    WEIGHT_KG,
    /** Days of IV ganciclovir before the oral switch (whole days). */
    DAYS_OF_IV_THERAPY
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

  // The engine's own values (core ClinicalThresholds), so a boundary run follows them.

  /** HIV lifelong maintenance below this CD4, /uL (SEED; clinical basis §5). */
  static final double HIV_LIFELONG_CD4_PER_UL = ClinicalThresholds.HIV_LIFELONG_CD4_PER_UL;

  /** HIV stopping may be considered from these months (SEED, NIH-OI; clinical basis §5). */
  static final double HIV_CONSIDER_STOP_MONTHS = ClinicalThresholds.HIV_CONSIDER_STOP_MONTHS;

  /** Step either side of a clearance edge, mL/min. */
  static final double CRCL_STEP = 0.01;

  /** Step either side of a clearance-per-kg edge, mL/min/kg. */
  static final double CRCL_PER_KG_STEP = 0.001;

  /** The tables whose edges are on Cockcroft-Gault CrCl in mL/min (clinical basis §3.1, §3.2). */
  private static final TableId[] CRCL_TABLES = {
    TableId.GANCICLOVIR_INDUCTION,
    TableId.GANCICLOVIR_MAINTENANCE,
    TableId.VALGANCICLOVIR_INDUCTION,
    TableId.VALGANCICLOVIR_MAINTENANCE
  };

  /** The tables whose edges are on CrCl per kg (clinical basis §3.3). */
  private static final TableId[] PER_KG_TABLES = {
    TableId.FOSCARNET_INDUCTION_60Q8H,
    TableId.FOSCARNET_INDUCTION_90Q12H,
    TableId.FOSCARNET_MAINTENANCE_90,
    TableId.FOSCARNET_MAINTENANCE_120
  };

  private static final List<Threshold> DEFAULTS = of(Policy.defaults());

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if the value or step is not finite, or the step is not
   *     positive
   */
  public Threshold {
    requireNonNull(kind, "kind");
    requireNonNull(source, "source");
    if (!Double.isFinite(value) || !Double.isFinite(step) || !(step > 0)) {
      throw new IllegalArgumentException(
          "threshold " + kind + " " + value + ": value and step must be finite, step > 0");
    }
  }

  /**
   * Returns the thresholds of the label tables and the default cut-offs.
   *
   * @return the thresholds, by kind then value
   */
  public static List<Threshold> defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the thresholds of a policy: the edges of the tables it loads and its cut-offs, with
   * the label constants; sorted by kind then value, each value once per kind.
   *
   * @param policy the policy
   * @return the thresholds
   */
  public static List<Threshold> of(Policy policy) {
    Map<Kind, TreeMap<Double, Threshold>> byKind = new java.util.EnumMap<>(Kind.class);
    DoseTables tables = policy.doseTables();
    for (TableId id : CRCL_TABLES) {
      bandEdges(tables.get(id), Kind.CRCL, CRCL_STEP, byKind);
    }
    for (TableId id : PER_KG_TABLES) {
      bandEdges(tables.get(id), Kind.CRCL_PER_KG, CRCL_PER_KG_STEP, byKind);
    }
    add(byKind, Kind.CRCL, FixedDoses.CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN, CRCL_STEP,
        "cidofovir contraindicated at CrCl <= 55 mL/min (CDV-PI)");
    add(byKind, Kind.SERUM_CREATININE_MG_DL, FixedDoses.CIDOFOVIR_MAX_CREATININE_MG_DL, 0.01,
        "cidofovir contraindicated above serum creatinine 1.5 mg/dL (CDV-PI)");
    add(byKind, Kind.URINE_PROTEIN_MG_DL, FixedDoses.CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL, 1,
        "cidofovir contraindicated at urine protein >= 100 mg/dL (CDV-PI)");
    CutOffs c = policy.cutOffs();
    add(byKind, Kind.ANC_PER_UL, c.get(CutOff.CYTOPENIA_ANC), 1, cutOff(CutOff.CYTOPENIA_ANC, c));
    add(byKind, Kind.PLATELETS_PER_UL, c.get(CutOff.CYTOPENIA_PLATELETS), 1,
        cutOff(CutOff.CYTOPENIA_PLATELETS, c));
    add(byKind, Kind.HEMOGLOBIN_G_DL, c.get(CutOff.CYTOPENIA_HAEMOGLOBIN), 0.01,
        cutOff(CutOff.CYTOPENIA_HAEMOGLOBIN, c));
    add(byKind, Kind.CD4_PER_UL, HIV_LIFELONG_CD4_PER_UL, 1,
        "HIV lifelong maintenance below CD4 50 /uL (SEED)");
    add(byKind, Kind.CD4_PER_UL, c.get(CutOff.HIV_STOP_CD4), 1, cutOff(CutOff.HIV_STOP_CD4, c));
    add(byKind, Kind.MONTHS_CD4_ABOVE_100, HIV_CONSIDER_STOP_MONTHS, 0.01,
        "HIV stopping may be considered from 3 months (SEED, NIH-OI)");
    add(byKind, Kind.MONTHS_CD4_ABOVE_100, c.get(CutOff.HIV_STOP_MONTHS), 0.01,
        cutOff(CutOff.HIV_STOP_MONTHS, c));
    add(byKind, Kind.AGE_YEARS, ClinicalThresholds.MARIBAVIR_MIN_AGE_YEARS, 0.01,
        "maribavir from age 12 (MBV-PI)");
    add(byKind, Kind.AGE_YEARS, ClinicalThresholds.ADULT_AGE_YEARS, 0.01,
        "adult formulas and tablets from 18 (clinical basis §2 and §4, Decisions on age)");
    add(byKind, Kind.WEIGHT_KG, ClinicalThresholds.MARIBAVIR_MIN_WEIGHT_KG, 0.01,
        "maribavir from 35 kg (MBV-PI)");
    add(byKind, Kind.DAYS_OF_IV_THERAPY, c.get(CutOff.IV_TO_ORAL_MIN_IV_DAYS), 1,
        cutOff(CutOff.IV_TO_ORAL_MIN_IV_DAYS, c));
    List<Threshold> all = new ArrayList<>();
    byKind.values().forEach(m -> all.addAll(m.values()));
    all.sort(Comparator.comparing(Threshold::kind)); // stable: values stay ascending
    return List.copyOf(all);
  }

  private static void bandEdges(
      DoseTable table, Kind kind, double step, Map<Kind, TreeMap<Double, Threshold>> byKind) {
    for (DoseRow row : table.bands()) {
      if (row.basis() == Basis.INTERMITTENT_HEMODIALYSIS) {
        continue;
      }
      double lower = row.band().orElseThrow().lower();
      if (lower > 0) {
        add(byKind, kind, lower, step,
            "table " + table.id().csvName() + " band " + row.band().orElseThrow() + row.at()
                + " (" + row.local().map(o -> o.source()).orElse(row.source().key()) + ")");
      }
    }
  }

  private static String cutOff(CutOff c, CutOffs values) {
    return "cut-off "
        + c.key()
        + " "
        + CutOff.text(values.get(c))
        + " "
        + c.unit()
        + (values.local().containsKey(c) ? " (local policy)" : " (" + c.basis() + ")");
  }

  private static void add(
      Map<Kind, TreeMap<Double, Threshold>> byKind, Kind kind, double value, double step,
      String source) {
    byKind.computeIfAbsent(kind, k -> new TreeMap<>())
        .putIfAbsent(value, new Threshold(kind, value, step, source));
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
   * Returns a short name, e.g. {@code CRCL 70}.
   *
   * @return the kind and value
   */
  public String name() {
    return kind + " " + String.format(Locale.ROOT, "%s", CutOff.text(value));
  }
}
