package io.github.cmvrx.simulation.invariant;

import static io.github.cmvrx.simulation.invariant.Scaffold.PASS;
import static io.github.cmvrx.simulation.invariant.Scaffold.RELATIVE_SLACK;
import static io.github.cmvrx.simulation.invariant.Scaffold.concat;
import static io.github.cmvrx.simulation.invariant.Scaffold.contains;
import static io.github.cmvrx.simulation.invariant.Scaffold.excluded;
import static io.github.cmvrx.simulation.invariant.Scaffold.fail;
import static io.github.cmvrx.simulation.invariant.Scaffold.hasCritical;
import static io.github.cmvrx.simulation.invariant.Scaffold.phase;
import static io.github.cmvrx.simulation.invariant.Scaffold.single;
import static io.github.cmvrx.simulation.invariant.Scaffold.whenAnswered;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The exclusion and drug-choice invariants: drugs that must never be given in a situation (renal
 * replacement, CNS disease, retinitis, prophylaxis-only, antagonism) and the CNS combination.
 * Each is a value; {@link Invariants#catalogue()} lists them all.
 */
final class ExclusionInvariants {
  private ExclusionInvariants() {}

  /** Valganciclovir tablets are not recommended below this CrCl, mL/min (clinical basis §3.2). */
  static final double VGC_MIN_CRCL = 10;

  /** No valganciclovir tablets on haemodialysis or below CrCl 10. */
  static final Invariant NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS =
      whenAnswered(
          "no-valganciclovir-tablets-on-haemodialysis",
          "Valganciclovir is never in the regimen on intermittent haemodialysis or with CrCl below"
              + " 10 mL/min (the oral solution may only be an alternative)",
          List.of(RuleId.DOSE_VGC_HEMODIALYSIS),
          (s, r) -> {
            if (!contains(r.regimen(), Drug.VALGANCICLOVIR)) {
              return PASS;
            }
            if (s.patientCase().patient().renalReplacement()
                == RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
              return fail("valganciclovir in the regimen of a patient on intermittent haemodialysis");
            }
            Optional<Assessment> a = r.assessment();
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
  static final Invariant NO_FOSCARNET_ON_DIALYSIS =
      whenAnswered(
          "no-foscarnet-on-dialysis",
          "Foscarnet is never in the regimen or alternatives on haemodialysis, peritoneal"
              + " dialysis or CRRT (for CNS disease, cns-combination also requires it excluded)",
          List.of(RuleId.DOSE_FOS_DIALYSIS),
          (s, r) -> {
            if (!s.patientCase().patient().renalReplacement().isAny()) {
              return PASS;
            }
            if (contains(r.regimen(), Drug.FOSCARNET) || contains(r.alternatives(), Drug.FOSCARNET)) {
              return fail(
                  "foscarnet recommended on %s",
                  s.patientCase().patient().renalReplacement().name().toLowerCase(Locale.ROOT));
            }
            return PASS;
          });

  /** CNS disease gets the combination unless one drug is excluded. */
  static final Invariant CNS_COMBINATION =
      whenAnswered(
          "cns-combination",
          "CNS disease in induction gets ganciclovir plus foscarnet; a missing one must be listed"
              + " under excluded, and then a critical alert says why the combination is not possible",
          List.of(RuleId.REG_CNS_COMBINATION, RuleId.REG_CNS_PARTIAL),
          (s, r) -> {
            if (!s.patientCase().disease().isCns() || phase(r) != RecommendationPhase.INDUCTION) {
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

  /** Never cidofovir or maribavir for CNS disease; never maribavir for retinitis. */
  static final Invariant NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS =
      whenAnswered(
          "no-cidofovir-or-maribavir-for-cns",
          "Cidofovir and maribavir are never recommended for CNS disease, and maribavir never for"
              + " retinitis (regimen or alternatives)",
          List.of(RuleId.REG_CNS_PARTIAL, RuleId.REG_THIRD_LINE),
          (s, r) -> {
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
  static final Invariant NO_LETERMOVIR_IN_REGIMEN =
      single(
          "no-letermovir-in-regimen",
          "Letermovir is never in a regimen or an alternative (prophylaxis only)",
          List.of(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY),
          s -> {
            Recommendation r = s.recommendation();
            if (contains(r.regimen(), Drug.LETERMOVIR) || contains(r.alternatives(), Drug.LETERMOVIR)) {
              return fail("letermovir recommended as treatment");
            }
            return PASS;
          });

  /** Never maribavir together with (val)ganciclovir. */
  static final Invariant NO_MARIBAVIR_WITH_GANCICLOVIR =
      single(
          "no-maribavir-with-ganciclovir",
          "Maribavir is never in the same regimen as ganciclovir or valganciclovir (antagonism)",
          List.of(RuleId.DOSE_MBV, RuleId.REG_THIRD_LINE),
          s -> {
            List<RegimenComponent> reg = s.recommendation().regimen();
            if (contains(reg, Drug.MARIBAVIR)
                && (contains(reg, Drug.GANCICLOVIR) || contains(reg, Drug.VALGANCICLOVIR))) {
              return fail("maribavir together with (val)ganciclovir");
            }
            return PASS;
          });

  /** An excluded drug is not in the regimen. */
  static final Invariant EXCLUDED_NOT_IN_REGIMEN =
      single(
          "excluded-not-in-regimen",
          "A drug listed under excluded is not in the regimen",
          List.of(RuleId.REG_NO_SAFE_REGIMEN),
          s -> {
            Recommendation r = s.recommendation();
            for (Exclusion e : r.excluded()) {
              if (contains(r.regimen(), e.drug())) {
                return fail("%s is both excluded (%s) and in the regimen", e.drug(), e.reason());
              }
            }
            return PASS;
          });
}
