package io.github.cmvrx.core.model;

import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The patient: age, sex, body size, serum creatinine and kidney replacement.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Patient {
  Patient() {}

  /**
   * Returns the age.
   *
   * @return the age, in (0, 120] years
   */
  public abstract Age age();

  /**
   * Returns the sex.
   *
   * @return the sex
   */
  public abstract Sex sex();

  /**
   * Returns the actual body weight.
   *
   * @return the weight, in [0.3, 400] kg
   */
  public abstract Mass weight();

  /**
   * Returns the height.
   *
   * @return the height, in (30, 250] cm
   */
  public abstract Length height();

  /**
   * Returns the serum creatinine, if measured; always present unless on intermittent
   * haemodialysis.
   *
   * @return the serum creatinine
   */
  public abstract Optional<SerumCreatinine> serumCreatinine();

  /**
   * Returns the kidney replacement therapy.
   *
   * @return the modality, {@link RenalReplacement#NONE} if none
   */
  public abstract RenalReplacement renalReplacement();

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
  public static final class Builder extends ImmutablePatient.Builder {
    Builder() {}
  }
}
