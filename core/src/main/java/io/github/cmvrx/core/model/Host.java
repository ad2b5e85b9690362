package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The host: the cause of immunosuppression and, for HIV, the immune and treatment status that the
 * maintenance and stopping rules need.
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link #builder()}.
 * Reading an attribute never allocates: each optional is made once, when the value is built.
 *
 * @since 0.2.0
 */
public final class Host {
  private final HostCategory category;
  private final Optional<CellCount> cd4;
  private final Optional<Boolean> onAntiretroviralTherapy;
  private final Optional<Boolean> hivRnaSuppressed;
  private final OptionalDouble monthsCd4Above100;
  private final Optional<Boolean> onCiclosporin;

  private Host(Builder b, HostCategory category) {
    this.category = category;
    this.cd4 = b.cd4;
    this.onAntiretroviralTherapy = b.onAntiretroviralTherapy;
    this.hivRnaSuppressed = b.hivRnaSuppressed;
    this.monthsCd4Above100 = b.monthsCd4Above100;
    this.onCiclosporin = b.onCiclosporin;
  }

  /**
   * Returns the host category.
   *
   * @return the category
   */
  public HostCategory category() {
    return category;
  }

  /**
   * Returns the CD4 count, if known (HIV).
   *
   * @return the CD4 count in cells/uL
   */
  public Optional<CellCount> cd4() {
    return cd4;
  }

  /**
   * Returns whether the patient is on antiretroviral therapy, if known (HIV).
   *
   * @return on ART
   */
  public Optional<Boolean> onAntiretroviralTherapy() {
    return onAntiretroviralTherapy;
  }

  /**
   * Returns whether the HIV RNA is suppressed, if known (HIV).
   *
   * @return HIV RNA suppressed
   */
  public Optional<Boolean> hivRnaSuppressed() {
    return hivRnaSuppressed;
  }

  /**
   * Returns for how many months the CD4 count has stayed above 100 /uL, if known (HIV).
   *
   * @return months, in [0, 1440]
   */
  public OptionalDouble monthsCd4Above100() {
    return monthsCd4Above100;
  }

  /**
   * Returns whether the patient takes ciclosporin, if known (letermovir dose).
   *
   * @return on ciclosporin
   */
  public Optional<Boolean> onCiclosporin() {
    return onCiclosporin;
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
   * Returns whether {@code o} is a host with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Host h
        && category == h.category
        && cd4.equals(h.cd4)
        && onAntiretroviralTherapy.equals(h.onAntiretroviralTherapy)
        && hivRnaSuppressed.equals(h.hivRnaSuppressed)
        && monthsCd4Above100.equals(h.monthsCd4Above100)
        && onCiclosporin.equals(h.onCiclosporin);
  }

  /**
   * Returns a hash code of all attributes (an absent value counts as 0).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + category.hashCode();
    h += (h << 5) + cd4.hashCode();
    h += (h << 5) + onAntiretroviralTherapy.hashCode();
    h += (h << 5) + hivRnaSuppressed.hashCode();
    h += (h << 5) + monthsCd4Above100.hashCode();
    h += (h << 5) + onCiclosporin.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code Host{category=HIV,
   * cd4=CellCount[perMicrolitre=35.0], onAntiretroviralTherapy=true}}; absent values are left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Host{");
    b.append("category=").append(category);
    appendIfPresent(b, "cd4", cd4);
    appendIfPresent(b, "onAntiretroviralTherapy", onAntiretroviralTherapy);
    appendIfPresent(b, "hivRnaSuppressed", hivRnaSuppressed);
    if (monthsCd4Above100.isPresent()) {
      b.append(", monthsCd4Above100=").append(monthsCd4Above100.getAsDouble());
    }
    appendIfPresent(b, "onCiclosporin", onCiclosporin);
    return b.append('}').toString();
  }

  private static void appendIfPresent(StringBuilder b, String name, Optional<?> value) {
    if (value.isPresent()) {
      b.append(", ").append(name).append('=').append(value.get());
    }
  }

  /**
   * A strict builder: each attribute may be set once (a second time throws {@link
   * IllegalStateException}); {@code build()} throws {@link MissingFieldException} without a
   * category and validates the ranges ({@link InvalidFieldsException}). Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final String TYPE = "Host";
    private static final int CATEGORY = 1;
    private static final int CD4 = 2;
    private static final int ON_ANTIRETROVIRAL_THERAPY = 4;
    private static final int HIV_RNA_SUPPRESSED = 8;
    private static final int MONTHS_CD4_ABOVE_100 = 16;
    private static final int ON_CICLOSPORIN = 32;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private @Nullable HostCategory category;
    private Optional<CellCount> cd4 = Optional.empty();
    private Optional<Boolean> onAntiretroviralTherapy = Optional.empty();
    private Optional<Boolean> hivRnaSuppressed = Optional.empty();
    private OptionalDouble monthsCd4Above100 = OptionalDouble.empty();
    private Optional<Boolean> onCiclosporin = Optional.empty();

    Builder() {}

    /**
     * Sets the host category.
     *
     * @param category the category
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder category(HostCategory category) {
      check(CATEGORY, "category");
      this.category = requireNonNull(category, "category");
      set |= CATEGORY;
      return this;
    }

    /**
     * Sets the CD4 count.
     *
     * @param cd4 the CD4 count
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cd4(CellCount cd4) {
      check(CD4, "cd4");
      return cd4(Optional.of(requireNonNull(cd4, "cd4")));
    }

    /**
     * Sets the CD4 count, or none.
     *
     * @param cd4 the CD4 count, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cd4(Optional<? extends CellCount> cd4) {
      check(CD4, "cd4");
      this.cd4 = ModelValues.narrow(cd4, "cd4");
      set |= CD4;
      return this;
    }

    /**
     * Sets whether the patient is on antiretroviral therapy.
     *
     * @param onAntiretroviralTherapy on ART
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onAntiretroviralTherapy(boolean onAntiretroviralTherapy) {
      return onAntiretroviralTherapy(ModelValues.ofBoolean(onAntiretroviralTherapy));
    }

    /**
     * Sets whether the patient is on antiretroviral therapy, or unknown.
     *
     * @param onAntiretroviralTherapy on ART, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onAntiretroviralTherapy(Optional<Boolean> onAntiretroviralTherapy) {
      check(ON_ANTIRETROVIRAL_THERAPY, "onAntiretroviralTherapy");
      this.onAntiretroviralTherapy =
          requireNonNull(onAntiretroviralTherapy, "onAntiretroviralTherapy");
      set |= ON_ANTIRETROVIRAL_THERAPY;
      return this;
    }

    /**
     * Sets whether the HIV RNA is suppressed.
     *
     * @param hivRnaSuppressed HIV RNA suppressed
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hivRnaSuppressed(boolean hivRnaSuppressed) {
      return hivRnaSuppressed(ModelValues.ofBoolean(hivRnaSuppressed));
    }

    /**
     * Sets whether the HIV RNA is suppressed, or unknown.
     *
     * @param hivRnaSuppressed HIV RNA suppressed, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hivRnaSuppressed(Optional<Boolean> hivRnaSuppressed) {
      check(HIV_RNA_SUPPRESSED, "hivRnaSuppressed");
      this.hivRnaSuppressed = requireNonNull(hivRnaSuppressed, "hivRnaSuppressed");
      set |= HIV_RNA_SUPPRESSED;
      return this;
    }

    /**
     * Sets for how many months the CD4 count has stayed above 100 /uL.
     *
     * @param monthsCd4Above100 months
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder monthsCd4Above100(double monthsCd4Above100) {
      return monthsCd4Above100(OptionalDouble.of(monthsCd4Above100));
    }

    /**
     * Sets for how many months the CD4 count has stayed above 100 /uL, or unknown.
     *
     * @param monthsCd4Above100 months, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder monthsCd4Above100(OptionalDouble monthsCd4Above100) {
      check(MONTHS_CD4_ABOVE_100, "monthsCd4Above100");
      this.monthsCd4Above100 = requireNonNull(monthsCd4Above100, "monthsCd4Above100");
      set |= MONTHS_CD4_ABOVE_100;
      return this;
    }

    /**
     * Sets whether the patient takes ciclosporin.
     *
     * @param onCiclosporin on ciclosporin
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onCiclosporin(boolean onCiclosporin) {
      return onCiclosporin(ModelValues.ofBoolean(onCiclosporin));
    }

    /**
     * Sets whether the patient takes ciclosporin, or unknown.
     *
     * @param onCiclosporin on ciclosporin, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onCiclosporin(Optional<Boolean> onCiclosporin) {
      check(ON_CICLOSPORIN, "onCiclosporin");
      this.onCiclosporin = requireNonNull(onCiclosporin, "onCiclosporin");
      set |= ON_CICLOSPORIN;
      return this;
    }

    /**
     * Builds the host.
     *
     * @return the host
     * @throws MissingFieldException if the category is missing
     * @throws InvalidFieldsException if a value is outside its accepted range
     */
    public Host build() {
      if (category == null) {
        throw ModelValues.missing(TYPE, List.of("category"));
      }
      Host host = new Host(this, category);
      InvalidFieldsException.throwIfAny(CaseValidation.validate(host));
      return host;
    }

    private void check(int bit, String name) {
      ModelValues.checkNotSet(set, bit, TYPE, name);
    }
  }
}
