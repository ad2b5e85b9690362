package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.dosing.calc.PracticalDose;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The invariant catalogue (design notes, "Invariants"): every property of the engine's answers
 * that the clinical basis makes absolute. Each is a value; {@link #catalogue()} lists
 * them. An invariant only judges answered cases ({@code status ok}) unless it says otherwise; a
 * refusal passes vacuously, and the drivers count refusals separately.
 */
public final class Invariants {
  private Invariants() {}

  /** Relative slack for floating-point comparisons of doses (one part in 10^9). */
  static final double RELATIVE_SLACK = 1e-9;

  /** Factor by which the metamorphic invariant raises the serum creatinine. */
  static final double CREATININE_RISE = 1.25;

  /** Valganciclovir tablets are not recommended below this CrCl, mL/min (clinical basis §3.2). */
  static final double VGC_MIN_CRCL = 10;

  private static final double HOURS_PER_DAY = 24;
  private static final double DAYS_PER_WEEK = 7;

  private static final Optional<String> PASS = Optional.empty();

  private static Optional<String> fail(String format, Object... args) {
    return Optional.of(String.format(Locale.ROOT, format, args));
  }

  private static boolean answered(Subject s) {
    return s.recommendation().status() == Status.OK;
  }

  private static RecommendationPhase phase(Recommendation r) {
    return r.phase().orElseThrow();
  }

  /** Doses per day of a component. */
  static double dosesPerDay(RegimenComponent c) {
    if (c.timesPerWeek().isPresent()) {
      return c.timesPerWeek().getAsInt() / DAYS_PER_WEEK;
    }
    return HOURS_PER_DAY / c.intervalHours().getAsInt();
  }

  private static boolean exceeds(double value, double max) {
    return value > max * (1 + RELATIVE_SLACK);
  }

  private static boolean contains(List<RegimenComponent> regimen, Drug drug) {
    for (RegimenComponent c : regimen) {
      if (c.drug() == drug) {
        return true;
      }
    }
    return false;
  }

  private static boolean excluded(Recommendation r, Drug drug) {
    for (Exclusion e : r.excluded()) {
      if (e.drug() == drug) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@code "; dose from local table T, FILE line N; source: S"} when the component's dose
   * came from a row of a local table, so a violation names the row; {@code ""} otherwise.
   */
  static String row(RegimenComponent c) {
    for (String i : c.instructions()) {
      if (i.startsWith(LOCAL_TABLE_INSTRUCTION)) {
        return "; " + i;
      }
    }
    return "";
  }

  /** How the dosing module marks a dose from a local table (CaseDosing). */
  static final String LOCAL_TABLE_INSTRUCTION = "dose from local table ";

  private static double dosingWeightKg(Recommendation r) {
    return r.assessment().map(a -> a.dosingWeight().kilograms()).orElse(Double.NaN);
  }

  /** No dose above the label maximum per administration, below zero, zero or NaN. */
  public static final Invariant DOSE_WITHIN_LABEL_MAXIMUM =
      new Invariant(
          "dose-within-label-maximum",
          "Every dose is a positive finite number not above the label maximum per administration"
              + " (ganciclovir and cidofovir 5 mg/kg, foscarnet 60 or 90 mg/kg in induction and"
              + " 90 or 120 in maintenance by scheme, valganciclovir 900 mg, maribavir 400/800/1200"
              + " mg by inducer); mg/kg doses also not above the maximum x dosing weight",
          List.of(RuleId.DOSE_GCV_RENAL, RuleId.DOSE_VGC_RENAL, RuleId.DOSE_FOS_RENAL, RuleId.DOSE_MBV),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            RecommendationPhase phase = phase(r);
            for (RegimenComponent c : concat(r.regimen(), r.alternatives())) {
              double mg = c.dose().value();
              if (!(mg > 0) || !Double.isFinite(mg)) {
                return fail("%s dose %s mg is not a positive finite number", c.drug(), mg);
              }
              double perKgMax = LabelMaxima.mgPerKgPerDose(c.drug(), phase, s.policy());
              if (!Double.isNaN(perKgMax)) {
                if (c.doseMgPerKg().isEmpty()) {
                  return fail("%s is weight-based but has no doseMgPerKg", c.drug());
                }
                double perKg = c.doseMgPerKg().getAsDouble();
                if (!(perKg > 0) || exceeds(perKg, perKgMax)) {
                  return fail(
                      "%s %s mg/kg per dose is outside (0, %s] mg/kg (%s)%s",
                      c.drug(), perKg, perKgMax, phase, row(c));
                }
                double weight = dosingWeightKg(r);
                // Rounding never goes above the computed dose (docs/decisions/0204), so the
                // label maximum holds without any rounding allowance.
                double mgMax = perKgMax * weight;
                if (Double.isNaN(weight) || exceeds(mg, mgMax)) {
                  return fail(
                      "%s %s mg per dose exceeds %s mg/kg x dosing weight %s kg%s",
                      c.drug(), mg, perKgMax, weight, row(c));
                }
              } else {
                double mgMax = LabelMaxima.mgPerDose(c.drug(), s.patientCase().treatment().inducers());
                if (exceeds(mg, mgMax)) {
                  return fail(
                      "%s %s mg per dose exceeds the label maximum %s mg%s",
                      c.drug(), mg, mgMax, row(c));
                }
              }
            }
            return PASS;
          });

  /** No daily amount above the label maximum. */
  public static final Invariant DAILY_DOSE_WITHIN_LABEL_MAXIMUM =
      new Invariant(
          "daily-dose-within-label-maximum",
          "The amount per day is not above the label maximum (ganciclovir 10 mg/kg in induction, 5"
              + " in maintenance; foscarnet 180 mg/kg in induction, 90/120 in maintenance;"
              + " cidofovir 5 mg/kg a week; valganciclovir 1800 / 900 mg; maribavir 2 doses)",
          List.of(RuleId.DOSE_GCV_RENAL, RuleId.DOSE_VGC_RENAL, RuleId.DOSE_FOS_RENAL, RuleId.DOSE_MBV),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            RecommendationPhase phase = phase(r);
            for (RegimenComponent c : r.regimen()) {
              double perDay = dosesPerDay(c);
              double perKgDayMax = LabelMaxima.mgPerKgPerDay(c.drug(), phase, s.policy());
              if (!Double.isNaN(perKgDayMax)) {
                double perKgDay = c.doseMgPerKg().orElse(Double.NaN) * perDay;
                if (!(perKgDay <= perKgDayMax * (1 + RELATIVE_SLACK))) {
                  return fail(
                      "%s %s mg/kg a day exceeds the label maximum %s mg/kg a day (%s)%s",
                      c.drug(), perKgDay, perKgDayMax, phase, row(c));
                }
              } else {
                double mgDay = c.dose().value() * perDay;
                double max =
                    LabelMaxima.mgPerDay(c.drug(), phase, s.patientCase().treatment().inducers());
                if (exceeds(mgDay, max)) {
                  return fail(
                      "%s %s mg a day exceeds the label maximum %s mg a day (%s)%s",
                      c.drug(), mgDay, max, phase, row(c));
                }
              }
            }
            return PASS;
          });

  /** No valganciclovir tablets on haemodialysis or below CrCl 10. */
  public static final Invariant NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS =
      new Invariant(
          "no-valganciclovir-tablets-on-haemodialysis",
          "Valganciclovir is never in the regimen on intermittent haemodialysis or with CrCl below"
              + " 10 mL/min (the oral solution may only be an alternative)",
          List.of(RuleId.DOSE_VGC_HEMODIALYSIS),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s) || !contains(s.recommendation().regimen(), Drug.VALGANCICLOVIR)) {
              return PASS;
            }
            if (s.patientCase().patient().renalReplacement()
                == RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
              return fail("valganciclovir in the regimen of a patient on intermittent haemodialysis");
            }
            Optional<Assessment> a = s.recommendation().assessment();
            if (a.isPresent()
                && a.get().creatinineClearance().isPresent()
                && a.get().creatinineClearance().get().mlPerMin()
                    < VGC_MIN_CRCL * (1 - RELATIVE_SLACK)) {
              // A clearance exactly on the edge in decimal (10) may compute one rounding step
              // below it in binary; it is in the 10-25 band (docs/decisions/0209).
              return fail(
                  "valganciclovir in the regimen with CrCl %s mL/min (< 10)",
                  a.get().creatinineClearance().get().mlPerMin());
            }
            return PASS;
          });

  /** No foscarnet on dialysis or CRRT. */
  public static final Invariant NO_FOSCARNET_ON_DIALYSIS =
      new Invariant(
          "no-foscarnet-on-dialysis",
          "Foscarnet is never in the regimen or alternatives on haemodialysis, peritoneal"
              + " dialysis or CRRT (for CNS disease, cns-combination also requires it excluded)",
          List.of(RuleId.DOSE_FOS_DIALYSIS),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s) || !s.patientCase().patient().renalReplacement().isAny()) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            if (contains(r.regimen(), Drug.FOSCARNET) || contains(r.alternatives(), Drug.FOSCARNET)) {
              return fail(
                  "foscarnet recommended on %s",
                  s.patientCase().patient().renalReplacement().name().toLowerCase(Locale.ROOT));
            }
            return PASS;
          });

  /** CNS disease gets the combination unless one drug is excluded. */
  public static final Invariant CNS_COMBINATION =
      new Invariant(
          "cns-combination",
          "CNS disease in induction gets ganciclovir plus foscarnet; a missing one must be listed"
              + " under excluded, and then a critical alert says why the combination is not possible",
          List.of(RuleId.REG_CNS_COMBINATION, RuleId.REG_CNS_PARTIAL),
          Invariant.Kind.SINGLE,
          s -> {
            Recommendation r = s.recommendation();
            if (!answered(s)
                || !s.patientCase().disease().isCns()
                || phase(r) != RecommendationPhase.INDUCTION) {
              return PASS;
            }
            boolean gcv = contains(r.regimen(), Drug.GANCICLOVIR);
            boolean fos = contains(r.regimen(), Drug.FOSCARNET);
            if (!gcv && !excluded(r, Drug.GANCICLOVIR)) {
              return fail("CNS disease without ganciclovir, and ganciclovir is not excluded");
            }
            if (!fos && !excluded(r, Drug.FOSCARNET)) {
              return fail("CNS disease without foscarnet, and foscarnet is not excluded");
            }
            if ((gcv != fos) && !hasCritical(r)) {
              return fail("CNS disease on monotherapy without a critical alert");
            }
            return PASS;
          });

  private static boolean hasCritical(Recommendation r) {
    for (Alert a : r.alerts()) {
      if (a.severity() == AlertSeverity.CRITICAL) {
        return true;
      }
    }
    return false;
  }

  /** Never cidofovir or maribavir for CNS disease; never maribavir for retinitis. */
  public static final Invariant NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS =
      new Invariant(
          "no-cidofovir-or-maribavir-for-cns",
          "Cidofovir and maribavir are never recommended for CNS disease, and maribavir never for"
              + " retinitis (regimen or alternatives)",
          List.of(RuleId.REG_CNS_PARTIAL, RuleId.REG_THIRD_LINE),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            List<RegimenComponent> all = concat(r.regimen(), r.alternatives());
            if (s.patientCase().disease().isCns()) {
              if (contains(all, Drug.CIDOFOVIR)) {
                return fail("cidofovir recommended for CNS disease");
              }
              if (contains(all, Drug.MARIBAVIR)) {
                return fail("maribavir recommended for CNS disease");
              }
            }
            if (s.patientCase().disease().hasRetinitis() && contains(all, Drug.MARIBAVIR)) {
              return fail("maribavir recommended for retinitis");
            }
            return PASS;
          });

  /** Never letermovir as treatment. */
  public static final Invariant NO_LETERMOVIR_IN_REGIMEN =
      new Invariant(
          "no-letermovir-in-regimen",
          "Letermovir is never in a regimen or an alternative (prophylaxis only)",
          List.of(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY),
          Invariant.Kind.SINGLE,
          s -> {
            Recommendation r = s.recommendation();
            if (contains(r.regimen(), Drug.LETERMOVIR) || contains(r.alternatives(), Drug.LETERMOVIR)) {
              return fail("letermovir recommended as treatment");
            }
            return PASS;
          });

  /** Never maribavir together with (val)ganciclovir. */
  public static final Invariant NO_MARIBAVIR_WITH_GANCICLOVIR =
      new Invariant(
          "no-maribavir-with-ganciclovir",
          "Maribavir is never in the same regimen as ganciclovir or valganciclovir (antagonism)",
          List.of(RuleId.DOSE_MBV, RuleId.REG_THIRD_LINE),
          Invariant.Kind.SINGLE,
          s -> {
            List<RegimenComponent> reg = s.recommendation().regimen();
            if (contains(reg, Drug.MARIBAVIR)
                && (contains(reg, Drug.GANCICLOVIR) || contains(reg, Drug.VALGANCICLOVIR))) {
              return fail("maribavir together with (val)ganciclovir");
            }
            return PASS;
          });

  /** An excluded drug is not in the regimen. */
  public static final Invariant EXCLUDED_NOT_IN_REGIMEN =
      new Invariant(
          "excluded-not-in-regimen",
          "A drug listed under excluded is not in the regimen",
          List.of(RuleId.REG_NO_SAFE_REGIMEN),
          Invariant.Kind.SINGLE,
          s -> {
            Recommendation r = s.recommendation();
            for (Exclusion e : r.excluded()) {
              if (contains(r.regimen(), e.drug())) {
                return fail("%s is both excluded (%s) and in the regimen", e.drug(), e.reason());
              }
            }
            return PASS;
          });

  /** mg = mg/kg x dosing weight. */
  public static final Invariant MG_MATCHES_MG_PER_KG =
      new Invariant(
          "mg-matches-mg-per-kg",
          "For weight-based doses, mg = mg/kg x dosing weight rounded down to a whole mg at"
              + " least, less than one practical step below it and never above (decision 0801)",
          List.of(RuleId.DOSE_WEIGHT_BASIS),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            double weight = dosingWeightKg(r);
            for (RegimenComponent c : concat(r.regimen(), r.alternatives())) {
              if (c.doseMgPerKg().isEmpty()) {
                continue;
              }
              double expected = c.doseMgPerKg().getAsDouble() * weight;
              double slack = Math.abs(expected) * RELATIVE_SLACK;
              double mg = c.dose().value();
              if (mg != Math.rint(mg)) {
                return fail("%s %s mg is not a whole number of mg", c.drug(), mg);
              }
              double loss = PracticalDose.maxLossMg(c.drug(), expected, s.policy());
              if (!(mg <= expected + slack && mg > expected - loss - slack)) {
                return fail(
                    "%s %s mg is not %s mg/kg x %s kg = %s mg rounded down by less than %s mg",
                    c.drug(),
                    c.dose().value(),
                    c.doseMgPerKg().getAsDouble(),
                    weight,
                    expected,
                    loss);
              }
            }
            return PASS;
          });

  /** Foscarnet infusion rate. */
  public static final Invariant FOSCARNET_INFUSION_RATE =
      new Invariant(
          "foscarnet-infusion-rate",
          "Foscarnet is never infused faster than 1 mg/kg/min",
          List.of(RuleId.DOSE_FOS_INFUSION),
          Invariant.Kind.SINGLE,
          s -> {
            Recommendation r = s.recommendation();
            for (RegimenComponent c : concat(r.regimen(), r.alternatives())) {
              if (c.drug() != Drug.FOSCARNET) {
                continue;
              }
              if (c.infusionMinutes().isEmpty() || c.doseMgPerKg().isEmpty()) {
                return fail("foscarnet without infusion minutes or mg/kg");
              }
              int minutes = c.infusionMinutes().getAsInt();
              double rate = c.doseMgPerKg().getAsDouble() / minutes;
              if (!(minutes > 0) || exceeds(rate, LabelMaxima.FOSCARNET_MAX_RATE_MG_PER_KG_MIN)) {
                return fail(
                    "foscarnet %s mg/kg over %s min is %s mg/kg/min (> 1)",
                    c.doseMgPerKg().getAsDouble(), minutes, rate);
              }
            }
            return PASS;
          });

  /** Rationale present and cited. */
  public static final Invariant RATIONALE_CITED =
      new Invariant(
          "rationale-cited",
          "An answered recommendation has a rationale; every entry's source resolves in the"
              + " citation catalogue and is one of its rule's sources; every rule that produced a"
              + " regimen component or an exclusion has an entry",
          List.of(),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            if (r.rationale().isEmpty()) {
              return fail("answered recommendation without a rationale");
            }
            Map<RuleId, Boolean> cited = new EnumMap<>(RuleId.class);
            for (RationaleEntry e : r.rationale()) {
              if (Source.forKey(e.source().key()).orElse(null) != e.source()) {
                return fail("rationale source %s does not resolve", e.source().key());
              }
              if (!e.ruleId().sources().contains(e.source())) {
                return fail(
                    "rationale of %s cites %s, which is not among its sources %s",
                    e.ruleId().id(), e.source().key(), e.ruleId().sources());
              }
              cited.put(e.ruleId(), true);
            }
            for (RegimenComponent c : r.regimen()) {
              if (!cited.containsKey(c.ruleId())) {
                return fail("regimen rule %s has no rationale entry", c.ruleId().id());
              }
            }
            for (Exclusion e : r.excluded()) {
              if (!cited.containsKey(e.ruleId())) {
                return fail("exclusion rule %s has no rationale entry", e.ruleId().id());
              }
            }
            return PASS;
          });

  /**
   * Every rule named in a recommendation has a rationale entry (contract: one entry per rule that
   * fired; clinical basis §7; issue 11 item 1).
   */
  public static final Invariant EVERY_RULE_IN_RATIONALE =
      new Invariant(
          "every-rule-in-rationale",
          "Every alert's, exclusion's, regimen component's, alternative's and monitoring item's"
              + " rule id appears in the rationale",
          List.of(),
          Invariant.Kind.SINGLE,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Recommendation r = s.recommendation();
            boolean[] cited = new boolean[RuleId.values().length];
            for (RationaleEntry e : r.rationale()) {
              cited[e.ruleId().ordinal()] = true;
            }
            for (Alert a : r.alerts()) {
              if (!cited[a.ruleId().ordinal()]) {
                return fail("alert %s: rule %s has no rationale entry", a.code(), a.ruleId().id());
              }
            }
            for (Exclusion e : r.excluded()) {
              if (!cited[e.ruleId().ordinal()]) {
                return fail(
                    "exclusion of %s: rule %s has no rationale entry", e.drug(), e.ruleId().id());
              }
            }
            for (RegimenComponent c : r.regimen()) {
              if (!cited[c.ruleId().ordinal()]) {
                return fail(
                    "regimen component %s: rule %s has no rationale entry",
                    c.drug(),
                    c.ruleId().id());
              }
            }
            for (RegimenComponent c : r.alternatives()) {
              if (!cited[c.ruleId().ordinal()]) {
                return fail(
                    "alternative %s: rule %s has no rationale entry", c.drug(), c.ruleId().id());
              }
            }
            for (MonitoringItem m : r.monitoring()) {
              if (!cited[m.ruleId().ordinal()]) {
                return fail(
                    "monitoring %s: rule %s has no rationale entry", m.test(), m.ruleId().id());
              }
            }
            return PASS;
          });

  /** Empty regimen only with the no-safe-regimen alert or when stopping maintenance. */
  public static final Invariant EMPTY_REGIMEN_EXPLAINED =
      new Invariant(
          "empty-regimen-explained",
          "An answered recommendation has an empty regimen only in stop_maintenance or with a"
              + " critical REG-NO-SAFE-REGIMEN alert",
          List.of(RuleId.REG_NO_SAFE_REGIMEN),
          Invariant.Kind.SINGLE,
          s -> {
            Recommendation r = s.recommendation();
            if (!answered(s)
                || !r.regimen().isEmpty()
                || phase(r) == RecommendationPhase.STOP_MAINTENANCE) {
              return PASS;
            }
            for (Alert a : r.alerts()) {
              if (a.severity() == AlertSeverity.CRITICAL && a.ruleId() == RuleId.REG_NO_SAFE_REGIMEN) {
                return PASS;
              }
            }
            return fail("empty regimen in %s without a critical REG-NO-SAFE-REGIMEN alert", phase(r));
          });

  /** The same case twice gives the same answer. */
  public static final Invariant DETERMINISTIC =
      new Invariant(
          "deterministic",
          "The same case and policy give an equal recommendation when asked again",
          List.of(),
          Invariant.Kind.RERUN,
          s -> {
            Recommendation again = s.engine().recommend(s.patientCase(), s.policy());
            return again.equals(s.recommendation())
                ? PASS
                : fail("a second call gave a different recommendation: %s", again);
          });

  /** Higher creatinine never gives more drug per week. */
  public static final Invariant DOSE_MONOTONE_IN_CREATININE =
      new Invariant(
          "dose-monotone-in-creatinine",
          "Metamorphic: the same patient with a 25% higher serum creatinine never gets more mg per"
              + " week of any drug that both answers give, and is still answered",
          List.of(RuleId.DOSE_GCV_RENAL, RuleId.DOSE_VGC_RENAL, RuleId.DOSE_FOS_RENAL),
          Invariant.Kind.METAMORPHIC,
          s -> {
            if (!answered(s)) {
              return PASS;
            }
            Optional<PatientCase> worse = withHigherCreatinine(s.patientCase());
            if (worse.isEmpty()) {
              return PASS;
            }
            Recommendation r2 = s.engine().recommend(worse.get(), s.policy());
            if (r2.status() != Status.OK) {
              return fail("refused after the creatinine rose by 25%%: %s", r2.errors());
            }
            double[] before = mgPerWeek(s.recommendation().regimen());
            double[] after = mgPerWeek(r2.regimen());
            for (Drug d : Drug.values()) {
              int i = d.ordinal();
              if (before[i] > 0 && after[i] > 0 && exceeds(after[i], before[i])) {
                return fail(
                    "%s rose from %s to %s mg a week when the creatinine rose by 25%%",
                    d, before[i], after[i]);
              }
            }
            return PASS;
          });

  static double[] mgPerWeek(List<RegimenComponent> regimen) {
    double[] w = new double[Drug.values().length];
    for (RegimenComponent c : regimen) {
      w[c.drug().ordinal()] += c.mgPerWeek();
    }
    return w;
  }

  /**
   * Returns the case with its serum creatinine raised by 25%, if it has one and the raised value
   * is still valid.
   *
   * @param c the case
   * @return the changed case, or empty
   */
  static Optional<PatientCase> withHigherCreatinine(PatientCase c) {
    Patient p = c.patient();
    if (p.serumCreatinine().isEmpty()) {
      return Optional.empty();
    }
    SerumCreatinine scr = p.serumCreatinine().get();
    double raised = scr.value() * CREATININE_RISE;
    boolean valid =
        (scr.unit() == CreatinineUnit.MG_PER_DL
                ? CaseLimits.SERUM_CREATININE_MG_DL
                : CaseLimits.SERUM_CREATININE_UMOL_L)
            .accepts(raised);
    if (!valid) {
      return Optional.empty();
    }
    Patient worse =
        Patient.builder()
            .age(p.age())
            .sex(p.sex())
            .weight(p.weight())
            .height(p.height())
            .serumCreatinine(new SerumCreatinine(raised, scr.unit()))
            .renalReplacement(p.renalReplacement())
            .build();
    return Optional.of(
        PatientCase.builder()
            .id(c.id())
            .patient(worse)
            .host(c.host())
            .disease(c.disease())
            .virology(c.virology())
            .labs(c.labs())
            .treatment(c.treatment())
            .build());
  }

  /** Invalid input is refused. */
  public static final Invariant INVALID_INPUT_REFUSED =
      new Invariant(
          "invalid-input-refused",
          "Each case with one field set out of range (clinical basis §8) is refused by the"
              + " validation path: the builder throws a message naming the field",
          List.of(RuleId.INPUT_VALIDATION),
          Invariant.Kind.INPUT,
          s -> InvalidInput.probe(s.patientCase()));

  /**
   * A case written as contract JSON ({@link CaseJson}) and read back is equal to the original,
   * and writing is deterministic.
   */
  public static final Invariant JSON_ROUND_TRIP =
      jsonRoundTrip(CaseJson::write, Invariants::readValidCase);

  private static PatientCase readValidCase(String json) {
    JsonResult<PatientCase> result = CaseJson.read(json);
    if (result instanceof JsonResult.Valid<PatientCase> valid) {
      return valid.value();
    }
    throw new IllegalArgumentException(
        "not a valid case: " + ((JsonResult.Invalid<PatientCase>) result).errors());
  }

  /**
   * Returns the JSON round-trip invariant over a writer and a reader (tests give a lossy pair to
   * show the invariant can fail).
   *
   * @param write writes a case as JSON
   * @param read reads it back; throws if it cannot
   * @return the invariant
   */
  static Invariant jsonRoundTrip(
      Function<PatientCase, String> write, Function<String, PatientCase> read) {
    return new Invariant(
        "json-round-trip",
        "A case written as JSON and read back is equal to the original, and writing is"
            + " deterministic",
        List.of(RuleId.INPUT_VALIDATION),
        Invariant.Kind.CODEC,
        s -> {
          String json = write.apply(s.patientCase());
          if (!json.equals(write.apply(s.patientCase()))) {
            return fail("writing the case twice gave different JSON");
          }
          PatientCase back;
          try {
            back = read.apply(json);
          } catch (RuntimeException e) {
            return fail("the written JSON could not be read back: %s", String.valueOf(e.getMessage()));
          }
          return back.equals(s.patientCase())
              ? PASS
              : fail("the case read back differs: %s", back);
        });
  }

  /**
   * Returns every invariant.
   *
   * @return the catalogue, in a fixed order
   */
  public static List<Invariant> catalogue() {
    return CATALOGUE;
  }

  private static final List<Invariant> CATALOGUE =
      List.of(
          DOSE_WITHIN_LABEL_MAXIMUM,
          DAILY_DOSE_WITHIN_LABEL_MAXIMUM,
          NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS,
          NO_FOSCARNET_ON_DIALYSIS,
          CNS_COMBINATION,
          NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS,
          NO_LETERMOVIR_IN_REGIMEN,
          NO_MARIBAVIR_WITH_GANCICLOVIR,
          EXCLUDED_NOT_IN_REGIMEN,
          MG_MATCHES_MG_PER_KG,
          FOSCARNET_INFUSION_RATE,
          RATIONALE_CITED,
          EVERY_RULE_IN_RATIONALE,
          EMPTY_REGIMEN_EXPLAINED,
          DETERMINISTIC,
          DOSE_MONOTONE_IN_CREATININE,
          INVALID_INPUT_REFUSED,
          JSON_ROUND_TRIP);

  private static List<RegimenComponent> concat(
      List<RegimenComponent> a, List<RegimenComponent> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<RegimenComponent> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
