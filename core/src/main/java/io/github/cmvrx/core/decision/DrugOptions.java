package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static io.github.cmvrx.core.decision.ClinicalThresholds.ADULT_AGE_YEARS;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which drugs may be used for one case in one phase, and why the others may not: the reasons
 * of the decision rules (intolerance, cytopenia, resistance, refractory disease, age, CNS
 * disease, indication) first, then what the dose facts say (renal cut-offs, dialysis, no label
 * dose). A drug whose dose is not computable counts as not usable (clinical basis §4.9).
 */
final class DrugOptions {
  private final PatientCase c;
  private final @Nullable DoseFacts facts;
  private final CutOffs cutOffs;

  DrugOptions(PatientCase c, @Nullable DoseFacts facts, CutOffs cutOffs) {
    this.c = c;
    this.facts = facts;
    this.cutOffs = cutOffs;
  }

  CutOffs cutOffs() {
    return cutOffs;
  }

  DosePhase phase() {
    return facts().phase();
  }

  private DoseFacts facts() {
    DoseFacts f = facts;
    if (f == null) {
      throw new IllegalStateException("decision rules only: no dose facts");
    }
    return f;
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

  /** Returns the dose facts' answer for {@code drug}. */
  DoseDecision dose(Drug drug) {
    return facts().dose(drug);
  }

  private static final Drug[] DRUGS = Drug.values();

  /**
   * Returns the drugs no decision rule rules out for {@code c}: the only drugs whose dose facts
   * the decisions read, so the only ones to gather.
   */
  static Set<Drug> drugsToDose(PatientCase c, CutOffs cutOffs) {
    Set<Drug> out = EnumSet.noneOf(Drug.class);
    DrugOptions rules = new DrugOptions(c, null, cutOffs);
    for (Drug d : DRUGS) {
      if (rules.ruleExclusion(d).isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Returns the reasons of the decision rules that rule {@code drug} out, before any dosing. */
  Optional<Exclusion> ruleExclusion(Drug drug) {
    if (drug == Drug.LETERMOVIR) {
      boolean onIt = c.treatment().onLetermovir().orElse(false);
      return Optional.of(
          new Exclusion(
              drug,
              Message.of(
                  onIt
                      ? MessageKey.LETERMOVIR_ON_IT_PROPHYLAXIS_ONLY
                      : MessageKey.LETERMOVIR_PROPHYLAXIS_ONLY),
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
          new Exclusion(drug, Message.of(MessageKey.GENOTYPIC_RESISTANCE), RuleId.REG_REFRACTORY));
    }
    if (drug == Drug.VALGANCICLOVIR && c.patient().age().years() < ADULT_AGE_YEARS) {
      return Optional.of(
          new Exclusion(
              drug,
              Message.of(MessageKey.VGC_UNDER_ADULT_AGE),
              RuleId.REG_PAEDIATRIC_NO_TABLETS));
    }
    if ((drug == Drug.CIDOFOVIR || drug == Drug.MARIBAVIR) && c.disease().isCns()) {
      return Optional.of(
          new Exclusion(
              drug,
              Message.of(
                  drug == Drug.CIDOFOVIR ? MessageKey.CDV_NEVER_CNS : MessageKey.MBV_NEVER_CNS),
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
              Message.of(
                  drug == Drug.GANCICLOVIR
                      ? MessageKey.GCV_NOT_TOLERATED
                      : MessageKey.VGC_ACTIVE_DRUG_NOT_TOLERATED),
              RuleId.REG_GCV_ALTERNATIVE));
    }
    List<Message> cytopenias = cytopenias(c.labs(), cutOffs);
    if (!cytopenias.isEmpty()) {
      return Optional.of(
          new Exclusion(
              drug,
              Message.of(MessageKey.GCV_CYTOPENIA, cytopenias),
              RuleId.DOSE_GCV_CYTOPENIA));
    }
    if (isResistant(Drug.GANCICLOVIR) || isResistant(Drug.VALGANCICLOVIR)) {
      return Optional.of(
          new Exclusion(
              drug,
              Message.of(MessageKey.GCV_GENOTYPIC_RESISTANCE),
              RuleId.REG_REFRACTORY));
    }
    if (c.virology().refractory().orElse(false)) {
      return Optional.of(
          new Exclusion(
              drug,
              Message.of(MessageKey.REFRACTORY_IS_GCV_FAILURE),
              RuleId.REG_REFRACTORY));
    }
    return Optional.empty();
  }

  private Optional<Exclusion> maribavirIndication() {
    if (!c.host().category().isTransplant()) {
      return Optional.of(
          new Exclusion(
              Drug.MARIBAVIR,
              Message.of(MessageKey.MBV_ONLY_POST_TRANSPLANT),
              RuleId.REG_THIRD_LINE));
    }
    if (c.disease().sites().contains(DiseaseSite.RETINITIS)) {
      return Optional.of(
          new Exclusion(
              Drug.MARIBAVIR,
              Message.of(MessageKey.MBV_NOT_FOR_RETINITIS),
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
              Message.of(MessageKey.MBV_ONLY_REFRACTORY_OR_RESISTANT),
              RuleId.REG_THIRD_LINE));
    }
    return Optional.empty();
  }

  /** Returns the cytopenias below the ganciclovir thresholds; empty if none is known. */
  static List<Message> cytopenias(Labs labs, CutOffs cutOffs) {
    double anc = cutOffs.get(CutOff.CYTOPENIA_ANC);
    double platelets = cutOffs.get(CutOff.CYTOPENIA_PLATELETS);
    double hb = cutOffs.get(CutOff.CYTOPENIA_HAEMOGLOBIN);
    // Each value read once, and nothing built when no count is low (the usual case).
    Optional<CellCount> ancValue = labs.anc();
    Optional<CellCount> plateletValue = labs.platelets();
    Optional<Haemoglobin> hbValue = labs.hemoglobin();
    boolean lowAnc = ancValue.isPresent() && ancValue.get().perMicrolitre() < anc;
    boolean lowPlatelets =
        plateletValue.isPresent() && plateletValue.get().perMicrolitre() < platelets;
    boolean lowHb = hbValue.isPresent() && hbValue.get().gramsPerDecilitre() < hb;
    if (!lowAnc && !lowPlatelets && !lowHb) {
      return List.of();
    }
    Message[] out = new Message[3];
    int n = 0;
    if (lowAnc) {
      out[n++] = Message.of(MessageKey.CYTOPENIA_ANC, ancValue.get().perMicrolitre(), anc);
    }
    if (lowPlatelets) {
      out[n++] =
          Message.of(MessageKey.CYTOPENIA_PLATELETS, plateletValue.get().perMicrolitre(), platelets);
    }
    if (lowHb) {
      out[n++] = Message.of(MessageKey.CYTOPENIA_HAEMOGLOBIN, hbValue.get().gramsPerDecilitre(), hb);
    }
    return List.of(java.util.Arrays.copyOf(out, n));
  }

  private boolean isResistant(Drug drug) {
    return c.virology().resistantTo().contains(drug);
  }
}
