package io.github.cmvrx.dosing.calc;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.Dosing;
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
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
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
import java.util.List;
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
            .addInstructionMessages(
                Message.of(
                    MessageKey.VGC_ORAL_SOLUTION_AFTER_DIALYSIS,
                    mg / Preparations.VALGANCICLOVIR_SOLUTION_MG_PER_ML))
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
              Message.of(MessageKey.LETERMOVIR_PROPHYLAXIS_ONLY),
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
        notes.why(rule, Message.of(MessageKey.GCV_HAEMODIALYSIS, describe(row)));
        notes.paediatricAdjustment();
      }
      case CONTINUOUS_RENAL_REPLACEMENT -> {
        row = table.continuousRenalReplacement().orElseThrow();
        rule = RuleId.DOSE_GCV_CRRT;
        notes.alert(
            AlertSeverity.CRITICAL,
            "ganciclovir_crrt_off_label",
            Message.of(MessageKey.GANCICLOVIR_CRRT_OFF_LABEL, describe(row)),
            rule);
        notes.why(rule, Message.of(MessageKey.GCV_CRRT, describe(row)));
        notes.paediatricAdjustment();
      }
      case PERITONEAL_DIALYSIS -> {
        return notes.notComputable(
            Drug.GANCICLOVIR,
            Message.of(MessageKey.PERITONEAL_DIALYSIS_NO_LABEL_DOSE),
            RuleId.DOSE_NO_LABEL_DOSE);
      }
      case NONE -> {
        Optional<Double> kidney = kidneyFunctionMlPerMin();
        if (kidney.isEmpty()) {
          return notes.notComputable(
              Drug.GANCICLOVIR,
              Message.of(MessageKey.NO_KIDNEY_ESTIMATE_UNDER_1_YEAR),
              RuleId.DOSE_PAEDIATRIC_RENAL);
        }
        Message measure = measureText(kidney.get());
        Optional<DoseRow> found = table.forKidneyFunction(kidney.get());
        if (found.isEmpty()) {
          return notes.notComputable(
              Drug.GANCICLOVIR, belowLowest(measure, table), RuleId.DOSE_NO_LABEL_DOSE);
        }
        row = found.get();
        rule = RuleId.DOSE_GCV_RENAL;
        notes.why(
            rule,
            Message.of(MessageKey.KIDNEY_FUNCTION_IN_BAND, measure, row.band().orElseThrow(), describe(row)));
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
          Message.of(MessageKey.VGC_UNDER_ADULT_AGE),
          RuleId.REG_PAEDIATRIC_NO_TABLETS);
    }
    RenalReplacement rrt = assessment.renalReplacement();
    if (rrt.isAny()) {
      return DoseDecision.Excluded.of(
          Drug.VALGANCICLOVIR,
          Message.of(MessageKey.VGC_NOT_ON_RENAL_REPLACEMENT, rrtText(rrt)),
          RuleId.DOSE_VGC_HEMODIALYSIS);
    }
    double crcl = assessment.creatinineClearance().orElseThrow().mlPerMin();
    DoseTable table = tables.get(TableId.valganciclovir(phase));
    Optional<DoseRow> found = table.forKidneyFunction(crcl);
    if (found.isEmpty()) {
      return DoseDecision.Excluded.of(
          Drug.VALGANCICLOVIR,
          Message.of(
              MessageKey.VGC_TABLETS_NOT_RECOMMENDED,
              table.isLocal()
                  ? belowLowest(measureText(crcl), table)
                  : Message.of(MessageKey.BELOW_10, measureText(crcl))),
          RuleId.DOSE_VGC_HEMODIALYSIS);
    }
    DoseRow row = found.get();
    Notes notes = new Notes();
    notes.weight(false);
    double mg = PracticalDose.tablets(row.amount(), Preparations.VALGANCICLOVIR_TABLET_MG);
    if (mg <= 0) {
      return notes.notComputable(
          Drug.VALGANCICLOVIR,
          Message.of(MessageKey.LESS_THAN_ONE_TABLET, row.amount()),
          RuleId.DOSE_NO_LABEL_DOSE);
    }
    Message tablets = tabletText(mg, Preparations.VALGANCICLOVIR_TABLET_MG);
    notes.why(
        RuleId.DOSE_VGC_RENAL,
        Message.of(
            mg < row.amount() ? MessageKey.VGC_BAND_TABLETS_ROUNDED : MessageKey.VGC_BAND_TABLETS,
            measureText(crcl),
            row.band().orElseThrow(),
            describe(row),
            tablets));
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(Drug.VALGANCICLOVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(mg))
            .addInstructionMessages(
                Message.of(MessageKey.TABLETS_PER_DOSE, tablets),
                Message.of(MessageKey.VGC_TAKE_WITH_FOOD))
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
          Message.of(MessageKey.FOS_NOT_ON_RENAL_REPLACEMENT, rrtText(rrt)),
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
            egfr.isPresent()
                ? Message.of(MessageKey.FOS_CHILD_EGFR_BELOW_FULL_DOSE, egfr.get())
                : Message.of(MessageKey.FOS_CHILD_NO_EGFR),
            RuleId.DOSE_FOS_PAEDIATRIC);
      }
      row = table.fullDose();
      notes.why(
          RuleId.DOSE_FOS_PAEDIATRIC,
          Message.of(MessageKey.FOS_CHILD_FULL_DOSE, egfr.get(), describe(row)));
    } else {
      double perKg = assessment.creatinineClearancePerKg().orElseThrow().mlPerMinPerKg();
      Optional<DoseRow> found = table.forKidneyFunction(perKg);
      if (found.isEmpty()) {
        return DoseDecision.Excluded.of(
            Drug.FOSCARNET,
            Message.of(
                phase == DosePhase.INDUCTION
                    ? MessageKey.FOS_NOT_RECOMMENDED_INDUCTION
                    : MessageKey.FOS_NOT_RECOMMENDED_MAINTENANCE,
                perKg),
            RuleId.DOSE_FOS_RENAL);
      }
      row = found.get();
      notes.why(
          RuleId.DOSE_FOS_RENAL,
          Message.of(MessageKey.FOS_PER_KG_IN_BAND, perKg, row.band().orElseThrow(), describe(row)));
    }
    double mgPerKg = row.amount();
    int infusion =
        (int)
            Math.max(
                FixedDoses.FOSCARNET_DEFAULT_INFUSION_MINUTES,
                Math.ceil(mgPerKg / FixedDoses.FOSCARNET_MAX_RATE_MG_PER_KG_PER_MIN));
    notes.why(
        RuleId.DOSE_FOS_INFUSION,
        Message.of(MessageKey.FOS_INFUSE_OVER, infusion));
    Hydration hydration =
        mgPerKg > FixedDoses.FOSCARNET_HIGH_HYDRATION_ABOVE_MG_PER_KG
            ? new Hydration(
                FixedDoses.FOSCARNET_SALINE_HIGH_MIN_ML,
                FixedDoses.FOSCARNET_SALINE_HIGH_MAX_ML,
                Message.of(MessageKey.WITH_EACH_INFUSION))
            : new Hydration(
                FixedDoses.FOSCARNET_SALINE_LOW_ML,
                FixedDoses.FOSCARNET_SALINE_LOW_ML,
                Message.of(MessageKey.WITH_EACH_INFUSION));
    notes.why(
        RuleId.DOSE_FOS_HYDRATION,
        hydration.maxMl() != hydration.minMl()
            ? Message.of(
                MessageKey.FOS_HYDRATION_RANGE, hydration.minMl(), hydration.maxMl(), mgPerKg)
            : Message.of(MessageKey.FOS_HYDRATION, hydration.minMl(), mgPerKg));
    PracticalDose.Rounded fosDose = round(Drug.FOSCARNET, mgPerKg);
    if (fosDose.givenMg() < 1) {
      return notes.belowOneMg(Drug.FOSCARNET, fosDose);
    }
    RegimenComponent.Builder b =
        weightBased(Drug.FOSCARNET, mgPerKg, fosDose, notes)
            .infusionMinutes(infusion)
            .hydration(hydration)
            .addInstructionMessages(
                Message.of(MessageKey.FOS_SALINE_BEFORE_FIRST),
                Message.of(MessageKey.FOS_MAX_RATE))
            .ruleId(assessment.paediatric() ? RuleId.DOSE_FOS_PAEDIATRIC : RuleId.DOSE_FOS_RENAL);
    schedule(b, row);
    local(Drug.FOSCARNET, table, row, b, notes);
    return notes.dosed(b.build());
  }

  // ------------------------------------------------------------------ cidofovir (clinical basis §3.4)

  private DoseDecision cidofovir(DosePhase phase) {
    if (assessment.paediatric()) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          Message.of(MessageKey.CDV_UNDER_ADULT_AGE),
          RuleId.DOSE_CDV_PAEDIATRIC);
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
          Message.of(MessageKey.CDV_CREATININE_RISE_STOP, rise.getAsDouble()),
          RuleId.DOSE_CDV_ON_THERAPY);
    }
    Optional<Double> protein = patientCase.labs().urineProtein().map(u -> u.mgPerDecilitre());
    if (protein.isPresent() && protein.get() >= FixedDoses.CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          Message.of(MessageKey.CDV_PROTEINURIA_STOP, protein.get()),
          RuleId.DOSE_CDV_ON_THERAPY);
    }
    List<Message> reasons = new ArrayList<>(5);
    if (scr.isEmpty()) {
      reasons.add(Message.of(MessageKey.CDV_CREATININE_REQUIRED));
    } else if (Comparisons.snap(scr.get()) > FixedDoses.CIDOFOVIR_MAX_CREATININE_MG_DL) {
      reasons.add(Message.of(MessageKey.CDV_CREATININE_HIGH, scr.get()));
    }
    Optional<Double> crcl = assessment.creatinineClearance().map(c -> c.mlPerMin());
    if (crcl.isEmpty()) {
      reasons.add(Message.of(MessageKey.CDV_NO_CRCL, rrtText(assessment.renalReplacement())));
    } else if (Comparisons.snap(crcl.get()) <= FixedDoses.CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN) {
      reasons.add(Message.of(MessageKey.CDV_CRCL_LOW, crcl.get()));
    }
    if (protein.isEmpty()) {
      reasons.add(Message.of(MessageKey.CDV_URINE_PROTEIN_REQUIRED));
    } else if (protein.get() >= FixedDoses.CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL) {
      reasons.add(Message.of(MessageKey.CDV_URINE_PROTEIN_HIGH, protein.get()));
    }
    Optional<Boolean> nephrotoxic = patientCase.treatment().nephrotoxicComedication();
    if (nephrotoxic.isEmpty()) {
      reasons.add(Message.of(MessageKey.CDV_NEPHROTOXIC_UNKNOWN));
    } else if (nephrotoxic.get()) {
      reasons.add(Message.of(MessageKey.CDV_NEPHROTOXIC));
    }
    if (!reasons.isEmpty()) {
      return DoseDecision.Excluded.of(
          Drug.CIDOFOVIR,
          Message.of(MessageKey.CDV_CONTRAINDICATED, List.copyOf(reasons)),
          RuleId.DOSE_CDV_ELIGIBILITY);
    }
    Notes notes = new Notes();
    notes.weight(true);
    notes.why(
        RuleId.DOSE_CDV_ELIGIBILITY,
        Message.of(
            MessageKey.CDV_ELIGIBLE, scr.orElseThrow(), crcl.orElseThrow(), protein.orElseThrow()));
    double mgPerKg = FixedDoses.CIDOFOVIR_MG_PER_KG;
    RuleId rule = RuleId.DOSE_CDV_ELIGIBILITY;
    if (rise.isPresent() && rise.getAsDouble() >= FixedDoses.CIDOFOVIR_REDUCE_RISE_MG_DL) {
      mgPerKg = FixedDoses.CIDOFOVIR_REDUCED_MG_PER_KG;
      rule = RuleId.DOSE_CDV_ON_THERAPY;
      notes.why(
          rule,
          Message.of(MessageKey.CDV_CREATININE_RISE_REDUCE, rise.getAsDouble()));
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
          Message.of(MessageKey.CDV_OFF_LABEL));
    }
    RegimenComponent.Builder b =
        weightBased(Drug.CIDOFOVIR, mgPerKg, cdvDose, notes)
            .offLabel(!onLabel)
            .infusionMinutes(FixedDoses.CIDOFOVIR_INFUSION_MINUTES)
            .hydration(
                new Hydration(
                    FixedDoses.CIDOFOVIR_SALINE_ML,
                    FixedDoses.CIDOFOVIR_SALINE_ML,
                    Message.of(MessageKey.OVER_1_TO_2_H_BEFORE_EACH_DOSE)))
            .addInstructionMessages(
                Message.of(MessageKey.CDV_PROBENECID), Message.of(MessageKey.CDV_SALINE))
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
          Message.of(MessageKey.MBV_AGE_WEIGHT, age, kg),
          RuleId.DOSE_MBV);
    }
    var inducers = patientCase.treatment().inducers();
    double tableMg;
    Inducer inducer;
    if (inducers.contains(Inducer.PHENYTOIN) || inducers.contains(Inducer.PHENOBARBITAL)) {
      tableMg = FixedDoses.MARIBAVIR_WITH_PHENYTOIN_OR_PHENOBARBITAL_MG;
      inducer = inducers.contains(Inducer.PHENYTOIN) ? Inducer.PHENYTOIN : Inducer.PHENOBARBITAL;
    } else if (inducers.contains(Inducer.CARBAMAZEPINE)) {
      tableMg = FixedDoses.MARIBAVIR_WITH_CARBAMAZEPINE_MG;
      inducer = Inducer.CARBAMAZEPINE;
    } else {
      tableMg = FixedDoses.MARIBAVIR_MG;
      inducer = null;
    }
    double mg = PracticalDose.tablets(tableMg, Preparations.MARIBAVIR_TABLET_MG);
    Notes notes = new Notes();
    Message tablets = tabletText(mg, Preparations.MARIBAVIR_TABLET_MG);
    notes.why(
        RuleId.DOSE_MBV,
        inducer == null
            ? Message.of(MessageKey.MBV_DOSE, mg, tablets)
            : Message.of(MessageKey.MBV_DOSE_WITH_INDUCER, inducer, mg, tablets));
    notes.alert(
        AlertSeverity.WARNING,
        "maribavir_immunosuppressant_levels",
        Message.of(MessageKey.MARIBAVIR_IMMUNOSUPPRESSANT_LEVELS),
        RuleId.DOSE_MBV);
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(Drug.MARIBAVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(mg))
            .intervalHours(FixedDoses.MARIBAVIR_INTERVAL_HOURS)
            .addInstructionMessages(
                Message.of(MessageKey.TABLETS_PER_DOSE, tablets),
                Message.of(MessageKey.MBV_NOT_WITH_GANCICLOVIR))
            .ruleId(RuleId.DOSE_MBV);
    if (inducer != null) {
      b.addInstructionMessages(Message.of(MessageKey.MBV_INDUCER_DOSE, inducer));
    }
    return notes.dosed(b.build());
  }

  /** "2 x 450 mg tablets": the tablets one dose takes. */
  private static Message tabletText(double mg, double tabletMg) {
    long n = Math.round(mg / tabletMg);
    return Message.of(n == 1 ? MessageKey.TABLET : MessageKey.TABLETS, n, tabletMg);
  }

  // ------------------------------------------------------------------------------ helpers

  /** The kidney function for mL/min bands: CG CrCl for adults, bedside eGFR for children. */
  private Optional<Double> kidneyFunctionMlPerMin() {
    if (assessment.paediatric()) {
      return assessment.egfr().map(e -> e.mlPerMinPer173());
    }
    return assessment.creatinineClearance().map(c -> c.mlPerMin());
  }

  private Message measureText(double value) {
    return Message.of(
        assessment.paediatric() ? MessageKey.BEDSIDE_SCHWARTZ_EGFR : MessageKey.CRCL, value);
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
        Message.of(
            MessageKey.WEIGHT_BASIS,
            drug,
            mgPerKg,
            kg,
            policy.dosingWeight(),
            dose.computedMg(),
            dose.givenMg(),
            dose.basis(),
            label.key()),
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
    Message where = Message.of(MessageKey.LOCAL_TABLE_WHERE, table.id().csvName(), origin.where());
    b.addInstructionMessages(Message.of(MessageKey.DOSE_FROM_LOCAL_TABLE, where, origin.source()));
    notes.rationale.add(
        new RationaleEntry(
            RuleId.DOSE_LOCAL_TABLE,
            row.band().isPresent()
                ? Message.of(
                    MessageKey.LOCAL_TABLE_BAND_USED,
                    drug,
                    where,
                    row.source().key(),
                    row.band().get(),
                    describe(row),
                    origin.source())
                : Message.of(
                    MessageKey.LOCAL_TABLE_ROW_USED,
                    drug,
                    where,
                    row.source().key(),
                    row.basis(),
                    describe(row),
                    origin.source()),
            row.source()));
  }

  /** Why there is no band: below the label's 10 mL/min, or below a local table's lowest band. */
  private static Message belowLowest(Message measure, DoseTable table) {
    if (!table.isLocal()) {
      return Message.of(MessageKey.NO_LABEL_DOSE, Message.of(MessageKey.BELOW_10, measure));
    }
    DoseRow lowest = table.bands().get(table.bands().size() - 1);
    return Message.of(
        MessageKey.BELOW_LOWEST_LOCAL_BAND,
        measure,
        lowest.band().orElseThrow(),
        table.id().csvName(),
        lowest.at());
  }

  private static void schedule(RegimenComponent.Builder b, DoseRow row) {
    row.schedule().intervalHours().ifPresent(b::intervalHours);
    row.schedule().timesPerWeek().ifPresent(b::timesPerWeek);
    b.afterDialysis(row.schedule().afterDialysis());
  }

  private static Message describe(DoseRow row) {
    boolean perKg = row.unit() == AmountUnit.MG_PER_KG;
    if (row.schedule().timesPerWeek().isPresent()) {
      return Message.of(
          perKg ? MessageKey.ROW_MG_PER_KG_TIMES_A_WEEK : MessageKey.ROW_MG_TIMES_A_WEEK,
          row.amount(),
          row.schedule().timesPerWeek().getAsInt());
    }
    return Message.of(
        perKg ? MessageKey.ROW_MG_PER_KG_EVERY_H : MessageKey.ROW_MG_EVERY_H,
        row.amount(),
        row.schedule().intervalHours().getAsInt());
  }

  private static Message rrtText(RenalReplacement rrt) {
    return Message.of(
        switch (rrt) {
          case NONE -> MessageKey.NO_RENAL_REPLACEMENT;
          case INTERMITTENT_HEMODIALYSIS -> MessageKey.INTERMITTENT_HAEMODIALYSIS;
          case CONTINUOUS_RENAL_REPLACEMENT -> MessageKey.CONTINUOUS_RENAL_REPLACEMENT;
          case PERITONEAL_DIALYSIS -> MessageKey.PERITONEAL_DIALYSIS;
        });
  }

  /** Collects the alerts and rationale of one dose decision. */
  private final class Notes {
    private final List<Alert> alerts = new ArrayList<>();
    private final List<RationaleEntry> rationale = new ArrayList<>();

    void why(RuleId rule, Message text) {
      rationale.add(RationaleEntry.of(rule, text));
    }

    void why(RuleId rule, Message text, Source source) {
      rationale.add(new RationaleEntry(rule, text, source));
    }

    /** A computed dose below 1 mg cannot be measured from the labelled preparation. */
    DoseDecision.NotComputable belowOneMg(Drug drug, PracticalDose.Rounded dose) {
      return notComputable(
          drug,
          Message.of(MessageKey.DOSE_BELOW_ONE_MG, dose.computedMg()),
          RuleId.DOSE_WEIGHT_BASIS);
    }

    void alert(AlertSeverity severity, String code, Message message, RuleId rule) {
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
                      Message.of(
                          weightBased
                              ? MessageKey.OBESITY_WEIGHT_BASIS_MG_PER_KG
                              : MessageKey.OBESITY_WEIGHT_BASIS_CG,
                          patientCase.patient().weight().kilograms(),
                          assessment.idealBodyWeight().orElseThrow().kilograms()),
                      RuleId.ADV_OBESITY_WEIGHT));
      if (assessment.idealBodyWeight().isEmpty()) {
        // Ideal body weight is needed for the obesity check of an adult's weight basis and for a
        // policy that doses or estimates CrCl on ideal or adjusted weight; never otherwise
        // (issue 11 item 12: children under 152 cm on the default policy).
        boolean adult = !assessment.paediatric();
        List<Message> needs = new ArrayList<>(3);
        if (adult) {
          needs.add(Message.of(MessageKey.IBW_NEEDED_FOR_OBESITY_CHECK));
        }
        if (weightBased && policy.dosingWeight() != WeightBasis.ACTUAL) {
          needs.add(Message.of(MessageKey.IBW_NEEDED_FOR_DOSING_WEIGHT, policy.dosingWeight()));
        }
        if (adult && policy.crclWeight() != WeightBasis.ACTUAL) {
          needs.add(Message.of(MessageKey.IBW_NEEDED_FOR_CG_WEIGHT, policy.crclWeight()));
        }
        if (!needs.isEmpty()) {
          alert(
              AlertSeverity.WARNING,
              "ibw_undefined",
              Message.of(
                  MessageKey.IBW_UNDEFINED,
                  patientCase.patient().height().centimetres(),
                  List.copyOf(needs)),
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
            Message.of(MessageKey.PAEDIATRIC_RENAL_REVIEW),
            RuleId.DOSE_PAEDIATRIC_RENAL);
        why(RuleId.DOSE_PAEDIATRIC_RENAL, Message.of(MessageKey.PAEDIATRIC_RENAL_ADJUSTMENT));
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
    DoseDecision.NotComputable notComputable(Drug drug, Message reason, RuleId rule) {
      String code;
      MessageKey who;
      switch (rule) {
        case DOSE_FOS_PAEDIATRIC -> {
          code = "foscarnet_paediatric_dosing";
          who = MessageKey.PAEDIATRIC_SPECIALIST_DOSING;
        }
        case DOSE_PAEDIATRIC_RENAL -> {
          code = "paediatric_renal_dosing";
          who = MessageKey.PAEDIATRIC_SPECIALIST_DOSING;
        }
        case DOSE_WEIGHT_BASIS -> {
          code = "dose_below_one_mg";
          who = MessageKey.SPECIALIST_PHARMACY_PREPARATION;
        }
        default -> {
          code = "no_label_dose";
          who = MessageKey.NEPHROLOGY_ID_PHARMACY;
        }
      }
      alert(
          AlertSeverity.CRITICAL,
          code,
          Message.of(MessageKey.DOSE_NOT_COMPUTABLE, drug, reason, Message.of(who)),
          rule);
      why(rule, reason);
      return new DoseDecision.NotComputable(drug, reason, rule, alerts, rationale);
    }
  }
}
