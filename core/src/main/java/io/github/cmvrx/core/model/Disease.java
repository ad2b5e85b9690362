package io.github.cmvrx.core.model;

import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The CMV disease: its sites and its severity.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Disease {
  Disease() {}

  /**
   * Returns the disease sites; never empty.
   *
   * @return the sites, in {@link DiseaseSite} declaration order (an enum set)
   */
  public abstract Set<DiseaseSite> sites();

  /**
   * Returns the clinical severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns whether any site is CNS disease (clinical basis §4).
   *
   * @return true if encephalitis, ventriculitis, myelitis or polyradiculopathy is present
   */
  @Value.Derived
  public boolean isCns() {
    for (DiseaseSite s : sites()) {
      if (s.isCns()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether retinitis is one of the sites.
   *
   * @return true with retinitis
   */
  public boolean hasRetinitis() {
    return sites().contains(DiseaseSite.RETINITIS);
  }

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
  public static final class Builder extends ImmutableDisease.Builder {
    Builder() {}
  }
}
