package io.github.cmvrx.core.model;

import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The host: the cause of immunosuppression and, for HIV, the immune and treatment status that
 * the maintenance and stopping rules need.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Host {
  Host() {}

  /**
   * Returns the host category.
   *
   * @return the category
   */
  public abstract HostCategory category();

  /**
   * Returns the CD4 count, if known (HIV).
   *
   * @return the CD4 count in cells/uL
   */
  public abstract Optional<CellCount> cd4();

  /**
   * Returns whether the patient is on antiretroviral therapy, if known (HIV).
   *
   * @return on ART
   */
  public abstract Optional<Boolean> onAntiretroviralTherapy();

  /**
   * Returns whether the HIV RNA is suppressed, if known (HIV).
   *
   * @return HIV RNA suppressed
   */
  public abstract Optional<Boolean> hivRnaSuppressed();

  /**
   * Returns for how many months the CD4 count has stayed above 100 /uL, if known (HIV).
   *
   * @return months, in [0, 1440]
   */
  public abstract OptionalDouble monthsCd4Above100();

  /**
   * Returns whether the patient takes ciclosporin, if known (letermovir dose).
   *
   * @return on ciclosporin
   */
  public abstract Optional<Boolean> onCiclosporin();

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
  public static final class Builder extends ImmutableHost.Builder {
    Builder() {}
  }
}
