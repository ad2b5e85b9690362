package io.github.cmvrx.dosing.calc;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.Dosing;
import io.github.cmvrx.dosing.internal.DecimalText;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.assess.Assessor;
import io.github.cmvrx.dosing.internal.Comparisons;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import io.github.cmvrx.dosing.table.AmountUnit;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.FixedDoses;
import io.github.cmvrx.dosing.table.Preparations;
import io.github.cmvrx.dosing.table.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The doses of one case under one policy (clinical basis §3). The assessment is computed
 * once; {@link #dose} is pure and returns exactly one {@link DoseDecision} for every drug and
 * phase. Immutable and thread-safe.
 *
 * <p>Children: ganciclovir bands take the bedside Schwartz eGFR (mL/min/1.73 m2) as the kidney
 * function and every renal adjustment carries a specialist-review warning (clinical basis §2.11;
 * docs/decisions/0202). Valganciclovir tablets under 18 are excluded; cidofovir under 18 is
 * excluded (clinical basis §4). Durations are left to the decision layer.
 */
public final class CaseDosing implements Dosing {
  private final PatientCase patientCase;
  private final Policy policy;
  private final Assessment assessment;
  private final DoseTables tables;

  private CaseDosing(
      PatientCase patientCase, Policy policy, Assessment assessment, DoseTables tables) {
    this.patientCase = patientCase;
    this.policy = policy;
    this.assessment = assessment;
    this.tables = tables;
  }

  /**
   * Returns the dosing of a case under a policy, with the policy's tables in force (the shipped
   * label tables, with the policy's local tables in their place).
   *
   * @param patientCase a valid case
   * @param policy the policy
   * @return the dosing
   */
  public static CaseDosing of(PatientCase patientCase, Policy policy) {
    return of(patientCase, policy, policy.doseTables());
  }

  /**
   * Returns the dosing of a case under a policy with the given tables (e.g. local tables).
   *
   * @param patientCase a valid case
   * @param policy the policy
   * @param tables the dose tables
   * @return the dosing
   */
  public static CaseDosing of(PatientCase patientCase, Policy policy, DoseTables tables) {
    requireNonNull(patientCase, "patientCase");
    requireNonNull(policy, "policy");
    requireNonNull(tables, "tables");
    return new CaseDosing(patientCase, policy, Assessor.assess(patientCase, policy), tables);
  }

  @Override
  public Assessment assessment() {
    return assessment;
  }

  @Override
  public Optional<RegimenComponent> haemodialysisOralSolution(DosePhase phase) {
    if (patientCase.patient().renalReplacement() != RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
      return Optional.empty();
    }
    double mg =
        phase == DosePhase.INDUCTION
            ? FixedDoses.VGC_SOLUTION_HD_TREATMENT_MG
            : FixedDoses.VGC_SOLUTION_HD_MAINTENANCE_MG;
    return Optional.of(
        RegimenComponent.builder()
            .drug(Drug.VALGANCICLOVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(mg))
            .timesPerWeek(FixedDoses.VGC_SOLUTION_HD_TIMES_PER_WEEK)
            .afterDialysis(true)
            .addInstructions(
                "oral solution (not tablets), "
                    + fmt(mg / Preparations.VALGANCICLOVIR_SOLUTION_MG_PER_ML)
                    + " mL of the 50 mg/mL solution, after each dialysis session (KOTTON-2025)")
            .ruleId(RuleId.DOSE_VGC_HEMODIALYSIS)
            .build());
  }

  @Override
  public DoseDecision dose(Drug drug, DosePhase phase) {
    requireNonNull(drug, "drug");
    requireNonNull(phase, "phase");
    return switch (drug) {
      case GANCICLOVIR -> ganciclovir(phase);
      case VALGANCICLOVIR -> valganciclovir(phase);
      case FOSCARNET -> foscarnet(phase);
      case CIDOFOVIR -> cidofovir(phase);
      case MARIBAVIR -> maribavir();
      case LETERMOVIR ->
          DoseDecision.Excluded.of(
              Drug.LETERMOVIR,
              "for prophylaxis only, never a treatment regimen",
              RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY);
    };
  }

  // ---------------------------------------------------------------- ganciclovir (clinical basis §3.1)

  private DoseDecision ganciclovir(DosePhase phase) {
    DoseTable table = tables.get(TableId.ganciclovir(phase));
    Notes notes = new Notes();
    notes.weight(true);
    RenalReplacement rrt = assessment.renalReplacement();
    DoseRow row;
    RuleId rule;
    switch (rrt) {
      case INTERMITTENT_HEMODIALYSIS -> {
        row = table.haemodialysis().orElseThrow();
        rule = RuleId.DOSE_GCV_HEMODIALYSIS;
        notes.why(rule, "intermittent haemodialysis: " + describe(row) + ", after dialysis");
        notes.paediatricAdjustment();
      }
      case CONTINUOUS_RENAL_REPLACEMENT -> {
        row = table.continuousRenalReplacement().orElseThrow();
        rule = RuleId.DOSE_GCV_CRRT;
        notes.alert(
            AlertSeverity.CRITICAL,
            "ganciclovir_crrt_off_label",
            "ganciclovir on continuous renal replacement: no label dose; the published option "
                + describe(row)
                + " is off-label: specialist confirmation and drug-level monitoring required",
            rule);
        notes.why(rule, "continuous renal replacement: off-label " + describe(row));
        notes.paediatricAdjustment();
      }
      case PERITONEAL_DIALYSIS -> {
        return notes.notComputable(
            Drug.GANCICLOVIR, "peritoneal dialysis: no label dose", RuleId.DOSE_NO_LABEL_DOSE);
      }
      case NONE -> {
        Optional<Double> kidney = kidneyFunctionMlPerMin();
        if (kidney.isEmpty()) {
          return notes.notComputable(
              Drug.GANCICLOVIR,
              "no kidney function estimate under 1 year of age",
              RuleId.DOSE_PAEDIATRIC_RENAL);
        }
        String measure = measureText(kidney.get());
        Optional<DoseRow> found = table.forKidneyFunction(kidney.get());
        if (found.isEmpty()) {
          return notes.notComputable(
              Drug.GANCICLOVIR, measure + belowLowest(table), RuleId.DOSE_NO_LABEL_DOSE);
        }
        row = found.get();
        rule = RuleId.DOSE_GCV_RENAL;
        notes.why(rule, measure + " in band " + row.band().orElseThrow() + ": " + describe(row));
        if (row != table.fullDose()) {
          notes.paediatricAdjustment();
        }
      }
      default -> throw new AssertionError(rrt);
    }
    PracticalDose.Rounded gcvDose = round(Drug.GANCICLOVIR, row.amount());
    if (gcvDose.givenMg() < 1) {
      return notes.belowOneMg(Drug.GANCICLOVIR, gcvDose);
    }
    RegimenComponent.Builder b =
        weightBased(Drug.GANCICLOVIR, row.amount(), gcvDose, notes)
            .infusionMinutes(FixedDoses.GANCICLOVIR_INFUSION_MINUTES)
            .offLabel(row.offLabel())
            .ruleId(rule);
    schedule(b, row);
    local(Drug.GANCICLOVIR, table, row, b, notes);
    return notes.dosed(b.build());
  }

  // ------------------------------------------------------------- valganciclovir (clinical basis §3.2)

  private DoseDecision valganciclovir(DosePhase phase) {
    if (assessment.paediatric()) {
      return DoseDecision.Excluded.of(
          Drug.VALGANCICLOVIR,
          "under 18: adult valganciclovir tablet doses do not apply; oral paediatric dosing"
              + " (VGC-PI §2.3) needs a specialist",
          RuleId.REG_PAEDIATRIC_NO_TABLETS);
    }
    RenalReplacement rrt = assessment.renalReplacement();
    if (rrt.isAny()) {
      return DoseDecision.Excluded.of(
          Drug.VALGANCICLOVIR,
          "on "
              + rrtText(rrt)
              + ": valganciclovir tablets are not recommended; use IV ganciclovir at the reduced"
              + " dose",
          RuleId.DOSE_VGC_HEMODIALYSIS);
    }
    double crcl = assessment.creatinineClearance().orElseThrow().mlPerMin();
    DoseTable table = tables.get(TableId.valganciclovir(phase));
    Optional<DoseRow> found = table.forKidneyFunction(crcl);
    if (found.isEmpty()) {
      return DoseDecision.Excluded.of(
          Drug.VALGANCICLOVIR,
          measureText(crcl)
              + (table.isLocal() ? belowLowest(table) : " is below 10")
              + ": valganciclovir tablets are not recommended",
          RuleId.DOSE_VGC_HEMODIALYSIS);
    }
    DoseRow row = found.get();
    Notes notes = new Notes();
    notes.weight(false);
    double mg = PracticalDose.tablets(row.amount(), Preparations.VALGANCICLOVIR_TABLET_MG);
    if (mg <= 0) {
      return notes.notComputable(
          Drug.VALGANCICLOVIR,
          "the table dose of " + fmt(row.amount()) + " mg is less than one 450 mg tablet",
          RuleId.DOSE_NO_LABEL_DOSE);
    }
    String tablets = tabletText(mg, Preparations.VALGANCICLOVIR_TABLET_MG);
    notes.why(
        RuleId.DOSE_VGC_RENAL,
        measureText(crcl)
            + " in band "
            + row.band().orElseThrow()
            + ": "
            + describe(row)
            + " = "
            + tablets
            + (mg < row.amount() ? " (rounded down to whole tablets, never above)" : ""));
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(Drug.VALGANCICLOVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(mg))
            .addInstructions(tablets + " per dose", "take with food (VGC-PI)")
            .ruleId(RuleId.DOSE_VGC_RENAL);
    schedule(b, row);
    local(Drug.VALGANCICLOVIR, table, row, b, notes);
    return notes.dosed(b.build());
  }

  // ------------------------------------------------------------------ foscarnet (clinical basis §3.3)

  private DoseDecision foscarnet(DosePhase phase) {
    RenalReplacement rrt = assessment.renalReplacement();
    if (rrt.isAny()) {
      return DoseDecision.Excluded.of(
          Drug.FOSCARNET,
          "on "
              + rrtText(rrt)
              + ": foscarnet is not recommended by the label (CrCl per kg below 0.4); off-label"
              + " post-dialysis dosing needs specialist review",
          RuleId.DOSE_FOS_DIALYSIS);
    }
    DoseTable table =
        tables.get(
            phase == DosePhase.INDUCTION
                ? TableId.foscarnet(policy.foscarnetInduction())
                : TableId.foscarnet(policy.foscarnetMaintenance()));
    Notes notes = new Notes();
    notes.weight(true);
    DoseRow row;
    if (assessment.paediatric()) {
      Optional<Double> egfr = assessment.egfr().map(e -> e.mlPerMinPer173());
      if (egfr.isEmpty() || egfr.get() < FixedDoses.FOSCARNET_CHILD_MIN_EGFR) {
        return notes.notComputable(
            Drug.FOSCARNET,
            egfr.map(e -> "child with eGFR " + DecimalText.fixed(e, 1) + " mL/min/1.73 m2")
                    .orElse("child under 1 year without an eGFR")
                + ": the full dose needs eGFR >= 90",
            RuleId.DOSE_FOS_PAEDIATRIC);
      }
      row = table.fullDose();
      notes.why(
          RuleId.DOSE_FOS_PAEDIATRIC,
          "child with eGFR "
              + DecimalText.fixed(egfr.get(), 1)
              + " mL/min/1.73 m2 (>= 90): full dose "
              + describe(row));
    } else {
      double perKg = assessment.creatinineClearancePerKg().orElseThrow().mlPerMinPerKg();
      Optional<DoseRow> found = table.forKidneyFunction(perKg);
      if (found.isEmpty()) {
        return DoseDecision.Excluded.of(
            Drug.FOSCARNET,
            "CrCl "
                + DecimalText.fixed(perKg, 3)
                + " mL/min/kg is "
                + (phase == DosePhase.INDUCTION ? "at or below" : "below")
                + " 0.4: foscarnet not recommended ("
                + (phase == DosePhase.INDUCTION ? "induction" : "maintenance")
                + ")",
            RuleId.DOSE_FOS_RENAL);
      }
      row = found.get();
      notes.why(
          RuleId.DOSE_FOS_RENAL,
          "CrCl "
              + DecimalText.fixed(perKg, 3)
              + " mL/min/kg in band "
              + row.band().orElseThrow()
              + ": "
              + describe(row));
    }
    double mgPerKg = row.amount();
    int infusion =
        (int)
            Math.max(
                FixedDoses.FOSCARNET_DEFAULT_INFUSION_MINUTES,
                Math.ceil(mgPerKg / FixedDoses.FOSCARNET_MAX_RATE_MG_PER_KG_PER_MIN));
    notes.why(
        RuleId.DOSE_FOS_INFUSION,
        "infuse over " + infusion + " minutes, never faster than 1 mg/kg/min");
    Hydration hydration =
        mgPerKg > FixedDoses.FOSCARNET_HIGH_HYDRATION_ABOVE_MG_PER_KG
            ? new Hydration(
                FixedDoses.FOSCARNET_SALINE_HIGH_MIN_ML,
                FixedDoses.FOSCARNET_SALINE_HIGH_MAX_ML,
                "with each infusion")
            : new Hydration(
                FixedDoses.FOSCARNET_SALINE_LOW_ML,
                FixedDoses.FOSCARNET_SALINE_LOW_ML,
                "with each infusion");
    notes.why(
        RuleId.DOSE_FOS_HYDRATION,
        "750-1000 mL saline before the first infusion; "
            + hydration.minMl()
            + (hydration.maxMl() != hydration.minMl() ? "-" + hydration.maxMl() : "")
            + " mL with each infusion of "
            + fmt(mgPerKg)
            + " mg/kg");
    PracticalDose.Rounded fosDose = round(Drug.FOSCARNET, mgPerKg);
    if (fosDose.givenMg() < 1) {
      return notes.belowOneMg(Drug.FOSCARNET, fosDose);
    }
    RegimenComponent.Builder b =
        weightBased(Drug.FOSCARNET, mgPerKg, fosDose, notes)
            .infusionMinutes(infusion)
            .hydration(hydration)
            .addInstructions(
                "750-1000 mL normal saline before the first infusion (FOS-PI)",
                "infuse no faster than 1 mg/kg/min (FOS-PI)")
            .ruleId(assessment.paediatric() ? RuleId.DOSE_FOS_PAEDIATRIC : RuleId.DOSE_FOS_RENAL);
    schedule(b, row);
    local(Drug.FOSCARNET, table, row, b, notes);
    return notes.dosed(b.build());
  }

  // ------------------------------------------------------------------ cidofovir (clinical basis §3.4)

  private DoseDecision cidofovir(DosePhase phase) {
    if (assessment.paediatric()) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR, "under 18: safety not established", RuleId.DOSE_CDV_PAEDIATRIC);
    }
    Optional<Double> scr = patientCase.patient().serumCreatinine().map(SerumCreatinine::mgPerDl);
    Optional<Double> baseline =
        patientCase.labs().baselineSerumCreatinine().map(SerumCreatinine::mgPerDl);
    OptionalDouble rise =
        scr.isPresent() && baseline.isPresent()
            ? OptionalDouble.of(Comparisons.snap(scr.get() - baseline.get()))
            : OptionalDouble.empty();
    if (rise.isPresent() && rise.getAsDouble() >= FixedDoses.CIDOFOVIR_STOP_RISE_MG_DL) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          "serum creatinine "
              + DecimalText.fixed(rise.getAsDouble(), 2)
              + " mg/dL above baseline (>= 0.5): discontinue cidofovir",
          RuleId.DOSE_CDV_ON_THERAPY);
    }
    Optional<Double> protein = patientCase.labs().urineProtein().map(u -> u.mgPerDecilitre());
    if (protein.isPresent() && protein.get() >= FixedDoses.CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          "proteinuria 3+ (" + fmt(protein.get()) + " mg/dL): discontinue cidofovir",
          RuleId.DOSE_CDV_ON_THERAPY);
    }
    List<String> reasons = new ArrayList<>();
    if (scr.isEmpty()) {
      reasons.add("serum creatinine required");
    } else if (Comparisons.snap(scr.get()) > FixedDoses.CIDOFOVIR_MAX_CREATININE_MG_DL) {
      reasons.add("serum creatinine " + DecimalText.fixed(scr.get(), 2) + " mg/dL > 1.5");
    }
    Optional<Double> crcl = assessment.creatinineClearance().map(c -> c.mlPerMin());
    if (crcl.isEmpty()) {
      reasons.add("no Cockcroft-Gault CrCl (on " + rrtText(assessment.renalReplacement()) + ")");
    } else if (Comparisons.snap(crcl.get()) <= FixedDoses.CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN) {
      reasons.add("CrCl " + DecimalText.fixed(crcl.get(), 1) + " mL/min <= 55");
    }
    if (protein.isEmpty()) {
      reasons.add("urine protein required");
    } else if (protein.get() >= FixedDoses.CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL) {
      reasons.add("urine protein " + fmt(protein.get()) + " mg/dL >= 100 (2+)");
    }
    Optional<Boolean> nephrotoxic = patientCase.treatment().nephrotoxicComedication();
    if (nephrotoxic.isEmpty()) {
      reasons.add("nephrotoxic co-medication (now or within 7 days) must be stated");
    } else if (nephrotoxic.get()) {
      reasons.add("nephrotoxic drug now or within 7 days");
    }
    if (!reasons.isEmpty()) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          "contraindicated: " + String.join("; ", reasons),
          RuleId.DOSE_CDV_ELIGIBILITY);
    }
    Notes notes = new Notes();
    notes.weight(true);
    notes.why(
        RuleId.DOSE_CDV_ELIGIBILITY,
        "eligible: serum creatinine "
            + DecimalText.fixed(scr.orElseThrow(), 2)
            + " mg/dL, CrCl "
            + DecimalText.fixed(crcl.orElseThrow(), 1)
            + " mL/min, urine protein "
            + fmt(protein.orElseThrow())
            + " mg/dL, no nephrotoxic drug");
    double mgPerKg = FixedDoses.CIDOFOVIR_MG_PER_KG;
    RuleId rule = RuleId.DOSE_CDV_ELIGIBILITY;
    if (rise.isPresent() && rise.getAsDouble() >= FixedDoses.CIDOFOVIR_REDUCE_RISE_MG_DL) {
      mgPerKg = FixedDoses.CIDOFOVIR_REDUCED_MG_PER_KG;
      rule = RuleId.DOSE_CDV_ON_THERAPY;
      notes.why(
          rule,
          "serum creatinine "
              + DecimalText.fixed(rise.getAsDouble(), 2)
              + " mg/dL above baseline (0.3 to < 0.5): reduce to 3 mg/kg");
    }
    PracticalDose.Rounded cdvDose = round(Drug.CIDOFOVIR, mgPerKg);
    if (cdvDose.givenMg() < 1) {
      return notes.belowOneMg(Drug.CIDOFOVIR, cdvDose);
    }
    // Label indication: CMV retinitis in patients with AIDS; any other site or host is off-label
    // (clinical basis §3.4).
    boolean onLabel =
        patientCase.host().category() == HostCategory.HIV
            && patientCase.disease().sites().equals(Set.of(DiseaseSite.RETINITIS));
    if (!onLabel) {
      notes.why(
          RuleId.DOSE_CDV_ELIGIBILITY,
          "off-label use: the label indication is CMV retinitis in patients with AIDS");
    }
    RegimenComponent.Builder b =
        weightBased(Drug.CIDOFOVIR, mgPerKg, cdvDose, notes)
            .offLabel(!onLabel)
            .infusionMinutes(FixedDoses.CIDOFOVIR_INFUSION_MINUTES)
            .hydration(
                new Hydration(
                    FixedDoses.CIDOFOVIR_SALINE_ML,
                    FixedDoses.CIDOFOVIR_SALINE_ML,
                    "over 1-2 h before each dose"))
            .addInstructions(
                "probenecid 2 g orally 3 h before the infusion, then 1 g at 2 h and 1 g at 8 h"
                    + " after the end of the infusion (CDV-PI)",
                "1 L normal saline over 1-2 h before each dose (CDV-PI)")
            .ruleId(rule);
    if (phase == DosePhase.INDUCTION) {
      b.timesPerWeek(FixedDoses.CIDOFOVIR_INDUCTION_TIMES_PER_WEEK);
    } else {
      b.intervalHours(FixedDoses.CIDOFOVIR_MAINTENANCE_INTERVAL_HOURS);
    }
    return notes.dosed(b.build());
  }

  // ------------------------------------------------------------------ maribavir (clinical basis §3.5)

  private DoseDecision maribavir() {
    double age = patientCase.patient().age().years();
    double kg = patientCase.patient().weight().kilograms();
    if (age < FixedDoses.MARIBAVIR_MIN_AGE_YEARS || kg < FixedDoses.MARIBAVIR_MIN_WEIGHT_KG) {
      return DoseDecision.Excluded.of(
          Drug.MARIBAVIR,
          "needs age >= 12 years and weight >= 35 kg (age "
              + DecimalText.fixed(age, 1)
              + " years, weight "
              + DecimalText.fixed(kg, 1)
              + " kg)",
          RuleId.DOSE_MBV);
    }
    var inducers = patientCase.treatment().inducers();
    double tableMg;
    String inducer;
    if (inducers.contains(Inducer.PHENYTOIN) || inducers.contains(Inducer.PHENOBARBITAL)) {
      tableMg = FixedDoses.MARIBAVIR_WITH_PHENYTOIN_OR_PHENOBARBITAL_MG;
      inducer = inducers.contains(Inducer.PHENYTOIN) ? "phenytoin" : "phenobarbital";
    } else if (inducers.contains(Inducer.CARBAMAZEPINE)) {
      tableMg = FixedDoses.MARIBAVIR_WITH_CARBAMAZEPINE_MG;
      inducer = "carbamazepine";
    } else {
      tableMg = FixedDoses.MARIBAVIR_MG;
      inducer = "";
    }
    double mg = PracticalDose.tablets(tableMg, Preparations.MARIBAVIR_TABLET_MG);
    Notes notes = new Notes();
    String tablets = tabletText(mg, Preparations.MARIBAVIR_TABLET_MG);
    notes.why(
        RuleId.DOSE_MBV,
        (inducer.isEmpty() ? "" : "with " + inducer + ": ")
            + fmt(mg)
            + " mg twice daily ("
            + tablets
            + ")");
    notes.alert(
        AlertSeverity.WARNING,
        "maribavir_immunosuppressant_levels",
        "Maribavir can raise tacrolimus, ciclosporin, sirolimus and everolimus levels: monitor"
            + " their levels, above all when it is started or stopped (MBV-PI §7).",
        RuleId.DOSE_MBV);
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(Drug.MARIBAVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(mg))
            .intervalHours(FixedDoses.MARIBAVIR_INTERVAL_HOURS)
            .addInstructions(
                tablets + " per dose",
                "do not give with ganciclovir or valganciclovir: maribavir antagonises their"
                    + " antiviral effect (MBV-PI)")
            .ruleId(RuleId.DOSE_MBV);
    if (!inducer.isEmpty()) {
      b.addInstructions(
          "dose raised from 400 mg because of "
              + inducer
              + ", a strong inducer; review it if "
              + inducer
              + " is stopped (MBV-PI §2.2, §7.3)");
    }
    return notes.dosed(b.build());
  }

  /** "2 x 450 mg tablets": the tablets one dose takes. */
  private static String tabletText(double mg, double tabletMg) {
    long n = Math.round(mg / tabletMg);
    return n + " x " + fmt(tabletMg) + " mg tablet" + (n == 1 ? "" : "s");
  }

  // ------------------------------------------------------------------------------ helpers

  /** The kidney function for mL/min bands: CG CrCl for adults, bedside eGFR for children. */
  private Optional<Double> kidneyFunctionMlPerMin() {
    if (assessment.paediatric()) {
      return assessment.egfr().map(e -> e.mlPerMinPer173());
    }
    return assessment.creatinineClearance().map(c -> c.mlPerMin());
  }

  private String measureText(double value) {
    return assessment.paediatric()
        ? "bedside Schwartz eGFR " + DecimalText.fixed(value, 1) + " mL/min/1.73 m2"
        : "CrCl " + DecimalText.fixed(value, 1) + " mL/min";
  }

  /** The computed dose of a weight-based drug and the practical amount (decision 0801). */
  private PracticalDose.Rounded round(Drug drug, double mgPerKg) {
    return PracticalDose.iv(drug, mgPerKg * assessment.dosingWeight().kilograms(), policy);
  }

  private RegimenComponent.Builder weightBased(
      Drug drug, double mgPerKg, PracticalDose.Rounded dose, Notes notes) {
    double kg = assessment.dosingWeight().kilograms();
    Source label = labelOf(drug);
    notes.why(
        RuleId.DOSE_WEIGHT_BASIS,
        drug.name().toLowerCase(Locale.ROOT)
            + ": "
            + fmt(mgPerKg)
            + " mg/kg x "
            + upTo2(kg)
            + " kg ("
            + WEIGHT_BASIS_NAMES[policy.dosingWeight().ordinal()]
            + " weight) = "
            + upTo2(dose.computedMg())
            + " mg computed; given "
            + fmt(dose.givenMg())
            + " mg, "
            + dose.basis()
            + " ("
            + label.key()
            + ")",
        label);
    return RegimenComponent.builder()
        .drug(drug)
        .route(Route.IV)
        .dose(Milligrams.of(dose.givenMg()))
        .doseMgPerKg(mgPerKg);
  }

  /** Each weight-based drug's own label (issue 11 item 5). */
  private static Source labelOf(Drug drug) {
    return switch (drug) {
      case FOSCARNET -> Source.FOS_PI;
      case CIDOFOVIR -> Source.CDV_PI;
      default -> Source.GCV_PI;
    };
  }

  /** A number with at most 2 decimals and no trailing zeros: 62, 72.97, 364.85, 155.5. */
  private static String upTo2(double value) {
    String text = DecimalText.fixed(value, 2);
    if (text.endsWith(".00")) {
      return text.substring(0, text.length() - 3);
    }
    return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * For a row of a local table: the dose carries the institution's source as written (an
   * instruction) and a DOSE-LOCAL-TABLE rationale entry says a local table was used, where, and
   * which label table it replaces (docs/decisions/1301).
   */
  private static void local(
      Drug drug, DoseTable table, DoseRow row, RegimenComponent.Builder b, Notes notes) {
    if (row.local().isEmpty()) {
      return;
    }
    var origin = row.local().get();
    String where = table.id().csvName() + ", " + origin.where();
    b.addInstructions("dose from local table " + where + "; source: " + origin.source());
    notes.rationale.add(
        new RationaleEntry(
            RuleId.DOSE_LOCAL_TABLE,
            drug.name().toLowerCase(Locale.ROOT)
                + ": local table "
                + where
                + " used in place of the label table ("
                + row.source().key()
                + "): "
                + row.band().map(band -> "band " + band + ": ").orElse(row.basis().name()
                    .toLowerCase(Locale.ROOT) + ": ")
                + describe(row)
                + "; source as written: "
                + origin.source(),
            row.source()));
  }

  /** Why there is no band: below the label's 10 mL/min, or below a local table's lowest band. */
  private static String belowLowest(DoseTable table) {
    if (!table.isLocal()) {
      return " is below 10: no label dose";
    }
    DoseRow lowest = table.bands().get(table.bands().size() - 1);
    return " is below the lowest band "
        + lowest.band().orElseThrow()
        + " of local table "
        + table.id().csvName()
        + lowest.at()
        + ": no dose";
  }

  private static void schedule(RegimenComponent.Builder b, DoseRow row) {
    row.schedule().intervalHours().ifPresent(b::intervalHours);
    row.schedule().timesPerWeek().ifPresent(b::timesPerWeek);
    b.afterDialysis(row.schedule().afterDialysis());
  }

  private static String describe(DoseRow row) {
    String amount = fmt(row.amount()) + (row.unit() == AmountUnit.MG_PER_KG ? " mg/kg" : " mg");
    if (row.schedule().timesPerWeek().isPresent()) {
      return amount + " " + row.schedule().timesPerWeek().getAsInt() + " times a week";
    }
    return amount + " every " + row.schedule().intervalHours().getAsInt() + " h";
  }

  /** Each weight basis in lower case, by ordinal, for the weight rationale (computed once). */
  private static final String[] WEIGHT_BASIS_NAMES =
      Arrays.stream(WeightBasis.values())
          .map(w -> w.name().toLowerCase(Locale.ROOT))
          .toArray(String[]::new);

  private static String rrtText(RenalReplacement rrt) {
    return switch (rrt) {
      case NONE -> "no renal replacement";
      case INTERMITTENT_HEMODIALYSIS -> "intermittent haemodialysis";
      case CONTINUOUS_RENAL_REPLACEMENT -> "continuous renal replacement";
      case PERITONEAL_DIALYSIS -> "peritoneal dialysis";
    };
  }

  private static String fmt(double value) {
    return DecimalText.plain(value);
  }

  /** Collects the alerts and rationale of one dose decision. */
  private final class Notes {
    private final List<Alert> alerts = new ArrayList<>();
    private final List<RationaleEntry> rationale = new ArrayList<>();

    void why(RuleId rule, String text) {
      rationale.add(RationaleEntry.of(rule, text));
    }

    void why(RuleId rule, String text, Source source) {
      rationale.add(new RationaleEntry(rule, text, source));
    }

    /** A computed dose below 1 mg cannot be measured from the labelled preparation. */
    DoseDecision.NotComputable belowOneMg(Drug drug, PracticalDose.Rounded dose) {
      return notComputable(
          drug,
          "computed dose "
              + upTo2(dose.computedMg())
              + " mg is below 1 mg and cannot be measured from the labelled preparation",
          RuleId.DOSE_WEIGHT_BASIS);
    }

    void alert(AlertSeverity severity, String code, String message, RuleId rule) {
      alerts.add(new Alert(severity, code, message, rule));
    }

    /** Weight-basis alerts: obesity (ADV-OBESITY-WEIGHT) and IBW undefined (DOSE-IBW-UNDEFINED). */
    void weight(boolean weightBased) {
      assessment
          .adjustedBodyWeight()
          .ifPresent(
              adj ->
                  alert(
                      AlertSeverity.WARNING,
                      "obesity_weight_basis",
                      "actual weight "
                          + DecimalText.fixed(patientCase.patient().weight().kilograms(), 1)
                          + " kg is above 1.3 x ideal body weight "
                          + DecimalText.fixed(
                              assessment.idealBodyWeight().orElseThrow().kilograms(), 1)
                          + " kg: the weight basis of "
                          + (weightBased ? "mg/kg dosing and Cockcroft-Gault" : "Cockcroft-Gault")
                          + " is uncertain in obesity",
                      RuleId.ADV_OBESITY_WEIGHT));
      if (assessment.idealBodyWeight().isEmpty()) {
        // Ideal body weight is needed for the obesity check of an adult's weight basis and for a
        // policy that doses or estimates CrCl on ideal or adjusted weight; never otherwise
        // (issue 11 item 12: children under 152 cm on the default policy).
        boolean adult = !assessment.paediatric();
        List<String> needs = new ArrayList<>(3);
        if (adult) {
          needs.add("the obesity check");
        }
        if (weightBased && policy.dosingWeight() != WeightBasis.ACTUAL) {
          needs.add("the " + WEIGHT_BASIS_NAMES[policy.dosingWeight().ordinal()] + " dosing weight");
        }
        if (adult && policy.crclWeight() != WeightBasis.ACTUAL) {
          needs.add(
              "the " + WEIGHT_BASIS_NAMES[policy.crclWeight().ordinal()] + " Cockcroft-Gault weight");
        }
        if (!needs.isEmpty()) {
          alert(
              AlertSeverity.WARNING,
              "ibw_undefined",
              "height "
                  + DecimalText.fixed(patientCase.patient().height().centimetres(), 1)
                  + " cm is below 60 inches: ideal body weight is not defined, so "
                  + String.join(" and ", needs)
                  + " cannot use it; actual weight used",
              RuleId.DOSE_IBW_UNDEFINED);
        }
      }
    }

    /** The paediatric specialist-review warning for a renal adjustment in a child. */
    void paediatricAdjustment() {
      if (assessment.paediatric()) {
        alert(
            AlertSeverity.WARNING,
            "paediatric_renal_review",
            "paediatric renal dosing: specialist review",
            RuleId.DOSE_PAEDIATRIC_RENAL);
        why(RuleId.DOSE_PAEDIATRIC_RENAL, "renal adjustment in a child: specialist review");
      }
    }

    DoseDecision.Dosed dosed(RegimenComponent component) {
      return new DoseDecision.Dosed(component, alerts, rationale);
    }

    /**
     * A dose that cannot be computed, with a critical alert whose code names the rule: {@code
     * no_label_dose} (DOSE-NO-LABEL-DOSE), {@code foscarnet_paediatric_dosing}
     * (DOSE-FOS-PAEDIATRIC), {@code paediatric_renal_dosing} (DOSE-PAEDIATRIC-RENAL), {@code
     * dose_below_one_mg} (DOSE-WEIGHT-BASIS).
     */
    DoseDecision.NotComputable notComputable(Drug drug, String reason, RuleId rule) {
      String code;
      String who;
      switch (rule) {
        case DOSE_FOS_PAEDIATRIC -> {
          code = "foscarnet_paediatric_dosing";
          who = "paediatric specialist dosing";
        }
        case DOSE_PAEDIATRIC_RENAL -> {
          code = "paediatric_renal_dosing";
          who = "paediatric specialist dosing";
        }
        case DOSE_WEIGHT_BASIS -> {
          code = "dose_below_one_mg";
          who = "specialist pharmacy preparation";
        }
        default -> {
          code = "no_label_dose";
          who = "nephrology/ID pharmacy";
        }
      }
      alert(
          AlertSeverity.CRITICAL,
          code,
          drug.name().toLowerCase(Locale.ROOT)
              + ": "
              + reason
              + ": dose not computable; "
              + who,
          rule);
      why(rule, reason);
      return new DoseDecision.NotComputable(drug, reason, rule, alerts, rationale);
    }
  }
}
