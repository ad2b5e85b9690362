package io.github.cmvrx.core.model;

import io.github.cmvrx.core.validation.CaseLimits;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One case: the patient, the host, the disease, virology, labs and treatment, as the JSON
 * contract reads it (shared case-format). A built case is valid; whether it is in scope is
 * {@link #isInScope()}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class PatientCase {
  PatientCase() {}

  /**
   * Returns the caller's id for the case, echoed in the recommendation.
   *
   * @return the id
   */
  public abstract Optional<String> id();

  /**
   * Returns the patient.
   *
   * @return the patient
   */
  public abstract Patient patient();

  /**
   * Returns the host.
   *
   * @return the host
   */
  public abstract Host host();

  /**
   * Returns the disease.
   *
   * @return the disease
   */
  public abstract Disease disease();

  /**
   * Returns the virology; {@link Virology#unknown()} when the case gave none.
   *
   * @return the virology
   */
  @Value.Default
  public Virology virology() {
    return Virology.unknown();
  }

  /**
   * Returns the labs; {@link Labs#unknown()} when the case gave none.
   *
   * @return the labs
   */
  @Value.Default
  public Labs labs() {
    return Labs.unknown();
  }

  /**
   * Returns the treatment history.
   *
   * @return the treatment
   */
  public abstract Treatment treatment();

  /**
   * Returns whether the case is in the scope of cmvrx: not congenital or neonatal CMV, that is
   * age at least 28 days (clinical basis §0).
   *
   * @return true if in scope
   */
  public boolean isInScope() {
    return patient().age().years() >= CaseLimits.MIN_AGE_IN_SCOPE_YEARS;
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
  public static final class Builder extends ImmutablePatientCase.Builder {
    Builder() {}
  }
}
