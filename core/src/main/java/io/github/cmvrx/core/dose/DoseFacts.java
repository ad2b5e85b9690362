package io.github.cmvrx.core.dose;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the dosing knows about one case in one phase, gathered before any decision is taken: the
 * assessment (kidney function, weights, body surface area), each drug's availability (a dose can
 * be given, an exclusion with its reason, or "not computable") and, on intermittent
 * haemodialysis, the valganciclovir oral solution. The decisions choose from these facts; then
 * only the chosen drugs are dosed ({@link #withDoses}), and the decisions read those doses. They
 * never call back into the dosing: data flows one way, case -> assess -> choose -> dose ->
 * recommendation (issue 10 item 1). Immutable.
 *
 * @since 0.3.0
 */
public final class DoseFacts {
  private static final Drug[] DRUGS = Drug.values();
  private static final Set<Drug> ALL = Set.of(DRUGS);

  private final Assessment assessment;
  private final DosePhase phase;
  // Per drug: Available, Dosed, Excluded or NotComputable; null = not gathered. One field per
  // drug rather than an array: the facts of a case are made twice (availability, then doses),
  // and fields cost neither an array nor its copy.
  private final @Nullable DoseDecision ganciclovir;
  private final @Nullable DoseDecision valganciclovir;
  private final @Nullable DoseDecision foscarnet;
  private final @Nullable DoseDecision cidofovir;
  private final @Nullable DoseDecision maribavir;
  private final @Nullable DoseDecision letermovir;
  private final @Nullable RegimenComponent haemodialysisOralSolution;

  private DoseFacts(
      Assessment assessment,
      DosePhase phase,
      @Nullable DoseDecision ganciclovir,
      @Nullable DoseDecision valganciclovir,
      @Nullable DoseDecision foscarnet,
      @Nullable DoseDecision cidofovir,
      @Nullable DoseDecision maribavir,
      @Nullable DoseDecision letermovir,
      @Nullable RegimenComponent haemodialysisOralSolution) {
    this.assessment = assessment;
    this.phase = phase;
    this.ganciclovir = ganciclovir;
    this.valganciclovir = valganciclovir;
    this.foscarnet = foscarnet;
    this.cidofovir = cidofovir;
    this.maribavir = maribavir;
    this.letermovir = letermovir;
    this.haemodialysisOralSolution = haemodialysisOralSolution;
  }

  /**
   * Gathers the facts of {@code phase} from a dosing with every drug dosed: every drug's full
   * outcome, once. Only for a dosing that answers for every drug (a test's): the dosing module
   * refuses the drugs {@link Dosing} says it is never asked about; gather {@code
   * Eligibility.drugsToAssess()} with {@link #collect(Dosing, DosePhase, Set)} instead.
   *
   * @param dosing the dose arithmetic of one case under one policy
   * @param phase induction or maintenance
   * @return the facts
   */
  public static DoseFacts collect(Dosing dosing, DosePhase phase) {
    return collect(dosing, phase, ALL);
  }

  /**
   * Gathers the facts of {@code phase} from a dosing with {@code drugs} dosed (their full
   * outcome).
   *
   * @param dosing the dose arithmetic of one case under one policy
   * @param phase induction or maintenance
   * @param drugs the drugs to dose
   * @return the facts
   */
  public static DoseFacts collect(Dosing dosing, DosePhase phase, Set<Drug> drugs) {
    return gather(dosing, phase, drugs, true);
  }

  /**
   * Gathers the availability of {@code drugs} in {@code phase}: for each, whether a dose can be
   * given ({@link DoseDecision.Available}) or why not, without building any dose.
   *
   * @param dosing the dose arithmetic of one case under one policy
   * @param phase induction or maintenance
   * @param drugs the drugs no decision rule rules out
   * @return the facts, with no dose yet
   */
  public static DoseFacts assess(Dosing dosing, DosePhase phase, Set<Drug> drugs) {
    return gather(dosing, phase, drugs, false);
  }

  private static DoseFacts gather(Dosing dosing, DosePhase phase, Set<Drug> drugs, boolean dose) {
    requireNonNull(dosing, "dosing");
    requireNonNull(phase, "phase");
    // In the order of the drugs, as a loop over them would ask.
    return new DoseFacts(
        dosing.assessment(),
        phase,
        gather(dosing, phase, drugs, dose, Drug.GANCICLOVIR),
        gather(dosing, phase, drugs, dose, Drug.VALGANCICLOVIR),
        gather(dosing, phase, drugs, dose, Drug.FOSCARNET),
        gather(dosing, phase, drugs, dose, Drug.CIDOFOVIR),
        gather(dosing, phase, drugs, dose, Drug.MARIBAVIR),
        gather(dosing, phase, drugs, dose, Drug.LETERMOVIR),
        dosing.haemodialysisOralSolution(phase).orElse(null));
  }

  private static @Nullable DoseDecision gather(
      Dosing dosing, DosePhase phase, Set<Drug> drugs, boolean dose, Drug drug) {
    if (!drugs.contains(drug)) {
      return null;
    }
    if (dose) {
      return requireNonNull(dosing.dose(drug, phase), "dose");
    }
    DoseDecision d = requireNonNull(dosing.availability(drug, phase), "availability");
    if (d instanceof DoseDecision.Dosed) {
      throw new IllegalStateException("availability of " + drug + " returned a dose");
    }
    return d;
  }

  /**
   * Returns these facts with the availability of {@code drugs} gathered as well (those already
   * known are kept as they are).
   *
   * @param dosing the same dosing these facts were gathered from
   * @param drugs the drugs whose availability to know
   * @return the facts
   */
  public DoseFacts withAvailability(Dosing dosing, Set<Drug> drugs) {
    requireNonNull(dosing, "dosing");
    return new DoseFacts(
        assessment,
        phase,
        known(dosing, drugs, Drug.GANCICLOVIR, ganciclovir),
        known(dosing, drugs, Drug.VALGANCICLOVIR, valganciclovir),
        known(dosing, drugs, Drug.FOSCARNET, foscarnet),
        known(dosing, drugs, Drug.CIDOFOVIR, cidofovir),
        known(dosing, drugs, Drug.MARIBAVIR, maribavir),
        known(dosing, drugs, Drug.LETERMOVIR, letermovir),
        haemodialysisOralSolution);
  }

  private @Nullable DoseDecision known(
      Dosing dosing, Set<Drug> drugs, Drug drug, @Nullable DoseDecision known) {
    return known != null ? known : gather(dosing, phase, drugs, false, drug);
  }

  /**
   * Returns these facts with {@code drugs} dosed: the drugs the decisions chose, each of which
   * must be available.
   *
   * @param dosing the same dosing these facts were gathered from
   * @param drugs the chosen drugs
   * @return the facts with the doses
   * @throws IllegalStateException if a drug is not available, or the dosing does not give it a
   *     dose although it said it could
   */
  public DoseFacts withDoses(Dosing dosing, Set<Drug> drugs) {
    requireNonNull(dosing, "dosing");
    if (drugs.isEmpty()) {
      return this;
    }
    return new DoseFacts(
        assessment,
        phase,
        withDose(dosing, drugs, Drug.GANCICLOVIR, ganciclovir),
        withDose(dosing, drugs, Drug.VALGANCICLOVIR, valganciclovir),
        withDose(dosing, drugs, Drug.FOSCARNET, foscarnet),
        withDose(dosing, drugs, Drug.CIDOFOVIR, cidofovir),
        withDose(dosing, drugs, Drug.MARIBAVIR, maribavir),
        withDose(dosing, drugs, Drug.LETERMOVIR, letermovir),
        haemodialysisOralSolution);
  }

  private @Nullable DoseDecision withDose(
      Dosing dosing, Set<Drug> drugs, Drug drug, @Nullable DoseDecision known) {
    if (!drugs.contains(drug)) {
      return known;
    }
    DoseDecision d = outcome(drug);
    if (d instanceof DoseDecision.Dosed) {
      return d;
    }
    if (!(d instanceof DoseDecision.Available)) {
      throw new IllegalStateException(drug + " is not available: " + d);
    }
    DoseDecision dosed = dosing.dose(drug, phase);
    if (!(dosed instanceof DoseDecision.Dosed)) {
      throw new IllegalStateException(
          drug + " was available but the dosing gave no dose: " + dosed);
    }
    return dosed;
  }

  /**
   * Returns the assessment the doses are based on.
   *
   * @return the assessment
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Returns the phase these doses are for.
   *
   * @return induction or maintenance
   */
  public DosePhase phase() {
    return phase;
  }

  /**
   * Returns what is known of {@code drug}: available (not dosed yet), a dose, an exclusion or
   * "not computable".
   *
   * @param drug the drug
   * @return the outcome
   * @throws NotGathered if the drug's facts were not gathered
   */
  public DoseDecision dose(Drug drug) {
    return outcome(drug);
  }

  private DoseDecision outcome(Drug drug) {
    DoseDecision d =
        switch (drug) {
          case GANCICLOVIR -> ganciclovir;
          case VALGANCICLOVIR -> valganciclovir;
          case FOSCARNET -> foscarnet;
          case CIDOFOVIR -> cidofovir;
          case MARIBAVIR -> maribavir;
          case LETERMOVIR -> letermovir;
        };
    if (d == null) {
      throw NotGathered.OF[drug.ordinal()];
    }
    return d;
  }

  /**
   * Thrown when a decision reads the facts of a drug that were not gathered: a drug a decision
   * rule rules out (a defect of the caller), or, when the facts were gathered for the first-line
   * drugs only, a drug beyond them. The caller then gathers every drug's facts and decides again
   * (see {@code TreatmentAdvisor}); the answer is the one that full gathering gives. One instance
   * per drug, without a stack trace: it is a signal, raised and caught on the hot path.
   */
  public static final class NotGathered extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final NotGathered[] OF = all();

    private final Drug drug;

    private NotGathered(Drug drug) {
      super("no dose facts for " + drug + ": none were gathered", null, false, false);
      this.drug = drug;
    }

    private static NotGathered[] all() {
      NotGathered[] out = new NotGathered[DRUGS.length];
      for (Drug d : DRUGS) {
        out[d.ordinal()] = new NotGathered(d);
      }
      return out;
    }

    /**
     * Returns the drug whose facts were read but not gathered.
     *
     * @return the drug
     */
    public Drug drug() {
      return drug;
    }
  }

  /**
   * Returns the valganciclovir oral solution schedule on intermittent haemodialysis
   * (KOTTON-2025), to be listed as an alternative and never as the default (clinical basis §3.2);
   * empty when the patient is not on intermittent haemodialysis.
   *
   * @return the alternative schedule, or empty
   */
  public Optional<RegimenComponent> haemodialysisOralSolution() {
    return Optional.ofNullable(haemodialysisOralSolution);
  }
}
