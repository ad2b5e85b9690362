package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Treatment history and the facts the phase and switch rules need.
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link #builder()}.
 * Reading an attribute never allocates: each optional is made once, when the value is built.
 *
 * @since 0.2.0
 */
public final class Treatment {
  private final TreatmentPhase phase;
  private final OptionalInt daysOfIvTherapy;
  private final OptionalInt daysOfInduction;
  private final Optional<Boolean> clinicallyImproving;
  private final Optional<Boolean> canTakeOral;
  private final Optional<Boolean> giAbsorptionImpaired;
  private final Optional<Boolean> ganciclovirIntolerance;
  private final Optional<Boolean> nephrotoxicComedication;
  private final Optional<Boolean> onLetermovir;
  private final Set<Inducer> inducers;

  private Treatment(Builder b, TreatmentPhase phase) {
    this.phase = phase;
    this.daysOfIvTherapy = b.daysOfIvTherapy;
    this.daysOfInduction = b.daysOfInduction;
    this.clinicallyImproving = b.clinicallyImproving;
    this.canTakeOral = b.canTakeOral;
    this.giAbsorptionImpaired = b.giAbsorptionImpaired;
    this.ganciclovirIntolerance = b.ganciclovirIntolerance;
    this.nephrotoxicComedication = b.nephrotoxicComedication;
    this.onLetermovir = b.onLetermovir;
    this.inducers = ModelValues.unmodifiableCopy(b.inducers);
  }

  /**
   * Returns where the patient is now in treatment.
   *
   * @return the phase
   */
  public TreatmentPhase phase() {
    return phase;
  }

  /**
   * Returns the days of IV therapy given so far, if known (IV-to-oral switch).
   *
   * @return whole days, in [0, 3650]
   */
  public OptionalInt daysOfIvTherapy() {
    return daysOfIvTherapy;
  }

  /**
   * Returns the days of induction given so far, if known (premature discontinuation).
   *
   * @return whole days, in [0, 3650]
   */
  public OptionalInt daysOfInduction() {
    return daysOfInduction;
  }

  /**
   * Returns whether the patient is clinically improving, if known.
   *
   * @return improving
   */
  public Optional<Boolean> clinicallyImproving() {
    return clinicallyImproving;
  }

  /**
   * Returns whether the patient can take oral drugs, if known.
   *
   * @return can take oral drugs
   */
  public Optional<Boolean> canTakeOral() {
    return canTakeOral;
  }

  /**
   * Returns whether gastrointestinal absorption is impaired, if known.
   *
   * @return absorption impaired
   */
  public Optional<Boolean> giAbsorptionImpaired() {
    return giAbsorptionImpaired;
  }

  /**
   * Returns whether ganciclovir is not tolerated, if known.
   *
   * @return ganciclovir intolerance
   */
  public Optional<Boolean> ganciclovirIntolerance() {
    return ganciclovirIntolerance;
  }

  /**
   * Returns whether a nephrotoxic drug is given now or was given within 7 days, if known.
   *
   * @return nephrotoxic comedication
   */
  public Optional<Boolean> nephrotoxicComedication() {
    return nephrotoxicComedication;
  }

  /**
   * Returns whether the patient is on letermovir prophylaxis, if known.
   *
   * @return on letermovir
   */
  public Optional<Boolean> onLetermovir() {
    return onLetermovir;
  }

  /**
   * Returns the strong inducers taken (maribavir dose); empty if none is known.
   *
   * @return the inducers
   */
  public Set<Inducer> inducers() {
    return inducers;
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
   * Returns whether {@code o} is a treatment with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Treatment t
        && phase == t.phase
        && daysOfIvTherapy.equals(t.daysOfIvTherapy)
        && daysOfInduction.equals(t.daysOfInduction)
        && clinicallyImproving.equals(t.clinicallyImproving)
        && canTakeOral.equals(t.canTakeOral)
        && giAbsorptionImpaired.equals(t.giAbsorptionImpaired)
        && ganciclovirIntolerance.equals(t.ganciclovirIntolerance)
        && nephrotoxicComedication.equals(t.nephrotoxicComedication)
        && onLetermovir.equals(t.onLetermovir)
        && inducers.equals(t.inducers);
  }

  /**
   * Returns a hash code of all attributes (an absent value counts as 0).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + phase.hashCode();
    h += (h << 5) + daysOfIvTherapy.hashCode();
    h += (h << 5) + daysOfInduction.hashCode();
    h += (h << 5) + clinicallyImproving.hashCode();
    h += (h << 5) + canTakeOral.hashCode();
    h += (h << 5) + giAbsorptionImpaired.hashCode();
    h += (h << 5) + ganciclovirIntolerance.hashCode();
    h += (h << 5) + nephrotoxicComedication.hashCode();
    h += (h << 5) + onLetermovir.hashCode();
    h += (h << 5) + inducers.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code Treatment{phase=INDUCTION, daysOfIvTherapy=5,
   * canTakeOral=true, inducers=[]}}; absent values are left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Treatment{");
    b.append("phase=").append(phase);
    appendIfPresent(b, "daysOfIvTherapy", daysOfIvTherapy);
    appendIfPresent(b, "daysOfInduction", daysOfInduction);
    appendIfPresent(b, "clinicallyImproving", clinicallyImproving);
    appendIfPresent(b, "canTakeOral", canTakeOral);
    appendIfPresent(b, "giAbsorptionImpaired", giAbsorptionImpaired);
    appendIfPresent(b, "ganciclovirIntolerance", ganciclovirIntolerance);
    appendIfPresent(b, "nephrotoxicComedication", nephrotoxicComedication);
    appendIfPresent(b, "onLetermovir", onLetermovir);
    b.append(", inducers=").append(inducers);
    return b.append('}').toString();
  }

  private static void appendIfPresent(StringBuilder b, String name, OptionalInt value) {
    if (value.isPresent()) {
      b.append(", ").append(name).append('=').append(value.getAsInt());
    }
  }

  private static void appendIfPresent(StringBuilder b, String name, Optional<?> value) {
    if (value.isPresent()) {
      b.append(", ").append(name).append('=').append(value.get());
    }
  }

  /**
   * A strict builder: each attribute may be set once (a second time throws {@link
   * IllegalStateException}), inducers may be added any number of times; {@code build()} throws
   * {@link MissingFieldException} without a phase and validates the ranges ({@link
   * InvalidFieldsException}). Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final String TYPE = "Treatment";
    private static final int PHASE = 1;
    private static final int DAYS_OF_IV_THERAPY = 2;
    private static final int DAYS_OF_INDUCTION = 4;
    private static final int CLINICALLY_IMPROVING = 8;
    private static final int CAN_TAKE_ORAL = 16;
    private static final int GI_ABSORPTION_IMPAIRED = 32;
    private static final int GANCICLOVIR_INTOLERANCE = 64;
    private static final int NEPHROTOXIC_COMEDICATION = 128;
    private static final int ON_LETERMOVIR = 256;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private @Nullable TreatmentPhase phase;
    private OptionalInt daysOfIvTherapy = OptionalInt.empty();
    private OptionalInt daysOfInduction = OptionalInt.empty();
    private Optional<Boolean> clinicallyImproving = Optional.empty();
    private Optional<Boolean> canTakeOral = Optional.empty();
    private Optional<Boolean> giAbsorptionImpaired = Optional.empty();
    private Optional<Boolean> ganciclovirIntolerance = Optional.empty();
    private Optional<Boolean> nephrotoxicComedication = Optional.empty();
    private Optional<Boolean> onLetermovir = Optional.empty();
    private final EnumSet<Inducer> inducers = EnumSet.noneOf(Inducer.class);

    Builder() {}

    /**
     * Sets where the patient is now in treatment.
     *
     * @param phase the phase
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder phase(TreatmentPhase phase) {
      check(PHASE, "phase");
      this.phase = requireNonNull(phase, "phase");
      set |= PHASE;
      return this;
    }

    /**
     * Sets the days of IV therapy given so far.
     *
     * @param daysOfIvTherapy whole days
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder daysOfIvTherapy(int daysOfIvTherapy) {
      return daysOfIvTherapy(OptionalInt.of(daysOfIvTherapy));
    }

    /**
     * Sets the days of IV therapy given so far, or unknown.
     *
     * @param daysOfIvTherapy whole days, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder daysOfIvTherapy(OptionalInt daysOfIvTherapy) {
      check(DAYS_OF_IV_THERAPY, "daysOfIvTherapy");
      this.daysOfIvTherapy = requireNonNull(daysOfIvTherapy, "daysOfIvTherapy");
      set |= DAYS_OF_IV_THERAPY;
      return this;
    }

    /**
     * Sets the days of induction given so far.
     *
     * @param daysOfInduction whole days
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder daysOfInduction(int daysOfInduction) {
      return daysOfInduction(OptionalInt.of(daysOfInduction));
    }

    /**
     * Sets the days of induction given so far, or unknown.
     *
     * @param daysOfInduction whole days, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder daysOfInduction(OptionalInt daysOfInduction) {
      check(DAYS_OF_INDUCTION, "daysOfInduction");
      this.daysOfInduction = requireNonNull(daysOfInduction, "daysOfInduction");
      set |= DAYS_OF_INDUCTION;
      return this;
    }

    /**
     * Sets whether the patient is clinically improving.
     *
     * @param clinicallyImproving improving
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clinicallyImproving(boolean clinicallyImproving) {
      return clinicallyImproving(ModelValues.ofBoolean(clinicallyImproving));
    }

    /**
     * Sets whether the patient is clinically improving, or unknown.
     *
     * @param clinicallyImproving improving, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clinicallyImproving(Optional<Boolean> clinicallyImproving) {
      check(CLINICALLY_IMPROVING, "clinicallyImproving");
      this.clinicallyImproving = requireNonNull(clinicallyImproving, "clinicallyImproving");
      set |= CLINICALLY_IMPROVING;
      return this;
    }

    /**
     * Sets whether the patient can take oral drugs.
     *
     * @param canTakeOral can take oral drugs
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder canTakeOral(boolean canTakeOral) {
      return canTakeOral(ModelValues.ofBoolean(canTakeOral));
    }

    /**
     * Sets whether the patient can take oral drugs, or unknown.
     *
     * @param canTakeOral can take oral drugs, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder canTakeOral(Optional<Boolean> canTakeOral) {
      check(CAN_TAKE_ORAL, "canTakeOral");
      this.canTakeOral = requireNonNull(canTakeOral, "canTakeOral");
      set |= CAN_TAKE_ORAL;
      return this;
    }

    /**
     * Sets whether gastrointestinal absorption is impaired.
     *
     * @param giAbsorptionImpaired absorption impaired
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder giAbsorptionImpaired(boolean giAbsorptionImpaired) {
      return giAbsorptionImpaired(ModelValues.ofBoolean(giAbsorptionImpaired));
    }

    /**
     * Sets whether gastrointestinal absorption is impaired, or unknown.
     *
     * @param giAbsorptionImpaired absorption impaired, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder giAbsorptionImpaired(Optional<Boolean> giAbsorptionImpaired) {
      check(GI_ABSORPTION_IMPAIRED, "giAbsorptionImpaired");
      this.giAbsorptionImpaired = requireNonNull(giAbsorptionImpaired, "giAbsorptionImpaired");
      set |= GI_ABSORPTION_IMPAIRED;
      return this;
    }

    /**
     * Sets whether ganciclovir is not tolerated.
     *
     * @param ganciclovirIntolerance ganciclovir intolerance
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ganciclovirIntolerance(boolean ganciclovirIntolerance) {
      return ganciclovirIntolerance(ModelValues.ofBoolean(ganciclovirIntolerance));
    }

    /**
     * Sets whether ganciclovir is not tolerated, or unknown.
     *
     * @param ganciclovirIntolerance ganciclovir intolerance, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ganciclovirIntolerance(Optional<Boolean> ganciclovirIntolerance) {
      check(GANCICLOVIR_INTOLERANCE, "ganciclovirIntolerance");
      this.ganciclovirIntolerance =
          requireNonNull(ganciclovirIntolerance, "ganciclovirIntolerance");
      set |= GANCICLOVIR_INTOLERANCE;
      return this;
    }

    /**
     * Sets whether a nephrotoxic drug is given now or was given within 7 days.
     *
     * @param nephrotoxicComedication nephrotoxic comedication
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder nephrotoxicComedication(boolean nephrotoxicComedication) {
      return nephrotoxicComedication(ModelValues.ofBoolean(nephrotoxicComedication));
    }

    /**
     * Sets whether a nephrotoxic drug is given now or was given within 7 days, or unknown.
     *
     * @param nephrotoxicComedication nephrotoxic comedication, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder nephrotoxicComedication(Optional<Boolean> nephrotoxicComedication) {
      check(NEPHROTOXIC_COMEDICATION, "nephrotoxicComedication");
      this.nephrotoxicComedication =
          requireNonNull(nephrotoxicComedication, "nephrotoxicComedication");
      set |= NEPHROTOXIC_COMEDICATION;
      return this;
    }

    /**
     * Sets whether the patient is on letermovir prophylaxis.
     *
     * @param onLetermovir on letermovir
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onLetermovir(boolean onLetermovir) {
      return onLetermovir(ModelValues.ofBoolean(onLetermovir));
    }

    /**
     * Sets whether the patient is on letermovir prophylaxis, or unknown.
     *
     * @param onLetermovir on letermovir, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onLetermovir(Optional<Boolean> onLetermovir) {
      check(ON_LETERMOVIR, "onLetermovir");
      this.onLetermovir = requireNonNull(onLetermovir, "onLetermovir");
      set |= ON_LETERMOVIR;
      return this;
    }

    /**
     * Adds a strong inducer.
     *
     * @param element the inducer
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addInducers(Inducer element) {
      inducers.add(requireNonNull(element, "inducers element"));
      return this;
    }

    /**
     * Adds strong inducers.
     *
     * @param elements the inducers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addInducers(Inducer... elements) {
      for (Inducer element : elements) {
        inducers.add(requireNonNull(element, "inducers element"));
      }
      return this;
    }

    /**
     * Adds strong inducers.
     *
     * @param elements the inducers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllInducers(Iterable<Inducer> elements) {
      for (Inducer element : elements) {
        inducers.add(requireNonNull(element, "inducers element"));
      }
      return this;
    }

    /**
     * Builds the treatment.
     *
     * @return the treatment
     * @throws MissingFieldException if the phase is missing
     * @throws InvalidFieldsException if a value is outside its accepted range
     */
    public Treatment build() {
      if (phase == null) {
        throw ModelValues.missing(TYPE, List.of("phase"));
      }
      Treatment treatment = new Treatment(this, phase);
      InvalidFieldsException.throwIfAny(CaseValidation.validate(treatment));
      return treatment;
    }

    private void check(int bit, String name) {
      ModelValues.checkNotSet(set, bit, TYPE, name);
    }
  }
}
