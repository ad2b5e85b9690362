package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Virology: genotypic resistance (UL97/UL54) and refractory disease.
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link #builder()}.
 * Reading an attribute never allocates: the optional is made once, when the value is built.
 *
 * @since 0.2.0
 */
public final class Virology {
  private final Set<Drug> resistantTo;
  private final Optional<Boolean> refractory;

  private Virology(Builder b) {
    this.resistantTo = ModelValues.unmodifiableCopy(b.resistantTo);
    this.refractory = b.refractory;
  }

  /**
   * Returns the drugs to which genotypic resistance has been shown; empty if none is known.
   *
   * @return the drugs
   */
  public Set<Drug> resistantTo() {
    return resistantTo;
  }

  /**
   * Returns whether the disease is refractory (viral load rising by more than 1 log10 after at
   * least 2 weeks of appropriately dosed therapy, CHEMALY-2019), if known.
   *
   * @return refractory
   */
  public Optional<Boolean> refractory() {
    return refractory;
  }

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

  /**
   * Returns whether {@code o} is virology with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Virology v
        && resistantTo.equals(v.resistantTo)
        && refractory.equals(v.refractory);
  }

  /**
   * Returns a hash code of all attributes (an unknown refractory status counts as 0).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + resistantTo.hashCode();
    h += (h << 5) + refractory.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code Virology{resistantTo=[GANCICLOVIR],
   * refractory=true}}; an unknown refractory status is left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Virology{");
    b.append("resistantTo=").append(resistantTo);
    if (refractory.isPresent()) {
      b.append(", refractory=").append(refractory.get());
    }
    return b.append('}').toString();
  }

  /**
   * A strict builder: the refractory status may be set once (a second time throws {@link
   * IllegalStateException}), drugs may be added any number of times. Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final int REFRACTORY = 1;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private final EnumSet<Drug> resistantTo = EnumSet.noneOf(Drug.class);
    private Optional<Boolean> refractory = Optional.empty();

    Builder() {}

    /**
     * Adds a drug with shown genotypic resistance.
     *
     * @param element the drug
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addResistantTo(Drug element) {
      resistantTo.add(requireNonNull(element, "resistantTo element"));
      return this;
    }

    /**
     * Adds drugs with shown genotypic resistance.
     *
     * @param elements the drugs
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addResistantTo(Drug... elements) {
      for (Drug element : elements) {
        resistantTo.add(requireNonNull(element, "resistantTo element"));
      }
      return this;
    }

    /**
     * Adds drugs with shown genotypic resistance.
     *
     * @param elements the drugs
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllResistantTo(Iterable<Drug> elements) {
      for (Drug element : elements) {
        resistantTo.add(requireNonNull(element, "resistantTo element"));
      }
      return this;
    }

    /**
     * Sets whether the disease is refractory.
     *
     * @param refractory refractory
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder refractory(boolean refractory) {
      return refractory(ModelValues.ofBoolean(refractory));
    }

    /**
     * Sets whether the disease is refractory, or unknown.
     *
     * @param refractory refractory, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder refractory(Optional<Boolean> refractory) {
      ModelValues.checkNotSet(set, REFRACTORY, "Virology", "refractory");
      this.refractory = requireNonNull(refractory, "refractory");
      set |= REFRACTORY;
      return this;
    }

    /**
     * Builds the virology.
     *
     * @return the virology
     */
    public Virology build() {
      return new Virology(this);
    }
  }
}
