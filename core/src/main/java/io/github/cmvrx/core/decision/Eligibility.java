package io.github.cmvrx.core.decision;

import static io.github.cmvrx.core.rule.ClinicalThresholds.ADULT_AGE_YEARS;
import static io.github.cmvrx.core.rule.ClinicalThresholds.CIDOFOVIR_STOP_RISE_MG_DL;
import static io.github.cmvrx.core.rule.ClinicalThresholds.CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL;
import static io.github.cmvrx.core.rule.ClinicalThresholds.MARIBAVIR_MIN_AGE_YEARS;
import static io.github.cmvrx.core.rule.ClinicalThresholds.MARIBAVIR_MIN_WEIGHT_KG;
import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.internal.Comparisons;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which drugs the decision rules rule out for one case, before any dose is computed, and why: the
 * one home of every case-level exclusion rule (decision 1404). Per drug, in this order, the first
 * that applies:
 *
 * <ul>
 *   <li>letermovir: prophylaxis only, never treatment (clinical basis §3.5.1, §4.10);
 *   <li>ganciclovir and valganciclovir: intolerance, cytopenia below the cut-offs, genotypic
 *       resistance to either, refractory disease (§3.1, §4.6, §4.8);
 *   <li>any drug: genotypic resistance to it (§4.8);
 *   <li>cidofovir and maribavir: CNS disease (§3.4, §3.5.2, §4.2);
 *   <li>maribavir: its indication, after transplant, not retinitis, refractory or resistant
 *       disease (§3.5.2);
 *   <li>the patient's own rules ({@link #patientExclusion}): valganciclovir tablets and cidofovir
 *       under the adult age (§4, §3.4); cidofovir stopped on therapy by a creatinine rise or
 *       proteinuria 3+ (§3.4); maribavir under 12 years or 35 kg (§3.5.2).
 * </ul>
 *
 * The thresholds are in {@link io.github.cmvrx.core.rule.ClinicalThresholds}, or {@link CutOffs}
 * where a policy may change them (the cytopenia counts). What needs the assessment of kidney
 * function and weight is not here but a dose fact of the dosing module: the renal dose bands and
 * "not computable", the exclusions on renal replacement, and cidofovir's contraindications (serum
 * creatinine, CrCl, urine protein, nephrotoxic co-medication: one exclusion listing every
 * condition not met, with CrCl the assessment's; decision 1404). Computed once per case; the drugs
 * it does not rule out are the only ones whose availability the dosing is asked for (the dosing
 * refuses letermovir and the drugs of {@link #patientExclusion}). Immutable.
 *
 * @since 0.3.0
 */
public final class Eligibility {
  private static final Drug[] DRUGS = Drug.values();

  private static final MessageKey[] KEYS = MessageKey.values();
  private static final RecommendationPhase[] PHASES = RecommendationPhase.values();
  private static final MaintenanceRules.HivStop[] HIV_STOPS = MaintenanceRules.HivStop.values();
  // Exclusions whose reason has no argument, shared: one per drug and reason, built on first use.
  private static final Exclusion[] FIXED = new Exclusion[DRUGS.length * KEYS.length];
  // The cidofovir stop rule that applies (cidofovirStop), if any.
  private static final byte NO_STOP = 0;
  private static final byte STOP_RISE = 1;
  private static final byte STOP_PROTEINURIA = 2;

  private final PatientCase patientCase;
  private final CutOffs cutOffs;
  private final @Nullable Exclusion[] byRule;
  private final @Nullable Recommendation refusal;
  // Bit per drug ordinal: genotypic resistance known (read once; the rules ask many times).
  private final int resistant;
  private final boolean refractory;
  // Worked out once, as ordinals (the object stays at 40 bytes): both the choice of the drugs to
  // dose and the decision read them.
  private final byte hivStop;
  private final byte phase;
  // Which cidofovir stop rule applies (NO_STOP, STOP_RISE, STOP_PROTEINURIA), when no earlier
  // rule rules cidofovir out. Its exclusion states the finding, so it is not a shared value: it is
  // built only when asked (ruledOut), not for every case that has the finding; most such cases
  // never read cidofovir, and keep the shared array.
  private final byte cidofovirStop;
  // The drugs no rule rules out, as a DrugSet mask, and whether oral valganciclovir may be
  // considered (OralAbility): worked out once, read by the choice of drugs and by the decision.
  private final byte toAssess;
  private final boolean oralPossible;

  private Eligibility(PatientCase patientCase, CutOffs cutOffs) {
    this.patientCase = patientCase;
    this.cutOffs = cutOffs;
    Set<Drug> resistantTo = patientCase.virology().resistantTo();
    int bits = 0;
    if (!resistantTo.isEmpty()) {
      for (Drug d : DRUGS) {
        if (resistantTo.contains(d)) {
          bits |= 1 << d.ordinal();
        }
      }
    }
    this.resistant = bits;
    this.refractory = patientCase.virology().refractory().orElse(false);
    this.refusal = TreatmentDecider.refusal(patientCase).orElse(null);
    MaintenanceRules.HivStop stop = MaintenanceRules.hivStop(patientCase.host(), cutOffs);
    this.hivStop = (byte) stop.ordinal();
    this.phase = (byte) TreatmentDecider.phaseOf(patientCase, stop).ordinal();
    // Each rule evaluated once. While every exclusion is a shared value (the usual case) only
    // their signature is summed up, and the array kept for it is taken; the first exclusion that
    // is not shared gets the case an array of its own, filled with the shared ones found so far.
    @Nullable Exclusion family = ganciclovirFamily(Drug.GANCICLOVIR);
    long signature = 0;
    @Nullable Exclusion @Nullable [] own = null;
    for (Drug d : DRUGS) {
      Exclusion e = byRule(d, family);
      if (e == null) {
        continue;
      }
      int i = d.ordinal();
      int k = e.why().key().ordinal();
      if (own == null && SharedRulings.fits(k) && FIXED[i * KEYS.length + k] == e) {
        signature |= SharedRulings.part(i, k);
      } else {
        if (own == null) {
          own = sharedOf(signature);
        }
        own[i] = e;
      }
    }
    if (own == null) {
      own = SharedRulings.kept(signature);
      if (own == null) {
        own = SharedRulings.keep(signature, sharedOf(signature));
      }
    }
    this.byRule = own;
    this.cidofovirStop =
        own[Drug.CIDOFOVIR.ordinal()] == null ? cidofovirStop(patientCase) : NO_STOP;
    this.toAssess = (byte) notRuledOut();
    this.oralPossible = OralAbility.oralPossible(patientCase);
  }

  /**
   * Returns what the decision rules rule out for {@code patientCase} under {@code cutOffs}.
   *
   * @param patientCase a valid case
   * @param cutOffs the cut-offs (label and guideline defaults, or a policy's local values)
   * @return the eligibility
   */
  public static Eligibility of(PatientCase patientCase, CutOffs cutOffs) {
    return new Eligibility(
        requireNonNull(patientCase, "patientCase"), requireNonNull(cutOffs, "cutOffs"));
  }

  /**
   * Returns the refusal of a case out of scope or holding a physiologically impossible value
   * ({@link TreatmentDecider#refusal}); empty for a case that can be decided.
   *
   * @return the refusal, or empty
   */
  public Optional<Recommendation> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * Returns the case.
   *
   * @return the case
   */
  public PatientCase patientCase() {
    return patientCase;
  }

  /**
   * Returns the cut-offs.
   *
   * @return the cut-offs
   */
  public CutOffs cutOffs() {
    return cutOffs;
  }

  /**
   * Returns the phase whose doses the decisions need (see {@link TreatmentDecider#dosePhase}).
   *
   * @return induction or maintenance
   */
  public DosePhase dosePhase() {
    return TreatmentDecider.dosePhase(patientCase);
  }

  /**
   * Returns the drugs no decision rule rules out: the only drugs whose availability to gather.
   *
   * @return the drugs
   */
  public Set<Drug> drugsToAssess() {
    return DrugSet.of(drugsToAssessMask());
  }

  /** {@link #drugsToAssess} as a {@link DrugSet} mask. */
  int drugsToAssessMask() {
    return toAssess;
  }

  /** The drugs {@link #rulesOut} leaves, as a {@link DrugSet} mask (worked out once). */
  private int notRuledOut() {
    int out = 0;
    for (Drug d : DRUGS) {
      if (!rulesOut(d)) {
        out |= DrugSet.bit(d);
      }
    }
    return out;
  }

  /**
   * Returns why a decision rule rules {@code drug} out, or empty.
   *
   * @param drug the drug
   * @return the exclusion, or empty
   */
  public Optional<Exclusion> ruleExclusion(Drug drug) {
    return Optional.ofNullable(ruledOut(drug));
  }

  /** The phase the recommendation is for (see {@link TreatmentDecider#phaseOf}). */
  RecommendationPhase phase() {
    return PHASES[phase];
  }

  /** The HIV stopping criteria as far as they are known ({@link MaintenanceRules#hivStop}). */
  MaintenanceRules.HivStop hivStop() {
    return HIV_STOPS[hivStop];
  }

  /** {@link OralAbility#oralPossible} for the case, worked out once. */
  boolean oralPossible() {
    return oralPossible;
  }

  /** Whether the disease is refractory (known and true). */
  boolean refractory() {
    return refractory;
  }

  /** Whether the disease is refractory or a genotypic resistance is known (rule 8). */
  boolean refractoryOrResistant() {
    return refractory || resistant != 0;
  }

  /** The exclusion by a decision rule, or null (a cidofovir stop's is built on each call). */
  @Nullable Exclusion ruledOut(Drug drug) {
    Exclusion e = byRule[drug.ordinal()];
    if (e == null && drug == Drug.CIDOFOVIR && cidofovirStop != NO_STOP) {
      return cidofovirStopExclusion(patientCase, cidofovirStop);
    }
    return e;
  }

  /** Whether a decision rule rules {@code drug} out: {@link #ruledOut} not null, nothing built. */
  boolean rulesOut(Drug drug) {
    return byRule[drug.ordinal()] != null
        || (drug == Drug.CIDOFOVIR && cidofovirStop != NO_STOP);
  }

  // ------------------------------------------------------------------------------ the rules

  /** A new array of the shared exclusions a signature of {@link SharedRulings} sums up. */
  private static @Nullable Exclusion[] sharedOf(long signature) {
    @Nullable Exclusion[] out = new Exclusion[DRUGS.length];
    for (int i = 0; i < DRUGS.length; i++) {
      int k = SharedRulings.keyOf(signature, i);
      if (k >= 0) {
        out[i] = FIXED[i * KEYS.length + k];
      }
    }
    return out;
  }

  /** The exclusion of {@code d} by a decision rule, given the ganciclovir family's own. */
  private @Nullable Exclusion byRule(Drug d, @Nullable Exclusion family) {
    return d == Drug.VALGANCICLOVIR && family != null
        ? sameFamilyReason(family)
        : d == Drug.GANCICLOVIR ? family == null ? rule(d) : family : rule(d);
  }

  private @Nullable Exclusion rule(Drug drug) {
    PatientCase c = patientCase;
    if (drug == Drug.LETERMOVIR) {
      return fixed(
          drug,
          c.treatment().onLetermovir().orElse(false)
              ? MessageKey.LETERMOVIR_ON_IT_PROPHYLAXIS_ONLY
              : MessageKey.LETERMOVIR_PROPHYLAXIS_ONLY,
          RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY);
    }
    if (isResistant(drug)) {
      return fixed(drug, MessageKey.GENOTYPIC_RESISTANCE, RuleId.REG_REFRACTORY);
    }
    if ((drug == Drug.CIDOFOVIR || drug == Drug.MARIBAVIR) && c.disease().isCns()) {
      return fixed(
          drug,
          drug == Drug.CIDOFOVIR ? MessageKey.CDV_NEVER_CNS : MessageKey.MBV_NEVER_CNS,
          RuleId.REG_CNS_PARTIAL);
    }
    if (drug == Drug.MARIBAVIR) {
      Exclusion indication = maribavirIndication();
      if (indication != null) {
        return indication;
      }
    }
    // Cidofovir's stop rules are kept apart (cidofovirStop): their exclusion is built when asked.
    return drug == Drug.CIDOFOVIR ? cidofovirUnderAdultAge(c) : patientRule(c, drug);
  }

  /**
   * Returns why the label gives {@code drug} no dose for this patient, whatever else the case
   * says, from the case data alone: valganciclovir tablets under the adult age (clinical basis
   * §4, VGC-PI §2.3); cidofovir under the adult age, then stopped on therapy by a serum creatinine
   * rise of 0.5 mg/dL or more over the baseline, then by proteinuria 3+ (clinical basis §3.4,
   * CDV-PI); maribavir under 12 years or under 35 kg (clinical basis §3.5.2, MBV-PI §1). The one
   * home of these rules: {@link #of} rules the drug out with them, and the dosing module, which is
   * asked only for the drugs Eligibility leaves, asks them too and refuses to dose such a drug
   * ({@link io.github.cmvrx.core.dose.Dosing}). Letermovir is not a patient's rule: it is never a
   * treatment, for anyone. Cidofovir's contraindications (serum creatinine, CrCl, urine protein,
   * nephrotoxic co-medication) are not here: they are one exclusion listing every condition not
   * met, and CrCl is the dosing's assessment (decision 1404).
   *
   * @param patientCase a valid case
   * @param drug the drug
   * @return the exclusion, or empty if the label gives this patient a dose of {@code drug}
   */
  public static Optional<Exclusion> patientExclusion(PatientCase patientCase, Drug drug) {
    return Optional.ofNullable(
        patientRule(requireNonNull(patientCase, "patientCase"), requireNonNull(drug, "drug")));
  }

  /** {@link #patientExclusion}, or null: the rules' one home. */
  private static @Nullable Exclusion patientRule(PatientCase c, Drug drug) {
    switch (drug) {
      case VALGANCICLOVIR -> {
        if (c.patient().age().years() < ADULT_AGE_YEARS) {
          return fixed(drug, MessageKey.VGC_UNDER_ADULT_AGE, RuleId.REG_PAEDIATRIC_NO_TABLETS);
        }
        return null;
      }
      case CIDOFOVIR -> {
        return cidofovirPatientRule(c);
      }
      case MARIBAVIR -> {
        double age = c.patient().age().years();
        double kg = c.patient().weight().kilograms();
        if (age < MARIBAVIR_MIN_AGE_YEARS || kg < MARIBAVIR_MIN_WEIGHT_KG) {
          return new Exclusion(
              drug, Message.of(MessageKey.MBV_AGE_WEIGHT, age, kg), RuleId.DOSE_MBV);
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Cidofovir for this patient, in order: not under the adult age (DOSE-CDV-PAEDIATRIC), then
   * stopped by the creatinine rise, then by proteinuria 3+ (DOSE-CDV-ON-THERAPY).
   */
  private static @Nullable Exclusion cidofovirPatientRule(PatientCase c) {
    Exclusion underAge = cidofovirUnderAdultAge(c);
    if (underAge != null) {
      return underAge;
    }
    byte stop = cidofovirStop(c);
    return stop == NO_STOP ? null : cidofovirStopExclusion(c, stop);
  }

  private static @Nullable Exclusion cidofovirUnderAdultAge(PatientCase c) {
    return c.patient().age().years() < ADULT_AGE_YEARS
        ? fixed(Drug.CIDOFOVIR, MessageKey.CDV_UNDER_ADULT_AGE, RuleId.DOSE_CDV_PAEDIATRIC)
        : null;
  }

  /**
   * Which cidofovir stop rule applies, in order: a creatinine rise of 0.5 mg/dL or more, then
   * proteinuria 3+ (clinical basis §3.4, CDV-PI); nothing built.
   */
  private static byte cidofovirStop(PatientCase c) {
    // NaN (no baseline) is never at or above the threshold.
    if (creatinineRiseMgPerDl(c) >= CIDOFOVIR_STOP_RISE_MG_DL) {
      return STOP_RISE;
    }
    Optional<UrineProtein> protein = c.labs().urineProtein();
    return protein.isPresent()
            && protein.get().mgPerDecilitre() >= CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL
        ? STOP_PROTEINURIA
        : NO_STOP;
  }

  /** The exclusion of the stop rule {@link #cidofovirStop} found, stating the finding. */
  private static Exclusion cidofovirStopExclusion(PatientCase c, byte stop) {
    return stop == STOP_RISE
        ? new Exclusion(
            Drug.CIDOFOVIR,
            Message.of(MessageKey.CDV_CREATININE_RISE_STOP, creatinineRiseMgPerDl(c)),
            RuleId.DOSE_CDV_ON_THERAPY)
        : new Exclusion(
            Drug.CIDOFOVIR,
            Message.of(
                MessageKey.CDV_PROTEINURIA_STOP, c.labs().urineProtein().get().mgPerDecilitre()),
            RuleId.DOSE_CDV_ON_THERAPY);
  }

  /**
   * Returns the rise of the serum creatinine over {@code labs.baselineSerumCreatinine}, mg/dL,
   * snapped to the grid of {@link Comparisons} before it is compared (clinical basis §3.4,
   * DOSE-CDV-ON-THERAPY): the one computation of it, for the stop rule here and for the reduced
   * cidofovir dose of the dosing.
   *
   * @param patientCase a valid case
   * @return the rise, possibly negative; NaN when the serum creatinine or its baseline is unknown
   */
  public static double creatinineRiseMgPerDl(PatientCase patientCase) {
    Optional<SerumCreatinine> scr = patientCase.patient().serumCreatinine();
    if (scr.isEmpty()) {
      return Double.NaN;
    }
    Optional<SerumCreatinine> baseline = patientCase.labs().baselineSerumCreatinine();
    return baseline.isPresent()
        ? Comparisons.snap(scr.get().mgPerDl() - baseline.get().mgPerDl())
        : Double.NaN;
  }

  /**
   * The ganciclovir family's own exclusions, in order: intolerance, cytopenia, genotypic
   * resistance, refractory disease (read for ganciclovir; valganciclovir shares the reason).
   */
  private @Nullable Exclusion ganciclovirFamily(Drug drug) {
    PatientCase c = patientCase;
    if (c.treatment().ganciclovirIntolerance().orElse(false)) {
      return fixed(drug, MessageKey.GCV_NOT_TOLERATED, RuleId.REG_GCV_ALTERNATIVE);
    }
    List<Message> cytopenias = cytopenias(c.labs(), cutOffs);
    if (!cytopenias.isEmpty()) {
      return new Exclusion(
          drug, Message.of(MessageKey.GCV_CYTOPENIA, cytopenias), RuleId.DOSE_GCV_CYTOPENIA);
    }
    if (isResistant(Drug.GANCICLOVIR) || isResistant(Drug.VALGANCICLOVIR)) {
      return fixed(drug, MessageKey.GCV_GENOTYPIC_RESISTANCE, RuleId.REG_REFRACTORY);
    }
    if (refractory) {
      return fixed(drug, MessageKey.REFRACTORY_IS_GCV_FAILURE, RuleId.REG_REFRACTORY);
    }
    return null;
  }

  /** Valganciclovir's reason when the family is ruled out: the same, except for intolerance. */
  private static Exclusion sameFamilyReason(Exclusion ganciclovir) {
    if (ganciclovir.why().key() == MessageKey.GCV_NOT_TOLERATED) {
      return fixed(
          Drug.VALGANCICLOVIR, MessageKey.VGC_ACTIVE_DRUG_NOT_TOLERATED, ganciclovir.ruleId());
    }
    // A reason without arguments is the shared message of its key (no list of arguments built).
    if (ganciclovir.why() == Message.of(ganciclovir.why().key())) {
      return fixed(Drug.VALGANCICLOVIR, ganciclovir.why().key(), ganciclovir.ruleId());
    }
    return new Exclusion(Drug.VALGANCICLOVIR, ganciclovir.why(), ganciclovir.ruleId());
  }

  private @Nullable Exclusion maribavirIndication() {
    PatientCase c = patientCase;
    if (!c.host().category().isTransplant()) {
      return fixed(Drug.MARIBAVIR, MessageKey.MBV_ONLY_POST_TRANSPLANT, RuleId.REG_THIRD_LINE);
    }
    if (c.disease().sites().contains(DiseaseSite.RETINITIS)) {
      return fixed(Drug.MARIBAVIR, MessageKey.MBV_NOT_FOR_RETINITIS, RuleId.REG_THIRD_LINE);
    }
    boolean refractoryOrResistant =
        refractory
            || isResistant(Drug.GANCICLOVIR)
            || isResistant(Drug.VALGANCICLOVIR)
            || isResistant(Drug.FOSCARNET)
            || isResistant(Drug.CIDOFOVIR);
    if (!refractoryOrResistant) {
      return fixed(
          Drug.MARIBAVIR, MessageKey.MBV_ONLY_REFRACTORY_OR_RESISTANT, RuleId.REG_THIRD_LINE);
    }
    return null;
  }

  /**
   * Returns the cytopenias below the ganciclovir thresholds (GCV-PI §5.1, or a policy's local
   * cut-offs); empty if none is known.
   *
   * @param labs the blood counts
   * @param cutOffs the cut-offs
   * @return one message per low count, in the order ANC, platelets, haemoglobin
   */
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
      out[n++] =
          Message.of(
              MessageKey.CYTOPENIA_ANC,
              ancValue.get().perMicrolitre(),
              cutOffs.boxed(CutOff.CYTOPENIA_ANC));
    }
    if (lowPlatelets) {
      out[n++] =
          Message.of(
              MessageKey.CYTOPENIA_PLATELETS,
              plateletValue.get().perMicrolitre(),
              cutOffs.boxed(CutOff.CYTOPENIA_PLATELETS));
    }
    if (lowHb) {
      out[n++] =
          Message.of(
              MessageKey.CYTOPENIA_HAEMOGLOBIN,
              hbValue.get().gramsPerDecilitre(),
              cutOffs.boxed(CutOff.CYTOPENIA_HAEMOGLOBIN));
    }
    return List.of(java.util.Arrays.copyOf(out, n));
  }

  private boolean isResistant(Drug drug) {
    return (resistant & (1 << drug.ordinal())) != 0;
  }

  /** The shared exclusion of {@code drug} for a reason without arguments. */
  private static Exclusion fixed(Drug drug, MessageKey key, RuleId rule) {
    int i = drug.ordinal() * KEYS.length + key.ordinal();
    Exclusion e = FIXED[i];
    if (e == null) {
      // A benign race: two threads may each build an equal value; either may be kept.
      e = new Exclusion(drug, Message.of(key), rule);
      FIXED[i] = e;
    }
    return e;
  }
}
