package io.github.cmvrx.simulation.invariant;

import static io.github.cmvrx.simulation.invariant.Scaffold.PASS;
import static io.github.cmvrx.simulation.invariant.Scaffold.RELATIVE_SLACK;
import static io.github.cmvrx.simulation.invariant.Scaffold.answered;
import static io.github.cmvrx.simulation.invariant.Scaffold.concat;
import static io.github.cmvrx.simulation.invariant.Scaffold.dosesPerDay;
import static io.github.cmvrx.simulation.invariant.Scaffold.dosingWeightKg;
import static io.github.cmvrx.simulation.invariant.Scaffold.exceeds;
import static io.github.cmvrx.simulation.invariant.Scaffold.fail;
import static io.github.cmvrx.simulation.invariant.Scaffold.phase;
import static io.github.cmvrx.simulation.invariant.Scaffold.row;
import static io.github.cmvrx.simulation.invariant.Scaffold.single;
import static io.github.cmvrx.simulation.invariant.Scaffold.whenAnswered;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.dosing.calc.PracticalDose;
import java.util.List;
import java.util.Optional;

/**
 * The dose-arithmetic invariants: label maxima per dose and per day, mg = mg/kg x dosing
 * weight, the foscarnet infusion rate, and (metamorphic) no more drug when the creatinine rises.
 * Each is a value; {@link Invariants#catalogue()} lists them all.
 */
final class DoseInvariants {
  private DoseInvariants() {}

  /** Factor by which the metamorphic invariant raises the serum creatinine. */
  static final double CREATININE_RISE = 1.25;

  /** No dose above the label maximum per administration, below zero, zero or NaN. */
  static final Invariant DOSE_WITHIN_LABEL_MAXIMUM =
      whenAnswered(
          "dose-within-label-maximum",
          "Every dose is a positive finite number not above the label maximum per administration"
              + " (ganciclovir and cidofovir 5 mg/kg, foscarnet 60 or 90 mg/kg in induction and"
              + " 90 or 120 in maintenance by scheme, valganciclovir 900 mg, maribavir 400/800/1200"
              + " mg by inducer); mg/kg doses also not above the maximum x dosing weight",
          List.of(RuleId.DOSE_GCV_RENAL, RuleId.DOSE_VGC_RENAL, RuleId.DOSE_FOS_RENAL, RuleId.DOSE_MBV),
          (s, r) -> {
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
  static final Invariant DAILY_DOSE_WITHIN_LABEL_MAXIMUM =
      whenAnswered(
          "daily-dose-within-label-maximum",
          "The amount per day is not above the label maximum (ganciclovir 10 mg/kg in induction, 5"
              + " in maintenance; foscarnet 180 mg/kg in induction, 90/120 in maintenance;"
              + " cidofovir 5 mg/kg a week; valganciclovir 1800 / 900 mg; maribavir 2 doses)",
          List.of(RuleId.DOSE_GCV_RENAL, RuleId.DOSE_VGC_RENAL, RuleId.DOSE_FOS_RENAL, RuleId.DOSE_MBV),
          (s, r) -> {
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

  /** mg = mg/kg x dosing weight. */
  static final Invariant MG_MATCHES_MG_PER_KG =
      whenAnswered(
          "mg-matches-mg-per-kg",
          "For weight-based doses, mg = mg/kg x dosing weight rounded down to a whole mg at"
              + " least, less than one practical step below it and never above (decision 0801)",
          List.of(RuleId.DOSE_WEIGHT_BASIS),
          (s, r) -> {
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
  static final Invariant FOSCARNET_INFUSION_RATE =
      single(
          "foscarnet-infusion-rate",
          "Foscarnet is never infused faster than 1 mg/kg/min",
          List.of(RuleId.DOSE_FOS_INFUSION),
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

  /** Higher creatinine never gives more drug per week. */
  static final Invariant DOSE_MONOTONE_IN_CREATININE =
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
}
