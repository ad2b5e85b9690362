package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one case: what to give, what was ruled out and why, what to watch, and the
 * rules that fired with their sources; or a refusal with field-level errors.
 *
 * <p>An immutable value compared by all its attributes. Reading an attribute never allocates:
 * the optionals are made once and the lists are unmodifiable {@code List.of}/{@code List.copyOf}
 * lists (so {@code List.copyOf} of one returns it). Built with the strict {@link #builder()},
 * {@link #answered} (from lists already built, without copying them again) or {@link #refused}.
 *
 * @since 0.2.0
 */
public final class Recommendation {
  /** The phase of an answered recommendation: one shared optional per phase. */
  private static final Optional<RecommendationPhase> INDUCTION =
      Optional.of(RecommendationPhase.INDUCTION);

  private static final Optional<RecommendationPhase> MAINTENANCE =
      Optional.of(RecommendationPhase.MAINTENANCE);

  private static final Optional<RecommendationPhase> STOP_MAINTENANCE =
      Optional.of(RecommendationPhase.STOP_MAINTENANCE);

  private final Optional<String> id;
  private final Status status;
  private final Optional<RecommendationPhase> phase;
  private final List<RegimenComponent> regimen;
  private final List<RegimenComponent> alternatives;
  private final List<Exclusion> excluded;
  private final List<Alert> alerts;
  private final List<MonitoringItem> monitoring;
  private final List<RationaleEntry> rationale;
  private final Optional<Assessment> assessment;
  private final List<FieldError> errors;

  private Recommendation(
      Optional<String> id,
      Status status,
      Optional<RecommendationPhase> phase,
      List<RegimenComponent> regimen,
      List<RegimenComponent> alternatives,
      List<Exclusion> excluded,
      List<Alert> alerts,
      List<MonitoringItem> monitoring,
      List<RationaleEntry> rationale,
      Optional<Assessment> assessment,
      List<FieldError> errors) {
    this.id = id;
    this.status = status;
    this.phase = phase;
    this.regimen = regimen;
    this.alternatives = alternatives;
    this.excluded = excluded;
    this.alerts = alerts;
    this.monitoring = monitoring;
    this.rationale = rationale;
    this.assessment = assessment;
    this.errors = errors;
    check();
  }

  private static Optional<RecommendationPhase> phaseOf(RecommendationPhase phase) {
    return switch (phase) {
      case INDUCTION -> INDUCTION;
      case MAINTENANCE -> MAINTENANCE;
      case STOP_MAINTENANCE -> STOP_MAINTENANCE;
    };
  }

  /**
   * Returns the case id, echoed.
   *
   * @return the id
   */
  public Optional<String> id() {
    return id;
  }

  /**
   * Returns whether the case was answered or refused.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the phase the recommendation is for; empty when refused.
   *
   * @return the phase
   */
  public Optional<RecommendationPhase> phase() {
    return phase;
  }

  /**
   * Returns the regimen; empty only with the no-safe-regimen alert, in {@code
   * stop_maintenance}, or when refused.
   *
   * @return the regimen components
   */
  public List<RegimenComponent> regimen() {
    return regimen;
  }

  /**
   * Returns alternatives that may be used instead of the regimen (never the default).
   *
   * @return the alternatives
   */
  public List<RegimenComponent> alternatives() {
    return alternatives;
  }

  /**
   * Returns every drug considered and ruled out, with its reason.
   *
   * @return the exclusions
   */
  public List<Exclusion> excluded() {
    return excluded;
  }

  /**
   * Returns the alerts.
   *
   * @return the alerts
   */
  public List<Alert> alerts() {
    return alerts;
  }

  /**
   * Returns the monitoring list.
   *
   * @return the monitoring items
   */
  public List<MonitoringItem> monitoring() {
    return monitoring;
  }

  /**
   * Returns one entry per rule that fired.
   *
   * @return the rationale
   */
  public List<RationaleEntry> rationale() {
    return rationale;
  }

  /**
   * Returns the assessment used; empty when refused.
   *
   * @return the assessment
   */
  public Optional<Assessment> assessment() {
    return assessment;
  }

  /**
   * Returns the field-level errors of a refused case; empty when answered.
   *
   * @return the errors
   */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * Returns a refusal with the given errors.
   *
   * @param id the case id, if known
   * @param errors the field-level errors; not empty
   * @return the refusal
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public static Recommendation refused(Optional<String> id, List<FieldError> errors) {
    return new Recommendation(
        requireNonNull(id, "id"),
        Status.REFUSED,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        ListBuilder.immutable(requireNonNull(errors, "errors")));
  }

  /**
   * Returns an answered recommendation ({@link Status#OK}, no errors) from lists that are
   * already built: the value {@code builder()} would build from the same attributes, without a
   * builder. A list that is an unmodifiable {@code List.of}/{@code List.copyOf} list is kept as
   * it is, not copied; any other list is copied, so later changes to it do not show.
   *
   * @param id the case id, if known
   * @param phase the phase the recommendation is for
   * @param regimen the regimen components, in order
   * @param alternatives the alternatives, in order
   * @param excluded the drugs ruled out, in order
   * @param alerts the alerts, in order
   * @param monitoring the monitoring items, in order
   * @param rationale one entry per rule that fired, in order
   * @param assessment the assessment used
   * @return the recommendation
   * @throws NullPointerException if an argument or a list element is null
   * @since 0.3.0
   */
  public static Recommendation answered(
      Optional<String> id,
      RecommendationPhase phase,
      List<RegimenComponent> regimen,
      List<RegimenComponent> alternatives,
      List<Exclusion> excluded,
      List<Alert> alerts,
      List<MonitoringItem> monitoring,
      List<RationaleEntry> rationale,
      Assessment assessment) {
    return new Recommendation(
        requireNonNull(id, "id"),
        Status.OK,
        phaseOf(requireNonNull(phase, "phase")),
        ListBuilder.immutable(requireNonNull(regimen, "regimen")),
        ListBuilder.immutable(requireNonNull(alternatives, "alternatives")),
        ListBuilder.immutable(requireNonNull(excluded, "excluded")),
        ListBuilder.immutable(requireNonNull(alerts, "alerts")),
        ListBuilder.immutable(requireNonNull(monitoring, "monitoring")),
        ListBuilder.immutable(requireNonNull(rationale, "rationale")),
        Optional.of(requireNonNull(assessment, "assessment")),
        List.of());
  }

  /** The consistency of an answer or a refusal, with the messages it has always given. */
  private void check() {
    if (status() == Status.REFUSED) {
      if (errors().isEmpty()) {
        throw new IllegalArgumentException("a refused recommendation needs at least one error");
      }
      if (!regimen().isEmpty() || phase().isPresent()) {
        throw new IllegalArgumentException(
            "a refused recommendation has no regimen and no phase (was " + regimen() + ")");
      }
    } else {
      if (!errors().isEmpty()) {
        throw new IllegalArgumentException(
            "an answered recommendation has no field errors (was " + errors() + ")");
      }
      if (phase().isEmpty()) {
        throw new IllegalArgumentException("an answered recommendation needs a phase");
      }
    }
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether {@code o} is a recommendation with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Recommendation r
        && id.equals(r.id)
        && status == r.status
        && phase.equals(r.phase)
        && regimen.equals(r.regimen)
        && alternatives.equals(r.alternatives)
        && excluded.equals(r.excluded)
        && alerts.equals(r.alerts)
        && monitoring.equals(r.monitoring)
        && rationale.equals(r.rationale)
        && assessment.equals(r.assessment)
        && errors.equals(r.errors);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + status.hashCode();
    h += (h << 5) + phase.hashCode();
    h += (h << 5) + regimen.hashCode();
    h += (h << 5) + alternatives.hashCode();
    h += (h << 5) + excluded.hashCode();
    h += (h << 5) + alerts.hashCode();
    h += (h << 5) + monitoring.hashCode();
    h += (h << 5) + rationale.hashCode();
    h += (h << 5) + assessment.hashCode();
    h += (h << 5) + errors.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code Recommendation{id=c1, status=OK,
   * phase=INDUCTION, regimen=[...], ...}}; an absent id, phase or assessment is left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Recommendation{");
    if (id.isPresent()) {
      b.append("id=").append(id.get()).append(", ");
    }
    b.append("status=").append(status);
    if (phase.isPresent()) {
      b.append(", phase=").append(phase.get());
    }
    b.append(", regimen=").append(regimen);
    b.append(", alternatives=").append(alternatives);
    b.append(", excluded=").append(excluded);
    b.append(", alerts=").append(alerts);
    b.append(", monitoring=").append(monitoring);
    b.append(", rationale=").append(rationale);
    if (assessment.isPresent()) {
      b.append(", assessment=").append(assessment.get());
    }
    b.append(", errors=").append(errors);
    return b.append('}').toString();
  }

  /**
   * A strict builder: the id, status, phase and assessment may be set once each (a second time
   * throws {@link IllegalStateException}), list elements accumulate in order; {@code build()}
   * throws {@link MissingFieldException} without a status and {@link IllegalArgumentException}
   * when the answer or refusal is inconsistent. Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final int ID = 1;
    private static final int PHASE = 2;
    private static final int ASSESSMENT = 4;

    /** The bits of the optional attributes set so far: each may be set once. */
    private int set;

    private Optional<String> id = Optional.empty();
    private @Nullable Status status;
    private Optional<RecommendationPhase> phase = Optional.empty();
    private List<RegimenComponent> regimen = List.of();
    private List<RegimenComponent> alternatives = List.of();
    private List<Exclusion> excluded = List.of();
    private List<Alert> alerts = List.of();
    private List<MonitoringItem> monitoring = List.of();
    private List<RationaleEntry> rationale = List.of();
    private Optional<Assessment> assessment = Optional.empty();
    private List<FieldError> errors = List.of();

    Builder() {}

    /**
     * Sets the case id.
     *
     * @param id the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(String id) {
      return id(Optional.of(requireNonNull(id, "id")));
    }

    /**
     * Sets the case id, or none.
     *
     * @param id the id, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(Optional<String> id) {
      mark(ID, "id");
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status answered or refused
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder status(Status status) {
      if (this.status != null) {
        throw alreadySet("status");
      }
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the phase.
     *
     * @param phase the phase
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder phase(RecommendationPhase phase) {
      return phase(phaseOf(requireNonNull(phase, "phase")));
    }

    /**
     * Sets the phase, or none.
     *
     * @param phase the phase, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder phase(Optional<? extends RecommendationPhase> phase) {
      mark(PHASE, "phase");
      this.phase = Optionals.narrow(phase, "phase");
      return this;
    }

    /**
     * Adds a regimen component.
     *
     * @param element the component
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRegimen(RegimenComponent element) {
      regimen = ListBuilder.add(regimen, element, "regimen element");
      return this;
    }

    /**
     * Adds regimen components, in order.
     *
     * @param elements the components
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRegimen(RegimenComponent... elements) {
      regimen = ListBuilder.addArray(regimen, elements, "regimen element");
      return this;
    }

    /**
     * Adds regimen components, in order.
     *
     * @param elements the components
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllRegimen(Iterable<? extends RegimenComponent> elements) {
      regimen = ListBuilder.addAll(regimen, elements, "regimen element");
      return this;
    }

    /**
     * Adds an alternative.
     *
     * @param element the alternative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAlternatives(RegimenComponent element) {
      alternatives = ListBuilder.add(alternatives, element, "alternatives element");
      return this;
    }

    /**
     * Adds alternatives, in order.
     *
     * @param elements the alternatives
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAlternatives(RegimenComponent... elements) {
      alternatives = ListBuilder.addArray(alternatives, elements, "alternatives element");
      return this;
    }

    /**
     * Adds alternatives, in order.
     *
     * @param elements the alternatives
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllAlternatives(Iterable<? extends RegimenComponent> elements) {
      alternatives = ListBuilder.addAll(alternatives, elements, "alternatives element");
      return this;
    }

    /**
     * Adds an exclusion.
     *
     * @param element the exclusion
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addExcluded(Exclusion element) {
      excluded = ListBuilder.add(excluded, element, "excluded element");
      return this;
    }

    /**
     * Adds exclusions, in order.
     *
     * @param elements the exclusions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addExcluded(Exclusion... elements) {
      excluded = ListBuilder.addArray(excluded, elements, "excluded element");
      return this;
    }

    /**
     * Adds exclusions, in order.
     *
     * @param elements the exclusions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllExcluded(Iterable<? extends Exclusion> elements) {
      excluded = ListBuilder.addAll(excluded, elements, "excluded element");
      return this;
    }

    /**
     * Adds an alert.
     *
     * @param element the alert
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAlerts(Alert element) {
      alerts = ListBuilder.add(alerts, element, "alerts element");
      return this;
    }

    /**
     * Adds alerts, in order.
     *
     * @param elements the alerts
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAlerts(Alert... elements) {
      alerts = ListBuilder.addArray(alerts, elements, "alerts element");
      return this;
    }

    /**
     * Adds alerts, in order.
     *
     * @param elements the alerts
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllAlerts(Iterable<? extends Alert> elements) {
      alerts = ListBuilder.addAll(alerts, elements, "alerts element");
      return this;
    }

    /**
     * Adds a monitoring item.
     *
     * @param element the item
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addMonitoring(MonitoringItem element) {
      monitoring = ListBuilder.add(monitoring, element, "monitoring element");
      return this;
    }

    /**
     * Adds monitoring items, in order.
     *
     * @param elements the items
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addMonitoring(MonitoringItem... elements) {
      monitoring = ListBuilder.addArray(monitoring, elements, "monitoring element");
      return this;
    }

    /**
     * Adds monitoring items, in order.
     *
     * @param elements the items
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllMonitoring(Iterable<? extends MonitoringItem> elements) {
      monitoring = ListBuilder.addAll(monitoring, elements, "monitoring element");
      return this;
    }

    /**
     * Adds a rationale entry.
     *
     * @param element the entry
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRationale(RationaleEntry element) {
      rationale = ListBuilder.add(rationale, element, "rationale element");
      return this;
    }

    /**
     * Adds rationale entries, in order.
     *
     * @param elements the entries
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRationale(RationaleEntry... elements) {
      rationale = ListBuilder.addArray(rationale, elements, "rationale element");
      return this;
    }

    /**
     * Adds rationale entries, in order.
     *
     * @param elements the entries
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllRationale(Iterable<? extends RationaleEntry> elements) {
      rationale = ListBuilder.addAll(rationale, elements, "rationale element");
      return this;
    }

    /**
     * Sets the assessment.
     *
     * @param assessment the assessment
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder assessment(Assessment assessment) {
      return assessment(Optional.of(requireNonNull(assessment, "assessment")));
    }

    /**
     * Sets the assessment, or none.
     *
     * @param assessment the assessment, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder assessment(Optional<? extends Assessment> assessment) {
      mark(ASSESSMENT, "assessment");
      this.assessment = Optionals.narrow(assessment, "assessment");
      return this;
    }

    /**
     * Adds a field error.
     *
     * @param element the error
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addErrors(FieldError element) {
      errors = ListBuilder.add(errors, element, "errors element");
      return this;
    }

    /**
     * Adds field errors, in order.
     *
     * @param elements the errors
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addErrors(FieldError... elements) {
      errors = ListBuilder.addArray(errors, elements, "errors element");
      return this;
    }

    /**
     * Adds field errors, in order.
     *
     * @param elements the errors
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllErrors(Iterable<? extends FieldError> elements) {
      errors = ListBuilder.addAll(errors, elements, "errors element");
      return this;
    }

    /**
     * Builds the recommendation.
     *
     * @return the recommendation
     * @throws MissingFieldException if the status is missing
     * @throws IllegalArgumentException if the answer or refusal is inconsistent
     */
    public Recommendation build() {
      if (status == null) {
        throw MissingFieldException.of("Recommendation", List.of("status"));
      }
      return new Recommendation(
          id,
          status,
          phase,
          ListBuilder.toList(regimen),
          ListBuilder.toList(alternatives),
          ListBuilder.toList(excluded),
          ListBuilder.toList(alerts),
          ListBuilder.toList(monitoring),
          ListBuilder.toList(rationale),
          assessment,
          ListBuilder.toList(errors));
    }

    private void mark(int bit, String name) {
      if ((set & bit) != 0) {
        throw alreadySet(name);
      }
      set |= bit;
    }

    private static IllegalStateException alreadySet(String name) {
      return new IllegalStateException(
          "Builder of Recommendation is strict, attribute is already set: " + name);
    }
  }
}
