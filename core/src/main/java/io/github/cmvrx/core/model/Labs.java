package io.github.cmvrx.core.model;

import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Laboratory values; each is optional, and an absent value means "not known".
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Labs {
  Labs() {}

  /**
   * Returns the absolute neutrophil count, if known.
   *
   * @return the ANC in cells/uL
   */
  public abstract Optional<CellCount> anc();

  /**
   * Returns the platelet count, if known.
   *
   * @return platelets in cells/uL
   */
  public abstract Optional<CellCount> platelets();

  /**
   * Returns the haemoglobin, if known.
   *
   * @return haemoglobin in g/dL
   */
  public abstract Optional<Haemoglobin> hemoglobin();

  /**
   * Returns the urine protein, if known (cidofovir eligibility).
   *
   * @return urine protein in mg/dL
   */
  public abstract Optional<UrineProtein> urineProtein();

  /**
   * Returns the serum creatinine before cidofovir was started, if on cidofovir and known.
   *
   * @return the baseline serum creatinine
   */
  public abstract Optional<SerumCreatinine> baselineSerumCreatinine();

  @Value.Check
  void check() {
    InvalidFieldsException.throwIfAny(CaseValidation.validate(this));
  }

  /**
   * Returns labs with nothing known.
   *
   * @return the empty labs
   */
  public static Labs unknown() {
    return builder().build();
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
  public static final class Builder extends ImmutableLabs.Builder {
    Builder() {}
  }
}
