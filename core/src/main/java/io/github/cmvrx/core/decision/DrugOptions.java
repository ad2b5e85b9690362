package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static io.github.cmvrx.core.decision.ClinicalThresholds.ADULT_AGE_YEARS;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.Dosing;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which drugs may be used for one case in one phase, and why the others may not: the reasons
 * of the decision rules (intolerance, cytopenia, resistance, refractory disease, age, CNS
 * disease, indication) first, then what the dosing says (renal cut-offs, dialysis, no label
 * dose). A drug whose dose is not computable counts as not usable (clinical basis §4.9).
 */
final class DrugOptions {
  private final PatientCase c;
  private final Dosing dosing;
  private final DosePhase phase;
  private final CutOffs cutOffs;
  private final Map<Drug, DoseDecision> doses = new EnumMap<>(Drug.class);

  DrugOptions(PatientCase c, Dosing dosing, DosePhase phase, CutOffs cutOffs) {
    this.c = c;
    this.dosing = dosing;
    this.phase = phase;
    this.cutOffs = cutOffs;
  }

  CutOffs cutOffs() {
    return cutOffs;
  }

  DosePhase phase() {
    return phase;
  }

  /** Returns the dose of {@code drug} if it is usable, else empty. */
  Optional<DoseDecision.Dosed> usable(Drug drug) {
    if (ruleExclusion(drug).isPresent()) {
      return Optional.empty();
    }
    DoseDecision d = dose(drug);
    return d instanceof DoseDecision.Dosed dosed ? Optional.of(dosed) : Optional.empty();
  }

  /** Returns why {@code drug} is not usable; empty if it is usable. */
  Optional<Exclusion> whyNot(Drug drug) {
    Optional<Exclusion> byRule = ruleExclusion(drug);
    if (byRule.isPresent()) {
      return byRule;
    }
    DoseDecision d = dose(drug);
    if (d instanceof DoseDecision.Excluded e) {
      return Optional.of(e.exclusion());
    }
    if (d instanceof DoseDecision.NotComputable n) {
      return Optional.of(n.asExclusion());
    }
    return Optional.empty();
  }

  /** Returns the dosing's answer for {@code drug} (computed once). */
  DoseDecision dose(Drug drug) {
    return doses.computeIfAbsent(drug, d -> dosing.dose(d, phase));
  }

  /** Returns the reasons of the decision rules that rule {@code drug} out, before any dosing. */
  Optional<Exclusion> ruleExclusion(Drug drug) {
    if (drug == Drug.LETERMOVIR) {
      boolean onIt = c.treatment().onLetermovir().orElse(false);
      return Optional.of(
          new Exclusion(
              drug,
              (onIt ? "on it as prophylaxis now; " : "")
                  + "for prophylaxis only, never a treatment regimen",
              RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY));
    }
    if (drug.isGanciclovirFamily()) {
      Optional<Exclusion> family = ganciclovirFamilyExclusion(drug);
      if (family.isPresent()) {
        return family;
      }
    }
    if (isResistant(drug)) {
      return Optional.of(
          new Exclusion(drug, "genotypic resistance", RuleId.REG_REFRACTORY));
    }
    if (drug == Drug.VALGANCICLOVIR && c.patient().age().years() < ADULT_AGE_YEARS) {
      return Optional.of(
          new Exclusion(
              drug,
              "under 18: adult tablet doses do not apply; oral step-down needs paediatric dosing"
                  + " (VGC-PI §2.3) by a specialist",
              RuleId.REG_PAEDIATRIC_NO_TABLETS));
    }
    if ((drug == Drug.CIDOFOVIR || drug == Drug.MARIBAVIR) && c.disease().isCns()) {
      return Optional.of(
          new Exclusion(
              drug,
              drug == Drug.CIDOFOVIR
                  ? "never for CNS disease: does not cross significantly into the CSF"
                  : "never for CNS disease: no evidence, trial populations excluded it",
              RuleId.REG_CNS_PARTIAL));
    }
    if (drug == Drug.MARIBAVIR) {
      return maribavirIndication();
    }
    return Optional.empty();
  }

  private Optional<Exclusion> ganciclovirFamilyExclusion(Drug drug) {
    if (c.treatment().ganciclovirIntolerance().orElse(false)) {
      return Optional.of(
          new Exclusion(
              drug,
              drug == Drug.GANCICLOVIR
                  ? "not tolerated"
                  : "its active drug ganciclovir is not tolerated",
              RuleId.REG_GCV_ALTERNATIVE));
    }
    List<String> cytopenias = cytopenias(c.labs(), cutOffs);
    if (!cytopenias.isEmpty()) {
      return Optional.of(
          new Exclusion(
              drug,
              "cytopenia below the ganciclovir thresholds: " + String.join(", ", cytopenias),
              RuleId.DOSE_GCV_CYTOPENIA));
    }
    if (isResistant(Drug.GANCICLOVIR) || isResistant(Drug.VALGANCICLOVIR)) {
      return Optional.of(
          new Exclusion(
              drug,
              "genotypic ganciclovir resistance (shared by the prodrug valganciclovir)",
              RuleId.REG_REFRACTORY));
    }
    if (c.virology().refractory().orElse(false)) {
      return Optional.of(
          new Exclusion(
              drug,
              "refractory disease counts as ganciclovir failure",
              RuleId.REG_REFRACTORY));
    }
    return Optional.empty();
  }

  private Optional<Exclusion> maribavirIndication() {
    if (!c.host().category().isTransplant()) {
      return Optional.of(
          new Exclusion(
              Drug.MARIBAVIR,
              "indicated only for post-transplant (HSCT or SOT) CMV",
              RuleId.REG_THIRD_LINE));
    }
    if (c.disease().sites().contains(DiseaseSite.RETINITIS)) {
      return Optional.of(
          new Exclusion(
              Drug.MARIBAVIR,
              "not for retinitis: no evidence, trial populations excluded it",
              RuleId.REG_THIRD_LINE));
    }
    boolean refractoryOrResistant =
        c.virology().refractory().orElse(false)
            || isResistant(Drug.GANCICLOVIR)
            || isResistant(Drug.VALGANCICLOVIR)
            || isResistant(Drug.FOSCARNET)
            || isResistant(Drug.CIDOFOVIR);
    if (!refractoryOrResistant) {
      return Optional.of(
          new Exclusion(
              Drug.MARIBAVIR,
              "indicated only for CMV refractory or resistant to ganciclovir, valganciclovir,"
                  + " cidofovir or foscarnet",
              RuleId.REG_THIRD_LINE));
    }
    return Optional.empty();
  }

  /** Returns the cytopenias below the ganciclovir thresholds, as text; empty if none is known. */
  static List<String> cytopenias(Labs labs, CutOffs cutOffs) {
    List<String> out = new ArrayList<>(3);
    double anc = cutOffs.get(CutOff.CYTOPENIA_ANC);
    double platelets = cutOffs.get(CutOff.CYTOPENIA_PLATELETS);
    double hb = cutOffs.get(CutOff.CYTOPENIA_HAEMOGLOBIN);
    labs.anc()
        .filter(v -> v.perMicrolitre() < anc)
        .ifPresent(v -> out.add("ANC " + fmt(v.perMicrolitre()) + " /uL < " + grouped(anc)));
    labs.platelets()
        .filter(v -> v.perMicrolitre() < platelets)
        .ifPresent(
            v -> out.add("platelets " + fmt(v.perMicrolitre()) + " /uL < " + grouped(platelets)));
    labs.hemoglobin()
        .filter(v -> v.gramsPerDecilitre() < hb)
        .ifPresent(v -> out.add("haemoglobin " + fmt(v.gramsPerDecilitre()) + " g/dL < " + fmt(hb)));
    return out;
  }

  /** A count with thousands separated by commas, e.g. {@code 25,000}. */
  static String grouped(double count) {
    String s = fmt(count);
    if (count != Math.rint(count) || count < 10_000) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    for (int i = b.length() - 3; i > 0; i -= 3) {
      b.insert(i, ',');
    }
    return b.toString();
  }

  private boolean isResistant(Drug drug) {
    return c.virology().resistantTo().contains(drug);
  }

  /** Each drug's name in lower case, by ordinal: computed once, not on every reason built. */
  private static final String[] NAMES =
      Arrays.stream(Drug.values())
          .map(d -> d.name().toLowerCase(Locale.ROOT))
          .toArray(String[]::new);

  static String name(Drug drug) {
    return NAMES[drug.ordinal()];
  }

  static String fmt(double v) {
    // Long.toString is what "%d" prints for a long under Locale.ROOT, without the formatter.
    return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v);
  }
}
