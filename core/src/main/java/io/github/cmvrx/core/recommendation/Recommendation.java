package io.github.cmvrx.core.recommendation;

import io.github.cmvrx.core.validation.FieldError;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to one case: what to give, what was ruled out and why, what to watch, and the
 * rules that fired with their sources; or a refusal with field-level errors.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Recommendation {
  Recommendation() {}

  /**
   * Returns the case id, echoed.
   *
   * @return the id
   */
  public abstract Optional<String> id();

  /**
   * Returns whether the case was answered or refused.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the phase the recommendation is for; empty when refused.
   *
   * @return the phase
   */
  public abstract Optional<RecommendationPhase> phase();

  /**
   * Returns the regimen; empty only with the no-safe-regimen alert, in {@code
   * stop_maintenance}, or when refused.
   *
   * @return the regimen components
   */
  public abstract List<RegimenComponent> regimen();

  /**
   * Returns alternatives that may be used instead of the regimen (never the default).
   *
   * @return the alternatives
   */
  public abstract List<RegimenComponent> alternatives();

  /**
   * Returns every drug considered and ruled out, with its reason.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> excluded();

  /**
   * Returns the alerts.
   *
   * @return the alerts
   */
  public abstract List<Alert> alerts();

  /**
   * Returns the monitoring list.
   *
   * @return the monitoring items
   */
  public abstract List<MonitoringItem> monitoring();

  /**
   * Returns one entry per rule that fired.
   *
   * @return the rationale
   */
  public abstract List<RationaleEntry> rationale();

  /**
   * Returns the assessment used; empty when refused.
   *
   * @return the assessment
   */
  public abstract Optional<Assessment> assessment();

  /**
   * Returns the field-level errors of a refused case; empty when answered.
   *
   * @return the errors
   */
  public abstract List<FieldError> errors();

  /**
   * Returns a refusal with the given errors.
   *
   * @param id the case id, if known
   * @param errors the field-level errors; not empty
   * @return the refusal
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public static Recommendation refused(Optional<String> id, List<FieldError> errors) {
    return builder().id(id).status(Status.REFUSED).addAllErrors(errors).build();
  }

  @Value.Check
  void check() {
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

  /** A strict builder: each attribute may be set once; {@code build()} validates. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
