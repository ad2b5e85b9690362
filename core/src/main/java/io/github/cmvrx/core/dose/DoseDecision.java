package io.github.cmvrx.core.dose;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.List;

/**
 * The outcome of asking for one drug's dose in one phase: exactly one of a dose, an exclusion
 * (the drug must not be used, with the reason) or "not computable" (no label dose exists for
 * this patient; a specialist must decide). Before the decisions choose, the dosing answers
 * {@link Available} instead of a dose: the dose can be given and is computed only if the drug is
 * chosen.
 */
public sealed interface DoseDecision {

  /**
   * Returns the drug asked about.
   *
   * @return the drug
   */
  Drug drug();

  /**
   * Returns the alerts the dosing raised (e.g. off-label CRRT dose, paediatric review).
   *
   * @return the alerts, possibly empty
   */
  List<Alert> alerts();

  /**
   * Returns the dosing rules that fired, with what they concluded.
   *
   * @return the rationale entries, possibly empty
   */
  List<RationaleEntry> rationale();

  /**
   * A dose can be given; it is computed only if the decisions choose the drug. Carries no alerts
   * and no rationale: those belong to the dose.
   *
   * @param drug the drug
   */
  record Available(Drug drug) implements DoseDecision {
    private static final Available[] BY_DRUG = new Available[Drug.values().length];

    static {
      for (Drug d : Drug.values()) {
        BY_DRUG[d.ordinal()] = new Available(d);
      }
    }

    /** Creates the value. */
    public Available {
      requireNonNull(drug, "drug");
    }

    /**
     * Returns the shared value for {@code drug}.
     *
     * @param drug the drug
     * @return the value
     */
    public static Available of(Drug drug) {
      return BY_DRUG[drug.ordinal()];
    }

    @Override
    public List<Alert> alerts() {
      return List.of();
    }

    @Override
    public List<RationaleEntry> rationale() {
      return List.of();
    }
  }

  /**
   * A dose to give.
   *
   * @param component the dose, schedule and administration
   * @param alerts alerts raised by the dosing
   * @param rationale the dosing rules that fired
   */
  record Dosed(RegimenComponent component, List<Alert> alerts, List<RationaleEntry> rationale)
      implements DoseDecision {
    /** Creates the value; the lists are copied. */
    public Dosed {
      requireNonNull(component, "component");
      alerts = List.copyOf(alerts);
      rationale = List.copyOf(rationale);
    }

    @Override
    public Drug drug() {
      return component.drug();
    }
  }

  /**
   * The drug must not be used for this patient.
   *
   * @param exclusion the drug, the reason and the rule
   * @param alerts alerts raised by the dosing
   * @param rationale the dosing rules that fired
   */
  record Excluded(Exclusion exclusion, List<Alert> alerts, List<RationaleEntry> rationale)
      implements DoseDecision {
    /** Creates the value; the lists are copied. */
    public Excluded {
      requireNonNull(exclusion, "exclusion");
      alerts = List.copyOf(alerts);
      rationale = List.copyOf(rationale);
    }

    /**
     * Returns an exclusion with no alerts and one rationale entry citing the rule.
     *
     * @param drug the drug
     * @param reason why
     * @param ruleId the rule
     * @return the decision
     */
    public static Excluded of(Drug drug, Message reason, RuleId ruleId) {
      return new Excluded(
          new Exclusion(drug, reason, ruleId), List.of(), List.of(RationaleEntry.of(ruleId, reason)));
    }

    @Override
    public Drug drug() {
      return exclusion.drug();
    }
  }

  /**
   * No label dose exists for this patient (e.g. CrCl below 10 mL/min without haemodialysis);
   * the drug counts as not usable (clinical basis §4.9) and a specialist must decide.
   *
   * @param drug the drug
   * @param reason why no dose can be computed
   * @param ruleId the rule
   * @param alerts alerts raised, normally a critical one asking for specialist dosing
   * @param rationale the dosing rules that fired
   */
  record NotComputable(
      Drug drug, Message reason, RuleId ruleId, List<Alert> alerts, List<RationaleEntry> rationale)
      implements DoseDecision {
    /** Creates the value; the lists are copied. */
    public NotComputable {
      requireNonNull(drug, "drug");
      requireNonNull(reason, "reason");
      requireNonNull(ruleId, "ruleId");
      alerts = List.copyOf(alerts);
      rationale = List.copyOf(rationale);
    }

    /**
     * Returns this outcome as the exclusion the recommendation lists.
     *
     * @return the exclusion
     */
    public Exclusion asExclusion() {
      return new Exclusion(drug, Message.of(MessageKey.NOT_COMPUTABLE, reason), ruleId);
    }
  }
}
