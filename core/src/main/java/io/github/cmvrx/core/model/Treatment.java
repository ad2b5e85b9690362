package io.github.cmvrx.core.model;

import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Treatment history and the facts the phase and switch rules need.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Treatment {
  Treatment() {}

  /**
   * Returns where the patient is now in treatment.
   *
   * @return the phase
   */
  public abstract TreatmentPhase phase();

  /**
   * Returns the days of IV therapy given so far, if known (IV-to-oral switch).
   *
   * @return whole days, in [0, 3650]
   */
  public abstract OptionalInt daysOfIvTherapy();

  /**
   * Returns the days of induction given so far, if known (premature discontinuation).
   *
   * @return whole days, in [0, 3650]
   */
  public abstract OptionalInt daysOfInduction();

  /**
   * Returns whether the patient is clinically improving, if known.
   *
   * @return improving
   */
  public abstract Optional<Boolean> clinicallyImproving();

  /**
   * Returns whether the patient can take oral drugs, if known.
   *
   * @return can take oral drugs
   */
  public abstract Optional<Boolean> canTakeOral();

  /**
   * Returns whether gastrointestinal absorption is impaired, if known.
   *
   * @return absorption impaired
   */
  public abstract Optional<Boolean> giAbsorptionImpaired();

  /**
   * Returns whether ganciclovir is not tolerated, if known.
   *
   * @return ganciclovir intolerance
   */
  public abstract Optional<Boolean> ganciclovirIntolerance();

  /**
   * Returns whether a nephrotoxic drug is given now or was given within 7 days, if known.
   *
   * @return nephrotoxic comedication
   */
  public abstract Optional<Boolean> nephrotoxicComedication();

  /**
   * Returns whether the patient is on letermovir prophylaxis, if known.
   *
   * @return on letermovir
   */
  public abstract Optional<Boolean> onLetermovir();

  /**
   * Returns the strong inducers taken (maribavir dose); empty if none is known.
   *
   * @return the inducers
   */
  public abstract Set<Inducer> inducers();

  @Value.Check
  void check() {
    InvalidFieldsException.throwIfAny(CaseValidation.validate(this));
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
  public static final class Builder extends ImmutableTreatment.Builder {
    Builder() {}
  }
}
