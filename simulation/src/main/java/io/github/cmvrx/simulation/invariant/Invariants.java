package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.core.model.PatientCase;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The invariant catalogue (design notes, "Invariants"): every property of the engine's answers
 * that the clinical basis makes absolute. Each is a value; {@link #catalogue()} lists them. They
 * are written in four groups, each a small class: dose arithmetic ({@code DoseInvariants}),
 * exclusions and drug choice ({@code ExclusionInvariants}), explanation ({@code
 * ExplanationInvariants}) and the engine's own structure ({@code EngineInvariants}); what they
 * share is in {@code Scaffold}. An invariant only judges answered cases ({@code status ok})
 * unless it says otherwise; a refusal passes vacuously, and the drivers count refusals
 * separately.
 */
public final class Invariants {
  private Invariants() {}

  /** No dose above the label maximum per administration, below zero, zero or NaN. */
  public static final Invariant DOSE_WITHIN_LABEL_MAXIMUM =
      DoseInvariants.DOSE_WITHIN_LABEL_MAXIMUM;

  /** No daily amount above the label maximum. */
  public static final Invariant DAILY_DOSE_WITHIN_LABEL_MAXIMUM =
      DoseInvariants.DAILY_DOSE_WITHIN_LABEL_MAXIMUM;

  /** No valganciclovir tablets on haemodialysis or below CrCl 10. */
  public static final Invariant NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS =
      ExclusionInvariants.NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS;

  /** No foscarnet on dialysis or CRRT. */
  public static final Invariant NO_FOSCARNET_ON_DIALYSIS =
      ExclusionInvariants.NO_FOSCARNET_ON_DIALYSIS;

  /** CNS disease gets the combination unless one drug is excluded. */
  public static final Invariant CNS_COMBINATION = ExclusionInvariants.CNS_COMBINATION;

  /** Never cidofovir or maribavir for CNS disease; never maribavir for retinitis. */
  public static final Invariant NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS =
      ExclusionInvariants.NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS;

  /** Never letermovir as treatment. */
  public static final Invariant NO_LETERMOVIR_IN_REGIMEN =
      ExclusionInvariants.NO_LETERMOVIR_IN_REGIMEN;

  /** Never maribavir together with (val)ganciclovir. */
  public static final Invariant NO_MARIBAVIR_WITH_GANCICLOVIR =
      ExclusionInvariants.NO_MARIBAVIR_WITH_GANCICLOVIR;

  /** An excluded drug is not in the regimen. */
  public static final Invariant EXCLUDED_NOT_IN_REGIMEN =
      ExclusionInvariants.EXCLUDED_NOT_IN_REGIMEN;

  /** mg = mg/kg x dosing weight. */
  public static final Invariant MG_MATCHES_MG_PER_KG = DoseInvariants.MG_MATCHES_MG_PER_KG;

  /** Foscarnet infusion rate. */
  public static final Invariant FOSCARNET_INFUSION_RATE = DoseInvariants.FOSCARNET_INFUSION_RATE;

  /** Rationale present and cited. */
  public static final Invariant RATIONALE_CITED = ExplanationInvariants.RATIONALE_CITED;

  /**
   * Every rule named in a recommendation has a rationale entry (contract: one entry per rule that
   * fired; clinical basis §7; issue 11 item 1).
   */
  public static final Invariant EVERY_RULE_IN_RATIONALE =
      ExplanationInvariants.EVERY_RULE_IN_RATIONALE;

  /** Empty regimen only with the no-safe-regimen alert or when stopping maintenance. */
  public static final Invariant EMPTY_REGIMEN_EXPLAINED =
      ExplanationInvariants.EMPTY_REGIMEN_EXPLAINED;

  /** The same case twice gives the same answer. */
  public static final Invariant DETERMINISTIC = EngineInvariants.DETERMINISTIC;

  /** Higher creatinine never gives more drug per week. */
  public static final Invariant DOSE_MONOTONE_IN_CREATININE =
      DoseInvariants.DOSE_MONOTONE_IN_CREATININE;

  /** Invalid input is refused. */
  public static final Invariant INVALID_INPUT_REFUSED = EngineInvariants.INVALID_INPUT_REFUSED;

  /**
   * A case written as contract JSON ({@link CaseJson}) and read back is equal to the original,
   * and writing is deterministic.
   */
  public static final Invariant JSON_ROUND_TRIP = EngineInvariants.JSON_ROUND_TRIP;

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

  /**
   * Returns every invariant.
   *
   * @return the catalogue, in a fixed order
   */
  public static List<Invariant> catalogue() {
    return CATALOGUE;
  }

  /**
   * Returns the case with its serum creatinine raised by 25%, if it has one and the raised value
   * is still valid.
   *
   * @param c the case
   * @return the changed case, or empty
   */
  static Optional<PatientCase> withHigherCreatinine(PatientCase c) {
    return DoseInvariants.withHigherCreatinine(c);
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
    return EngineInvariants.jsonRoundTrip(write, read);
  }
}
