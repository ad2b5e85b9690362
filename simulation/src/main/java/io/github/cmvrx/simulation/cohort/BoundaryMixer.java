package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.simulation.edge.CockcroftGault;
import io.github.cmvrx.simulation.edge.Threshold;

/**
 * Puts a drawn patient on one spec threshold, or just either side of it, changing only what the
 * threshold needs (and what makes it reachable: an adult off dialysis for a Cockcroft-Gault
 * edge, an HIV host for a CD4 edge). Clearance edges are hit by solving Cockcroft-Gault for the
 * serum creatinine, reported in mg/dL so no unit conversion blurs the edge.
 */
final class BoundaryMixer {
  private BoundaryMixer() {}

  /** Weight used when the drawn weight would need a creatinine above the spec's limit, kg. */
  static final double FALLBACK_WEIGHT_KG = 70;

  /** The youngest age for the maribavir weight edge (MBV-PI: age &gt;= 12, clinical basis §3.5). */
  static final double MARIBAVIR_MIN_AGE = 12;

  static void apply(CaseDraft d, Threshold t, Threshold.Side side, double cd4AboveStop) {
    double v = t.at(side);
    switch (t.kind()) {
      case CRCL -> {
        makeAdultOffDialysis(d);
        double scr = CockcroftGault.creatinineForClearance(d.ageYears, d.weightKg, d.sex, v);
        if (scr > CohortGenerator.MAX_SCR_MG_DL) {
          d.weightKg = FALLBACK_WEIGHT_KG;
          scr = CockcroftGault.creatinineForClearance(d.ageYears, d.weightKg, d.sex, v);
        }
        d.scrMgDl = scr;
        d.scrInUmol = false;
      }
      case CRCL_PER_KG -> {
        makeAdultOffDialysis(d);
        d.scrMgDl = CockcroftGault.creatinineForClearancePerKg(d.ageYears, d.sex, v);
        d.scrInUmol = false;
      }
      case SERUM_CREATININE_MG_DL -> {
        makeAdultOffDialysis(d);
        d.scrMgDl = v;
        d.scrInUmol = false;
      }
      case URINE_PROTEIN_MG_DL -> d.urineProtein = v;
      case ANC_PER_UL -> {
        knownCounts(d);
        d.anc = v;
      }
      case PLATELETS_PER_UL -> {
        knownCounts(d);
        d.platelets = v;
      }
      case HEMOGLOBIN_G_DL -> {
        knownCounts(d);
        d.hemoglobin = v;
      }
      case CD4_PER_UL -> {
        d.host = HostCategory.HIV;
        d.cd4 = v;
      }
      case MONTHS_CD4_ABOVE_100 -> {
        d.host = HostCategory.HIV;
        d.onArt = true;
        d.hivSuppressed = true;
        d.cd4 = cd4AboveStop;
        d.monthsCd4Above100 = v;
        d.phase = TreatmentPhase.MAINTENANCE;
      }
      case AGE_YEARS -> d.ageYears = v;
      case DAYS_OF_IV_THERAPY -> {
        // Reachable IV-to-oral switch (clinical basis §4.5): non-CNS induction,
        // improving, oral possible, absorption intact, adult off dialysis.
        makeAdultOffDialysis(d);
        if (Double.isNaN(d.scrMgDl)) {
          d.scrMgDl = KNOWN_SCR_MG_DL;
          d.scrInUmol = false;
        }
        d.phase = TreatmentPhase.INDUCTION;
        d.removeCnsSites();
        if (!d.hasSite()) {
          d.addSite(DiseaseSite.PNEUMONITIS);
        }
        d.daysOfIvTherapy = (int) Math.max(0, Math.round(v));
        d.improving = true;
        d.canTakeOral = true;
        d.giImpaired = false;
      }
      case WEIGHT_KG -> {
        if (d.ageYears < MARIBAVIR_MIN_AGE) {
          d.ageYears = MARIBAVIR_MIN_AGE + 1;
        }
        d.weightKg = v;
      }
    }
  }

  private static void makeAdultOffDialysis(CaseDraft d) {
    if (d.ageYears < ClinicalThresholds.ADULT_AGE_YEARS) {
      d.ageYears = ClinicalThresholds.ADULT_AGE_YEARS + 20;
    }
    d.renalReplacement = RenalReplacement.NONE;
  }

  private static void knownCounts(CaseDraft d) {
    if (Double.isNaN(d.anc)) {
      d.anc = KNOWN_ANC;
      d.platelets = KNOWN_PLATELETS;
      d.hemoglobin = KNOWN_HB;
    }
  }

  /** An unremarkable serum creatinine for a patient taken off dialysis, mg/dL (assumption). */
  private static final double KNOWN_SCR_MG_DL = 1.0;

  /** Unremarkable counts for a patient whose labs were not drawn (assumption). */
  private static final double KNOWN_ANC = 2500;

  private static final double KNOWN_PLATELETS = 150_000;

  private static final double KNOWN_HB = 11;
}
