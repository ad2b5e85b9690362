package io.github.cmvrx.core.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Virology: genotypic resistance (UL97/UL54) and refractory disease.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Virology {
  Virology() {}

  /**
   * Returns the drugs to which genotypic resistance has been shown; empty if none is known.
   *
   * @return the drugs
   */
  public abstract Set<Drug> resistantTo();

  /**
   * Returns whether the disease is refractory (viral load rising by more than 1 log10 after at
   * least 2 weeks of appropriately dosed therapy, CHEMALY-2019), if known.
   *
   * @return refractory
   */
  public abstract Optional<Boolean> refractory();

  /**
   * Returns virology with nothing known: no known resistance, refractory status unknown.
   *
   * @return the empty virology
   */
  public static Virology unknown() {
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
  public static final class Builder extends ImmutableVirology.Builder {
    Builder() {}
  }
}
