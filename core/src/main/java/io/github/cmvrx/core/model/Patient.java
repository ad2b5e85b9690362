package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The patient: age, sex, body size, serum creatinine and kidney replacement.
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link #builder()}.
 * Reading the serum creatinine never allocates: its optional is made once, when the value is built.
 *
 * @since 0.2.0
 */
public final class Patient {
  private final Age age;
  private final Sex sex;
  private final Mass weight;
  private final Length height;
  private final Optional<SerumCreatinine> serumCreatinine;
  private final RenalReplacement renalReplacement;

  private Patient(
      Age age,
      Sex sex,
      Mass weight,
      Length height,
      Optional<SerumCreatinine> serumCreatinine,
      RenalReplacement renalReplacement) {
    this.age = age;
    this.sex = sex;
    this.weight = weight;
    this.height = height;
    this.serumCreatinine = serumCreatinine;
    this.renalReplacement = renalReplacement;
  }

  /**
   * Returns the age.
   *
   * @return the age, in (0, 120] years
   */
  public Age age() {
    return age;
  }

  /**
   * Returns the sex.
   *
   * @return the sex
   */
  public Sex sex() {
    return sex;
  }

  /**
   * Returns the actual body weight.
   *
   * @return the weight, in [0.3, 400] kg
   */
  public Mass weight() {
    return weight;
  }

  /**
   * Returns the height.
   *
   * @return the height, in (30, 250] cm
   */
  public Length height() {
    return height;
  }

  /**
   * Returns the serum creatinine, if measured; always present unless on intermittent haemodialysis.
   *
   * @return the serum creatinine
   */
  public Optional<SerumCreatinine> serumCreatinine() {
    return serumCreatinine;
  }

  /**
   * Returns the kidney replacement therapy.
   *
   * @return the modality, {@link RenalReplacement#NONE} if none
   */
  public RenalReplacement renalReplacement() {
    return renalReplacement;
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
   * Returns whether {@code o} is a patient with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Patient p
        && age.equals(p.age)
        && sex == p.sex
        && weight.equals(p.weight)
        && height.equals(p.height)
        && serumCreatinine.equals(p.serumCreatinine)
        && renalReplacement == p.renalReplacement;
  }

  /**
   * Returns a hash code of all attributes (an absent serum creatinine counts as 0).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + age.hashCode();
    h += (h << 5) + sex.hashCode();
    h += (h << 5) + weight.hashCode();
    h += (h << 5) + height.hashCode();
    h += (h << 5) + serumCreatinine.hashCode();
    h += (h << 5) + renalReplacement.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code Patient{age=Age[years=54.0], sex=MALE, ...}};
   * an absent serum creatinine is left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Patient{");
    b.append("age=").append(age);
    b.append(", sex=").append(sex);
    b.append(", weight=").append(weight);
    b.append(", height=").append(height);
    if (serumCreatinine.isPresent()) {
      b.append(", serumCreatinine=").append(serumCreatinine.get());
    }
    b.append(", renalReplacement=").append(renalReplacement);
    return b.append('}').toString();
  }

  /**
   * A strict builder: each attribute may be set once (a second time throws {@link
   * IllegalStateException}); {@code build()} throws {@link MissingFieldException} naming each
   * missing attribute (all but the serum creatinine are required) and validates the ranges ({@link
   * InvalidFieldsException}). Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final String TYPE = "Patient";
    private static final int AGE = 1;
    private static final int SEX = 2;
    private static final int WEIGHT = 4;
    private static final int HEIGHT = 8;
    private static final int SERUM_CREATININE = 16;
    private static final int RENAL_REPLACEMENT = 32;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private @Nullable Age age;
    private @Nullable Sex sex;
    private @Nullable Mass weight;
    private @Nullable Length height;
    private Optional<SerumCreatinine> serumCreatinine = Optional.empty();
    private @Nullable RenalReplacement renalReplacement;

    Builder() {}

    /**
     * Sets the age.
     *
     * @param age the age
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder age(Age age) {
      check(AGE, "age");
      this.age = requireNonNull(age, "age");
      set |= AGE;
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param sex the sex
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sex(Sex sex) {
      check(SEX, "sex");
      this.sex = requireNonNull(sex, "sex");
      set |= SEX;
      return this;
    }

    /**
     * Sets the actual body weight.
     *
     * @param weight the weight
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder weight(Mass weight) {
      check(WEIGHT, "weight");
      this.weight = requireNonNull(weight, "weight");
      set |= WEIGHT;
      return this;
    }

    /**
     * Sets the height.
     *
     * @param height the height
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder height(Length height) {
      check(HEIGHT, "height");
      this.height = requireNonNull(height, "height");
      set |= HEIGHT;
      return this;
    }

    /**
     * Sets the serum creatinine.
     *
     * @param serumCreatinine the serum creatinine
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder serumCreatinine(SerumCreatinine serumCreatinine) {
      check(SERUM_CREATININE, "serumCreatinine");
      return serumCreatinine(Optional.of(requireNonNull(serumCreatinine, "serumCreatinine")));
    }

    /**
     * Sets the serum creatinine, or none.
     *
     * @param serumCreatinine the serum creatinine, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder serumCreatinine(Optional<? extends SerumCreatinine> serumCreatinine) {
      check(SERUM_CREATININE, "serumCreatinine");
      this.serumCreatinine = ModelValues.narrow(serumCreatinine, "serumCreatinine");
      set |= SERUM_CREATININE;
      return this;
    }

    /**
     * Sets the kidney replacement therapy.
     *
     * @param renalReplacement the modality
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder renalReplacement(RenalReplacement renalReplacement) {
      check(RENAL_REPLACEMENT, "renalReplacement");
      this.renalReplacement = requireNonNull(renalReplacement, "renalReplacement");
      set |= RENAL_REPLACEMENT;
      return this;
    }

    /**
     * Builds the patient.
     *
     * @return the patient
     * @throws MissingFieldException if age, sex, weight, height or kidney replacement is missing
     * @throws InvalidFieldsException if a value is outside its accepted range
     */
    public Patient build() {
      if (age == null
          || sex == null
          || weight == null
          || height == null
          || renalReplacement == null) {
        List<String> missing = new ArrayList<>(5);
        if (age == null) {
          missing.add("age");
        }
        if (sex == null) {
          missing.add("sex");
        }
        if (weight == null) {
          missing.add("weight");
        }
        if (height == null) {
          missing.add("height");
        }
        if (renalReplacement == null) {
          missing.add("renalReplacement");
        }
        throw ModelValues.missing(TYPE, missing);
      }
      Patient patient = new Patient(age, sex, weight, height, serumCreatinine, renalReplacement);
      InvalidFieldsException.throwIfAny(CaseValidation.validate(patient));
      return patient;
    }

    private void check(int bit, String name) {
      ModelValues.checkNotSet(set, bit, TYPE, name);
    }
  }
}
