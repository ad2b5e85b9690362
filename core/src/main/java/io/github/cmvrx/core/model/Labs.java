package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Laboratory values; each is optional, and an absent value means "not known".
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link #builder()}.
 * Reading an attribute never allocates: each optional is made once, when the value is built.
 *
 * @since 0.2.0
 */
public final class Labs {
  private final Optional<CellCount> anc;
  private final Optional<CellCount> platelets;
  private final Optional<Haemoglobin> hemoglobin;
  private final Optional<UrineProtein> urineProtein;
  private final Optional<SerumCreatinine> baselineSerumCreatinine;

  private Labs(Builder b) {
    this.anc = b.anc;
    this.platelets = b.platelets;
    this.hemoglobin = b.hemoglobin;
    this.urineProtein = b.urineProtein;
    this.baselineSerumCreatinine = b.baselineSerumCreatinine;
  }

  /**
   * Returns the absolute neutrophil count, if known.
   *
   * @return the ANC in cells/uL
   */
  public Optional<CellCount> anc() {
    return anc;
  }

  /**
   * Returns the platelet count, if known.
   *
   * @return platelets in cells/uL
   */
  public Optional<CellCount> platelets() {
    return platelets;
  }

  /**
   * Returns the haemoglobin, if known.
   *
   * @return haemoglobin in g/dL
   */
  public Optional<Haemoglobin> hemoglobin() {
    return hemoglobin;
  }

  /**
   * Returns the urine protein, if known (cidofovir eligibility).
   *
   * @return urine protein in mg/dL
   */
  public Optional<UrineProtein> urineProtein() {
    return urineProtein;
  }

  /**
   * Returns the serum creatinine before cidofovir was started, if on cidofovir and known.
   *
   * @return the baseline serum creatinine
   */
  public Optional<SerumCreatinine> baselineSerumCreatinine() {
    return baselineSerumCreatinine;
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

  /**
   * Returns whether {@code o} is labs with equal values.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Labs l
        && anc.equals(l.anc)
        && platelets.equals(l.platelets)
        && hemoglobin.equals(l.hemoglobin)
        && urineProtein.equals(l.urineProtein)
        && baselineSerumCreatinine.equals(l.baselineSerumCreatinine);
  }

  /**
   * Returns a hash code of all values (an absent value counts as 0).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + anc.hashCode();
    h += (h << 5) + platelets.hashCode();
    h += (h << 5) + hemoglobin.hashCode();
    h += (h << 5) + urineProtein.hashCode();
    h += (h << 5) + baselineSerumCreatinine.hashCode();
    return h;
  }

  /**
   * Returns the values for a reader, e.g. {@code Labs{anc=CellCount[perMicrolitre=1500.0]}}; absent
   * values are left out ({@code Labs{}} when nothing is known).
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Labs{");
    appendIfPresent(b, "anc", anc);
    appendIfPresent(b, "platelets", platelets);
    appendIfPresent(b, "hemoglobin", hemoglobin);
    appendIfPresent(b, "urineProtein", urineProtein);
    appendIfPresent(b, "baselineSerumCreatinine", baselineSerumCreatinine);
    return b.append('}').toString();
  }

  /** Appends {@code name=value} if present, after ", " unless it is the first value. */
  private static void appendIfPresent(StringBuilder b, String name, Optional<?> value) {
    if (value.isPresent()) {
      if (b.charAt(b.length() - 1) != '{') {
        b.append(", ");
      }
      b.append(name).append('=').append(value.get());
    }
  }

  /**
   * A strict builder: each value may be set once (a second time throws {@link
   * IllegalStateException}); {@code build()} validates the ranges ({@link InvalidFieldsException}).
   * Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final String TYPE = "Labs";
    private static final int ANC = 1;
    private static final int PLATELETS = 2;
    private static final int HEMOGLOBIN = 4;
    private static final int URINE_PROTEIN = 8;
    private static final int BASELINE_SERUM_CREATININE = 16;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private Optional<CellCount> anc = Optional.empty();
    private Optional<CellCount> platelets = Optional.empty();
    private Optional<Haemoglobin> hemoglobin = Optional.empty();
    private Optional<UrineProtein> urineProtein = Optional.empty();
    private Optional<SerumCreatinine> baselineSerumCreatinine = Optional.empty();

    Builder() {}

    /**
     * Sets the absolute neutrophil count.
     *
     * @param anc the ANC
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anc(CellCount anc) {
      check(ANC, "anc");
      return anc(Optional.of(requireNonNull(anc, "anc")));
    }

    /**
     * Sets the absolute neutrophil count, or none.
     *
     * @param anc the ANC, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anc(Optional<? extends CellCount> anc) {
      check(ANC, "anc");
      this.anc = ModelValues.narrow(anc, "anc");
      set |= ANC;
      return this;
    }

    /**
     * Sets the platelet count.
     *
     * @param platelets the platelets
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder platelets(CellCount platelets) {
      check(PLATELETS, "platelets");
      return platelets(Optional.of(requireNonNull(platelets, "platelets")));
    }

    /**
     * Sets the platelet count, or none.
     *
     * @param platelets the platelets, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder platelets(Optional<? extends CellCount> platelets) {
      check(PLATELETS, "platelets");
      this.platelets = ModelValues.narrow(platelets, "platelets");
      set |= PLATELETS;
      return this;
    }

    /**
     * Sets the haemoglobin.
     *
     * @param hemoglobin the haemoglobin
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hemoglobin(Haemoglobin hemoglobin) {
      check(HEMOGLOBIN, "hemoglobin");
      return hemoglobin(Optional.of(requireNonNull(hemoglobin, "hemoglobin")));
    }

    /**
     * Sets the haemoglobin, or none.
     *
     * @param hemoglobin the haemoglobin, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hemoglobin(Optional<? extends Haemoglobin> hemoglobin) {
      check(HEMOGLOBIN, "hemoglobin");
      this.hemoglobin = ModelValues.narrow(hemoglobin, "hemoglobin");
      set |= HEMOGLOBIN;
      return this;
    }

    /**
     * Sets the urine protein.
     *
     * @param urineProtein the urine protein
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder urineProtein(UrineProtein urineProtein) {
      check(URINE_PROTEIN, "urineProtein");
      return urineProtein(Optional.of(requireNonNull(urineProtein, "urineProtein")));
    }

    /**
     * Sets the urine protein, or none.
     *
     * @param urineProtein the urine protein, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder urineProtein(Optional<? extends UrineProtein> urineProtein) {
      check(URINE_PROTEIN, "urineProtein");
      this.urineProtein = ModelValues.narrow(urineProtein, "urineProtein");
      set |= URINE_PROTEIN;
      return this;
    }

    /**
     * Sets the serum creatinine before cidofovir was started.
     *
     * @param baselineSerumCreatinine the baseline serum creatinine
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder baselineSerumCreatinine(SerumCreatinine baselineSerumCreatinine) {
      check(BASELINE_SERUM_CREATININE, "baselineSerumCreatinine");
      return baselineSerumCreatinine(
          Optional.of(requireNonNull(baselineSerumCreatinine, "baselineSerumCreatinine")));
    }

    /**
     * Sets the serum creatinine before cidofovir was started, or none.
     *
     * @param baselineSerumCreatinine the baseline serum creatinine, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder baselineSerumCreatinine(
        Optional<? extends SerumCreatinine> baselineSerumCreatinine) {
      check(BASELINE_SERUM_CREATININE, "baselineSerumCreatinine");
      this.baselineSerumCreatinine =
          ModelValues.narrow(baselineSerumCreatinine, "baselineSerumCreatinine");
      set |= BASELINE_SERUM_CREATININE;
      return this;
    }

    /**
     * Builds the labs.
     *
     * @return the labs
     * @throws InvalidFieldsException if a value is outside its accepted range
     */
    public Labs build() {
      Labs labs = new Labs(this);
      InvalidFieldsException.throwIfAny(CaseValidation.validate(labs));
      return labs;
    }

    private void check(int bit, String name) {
      ModelValues.checkNotSet(set, bit, TYPE, name);
    }
  }
}
