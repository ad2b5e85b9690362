package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Egfr;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.WeightNormalisedClearance;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The derived measures a recommendation used (clinical basis §2), unrounded. A measure is
 * absent where it does not apply: no Cockcroft-Gault under 18, no estimated clearance on
 * haemodialysis, no ideal body weight below 60 inches.
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link
 * #builder()}. Reading an attribute never allocates: each optional is made once, when the value
 * is built.
 *
 * @since 0.2.0
 */
public final class Assessment {
  private final Optional<CreatinineClearance> creatinineClearance;
  private final Optional<WeightNormalisedClearance> creatinineClearancePerKg;
  private final Optional<Egfr> egfr;
  private final Mass dosingWeight;
  private final Optional<Mass> idealBodyWeight;
  private final Optional<Mass> adjustedBodyWeight;
  private final BodySurfaceArea bodySurfaceArea;
  private final RenalReplacement renalReplacement;
  private final boolean paediatric;

  private Assessment(Builder b, Mass dosingWeight, BodySurfaceArea bsa, RenalReplacement rrt) {
    this.creatinineClearance = b.creatinineClearance;
    this.creatinineClearancePerKg = b.creatinineClearancePerKg;
    this.egfr = b.egfr;
    this.dosingWeight = dosingWeight;
    this.idealBodyWeight = b.idealBodyWeight;
    this.adjustedBodyWeight = b.adjustedBodyWeight;
    this.bodySurfaceArea = bsa;
    this.renalReplacement = rrt;
    this.paediatric = b.paediatric;
  }

  /**
   * Returns the Cockcroft-Gault creatinine clearance (adults, not on haemodialysis).
   *
   * @return the clearance in mL/min
   */
  public Optional<CreatinineClearance> creatinineClearance() {
    return creatinineClearance;
  }

  /**
   * Returns the foscarnet creatinine clearance per kg (adults, not on haemodialysis).
   *
   * @return the clearance in mL/min/kg
   */
  public Optional<WeightNormalisedClearance> creatinineClearancePerKg() {
    return creatinineClearancePerKg;
  }

  /**
   * Returns the bedside Schwartz eGFR (age 1 to 17).
   *
   * @return the eGFR in mL/min/1.73 m2
   */
  public Optional<Egfr> egfr() {
    return egfr;
  }

  /**
   * Returns the weight that mg/kg doses are multiplied by, chosen by the policy.
   *
   * @return the dosing weight
   */
  public Mass dosingWeight() {
    return dosingWeight;
  }

  /**
   * Returns the Devine ideal body weight (height of at least 60 inches).
   *
   * @return the ideal body weight
   */
  public Optional<Mass> idealBodyWeight() {
    return idealBodyWeight;
  }

  /**
   * Returns the adjusted body weight, when actual weight exceeds 1.3 x ideal body weight.
   *
   * @return the adjusted body weight
   */
  public Optional<Mass> adjustedBodyWeight() {
    return adjustedBodyWeight;
  }

  /**
   * Returns the Mosteller body surface area.
   *
   * @return the body surface area
   */
  public BodySurfaceArea bodySurfaceArea() {
    return bodySurfaceArea;
  }

  /**
   * Returns the kidney replacement therapy of the case.
   *
   * @return the modality
   */
  public RenalReplacement renalReplacement() {
    return renalReplacement;
  }

  /**
   * Returns whether the patient is under 18, so that paediatric rules apply.
   *
   * @return true under 18 years
   */
  public boolean paediatric() {
    return paediatric;
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
   * Returns whether {@code o} is an assessment with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Assessment a
        && creatinineClearance.equals(a.creatinineClearance)
        && creatinineClearancePerKg.equals(a.creatinineClearancePerKg)
        && egfr.equals(a.egfr)
        && dosingWeight.equals(a.dosingWeight)
        && idealBodyWeight.equals(a.idealBodyWeight)
        && adjustedBodyWeight.equals(a.adjustedBodyWeight)
        && bodySurfaceArea.equals(a.bodySurfaceArea)
        && renalReplacement == a.renalReplacement
        && paediatric == a.paediatric;
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + creatinineClearance.hashCode();
    h += (h << 5) + creatinineClearancePerKg.hashCode();
    h += (h << 5) + egfr.hashCode();
    h += (h << 5) + dosingWeight.hashCode();
    h += (h << 5) + idealBodyWeight.hashCode();
    h += (h << 5) + adjustedBodyWeight.hashCode();
    h += (h << 5) + bodySurfaceArea.hashCode();
    h += (h << 5) + renalReplacement.hashCode();
    h += (h << 5) + Boolean.hashCode(paediatric);
    return h;
  }

  /**
   * Returns the measures for a reader, e.g. {@code Assessment{creatinineClearance=...,
   * dosingWeight=..., ...}}; absent measures are left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Assessment{");
    appendIfPresent(b, "creatinineClearance", creatinineClearance);
    appendIfPresent(b, "creatinineClearancePerKg", creatinineClearancePerKg);
    appendIfPresent(b, "egfr", egfr);
    append(b, "dosingWeight", dosingWeight);
    appendIfPresent(b, "idealBodyWeight", idealBodyWeight);
    appendIfPresent(b, "adjustedBodyWeight", adjustedBodyWeight);
    append(b, "bodySurfaceArea", bodySurfaceArea);
    append(b, "renalReplacement", renalReplacement);
    append(b, "paediatric", paediatric);
    return b.append('}').toString();
  }

  private static void appendIfPresent(StringBuilder b, String name, Optional<?> value) {
    if (value.isPresent()) {
      append(b, name, value.get());
    }
  }

  /** Appends {@code name=value}, after ", " unless it is the first attribute. */
  private static void append(StringBuilder b, String name, Object value) {
    if (b.charAt(b.length() - 1) != '{') {
      b.append(", ");
    }
    b.append(name).append('=').append(value);
  }

  /**
   * A strict builder: each attribute may be set once (a second time throws {@link
   * IllegalStateException}); {@code build()} throws {@link MissingFieldException} naming each
   * required measure that is missing. Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final int CREATININE_CLEARANCE = 1;
    private static final int CREATININE_CLEARANCE_PER_KG = 2;
    private static final int EGFR = 4;
    private static final int DOSING_WEIGHT = 8;
    private static final int IDEAL_BODY_WEIGHT = 16;
    private static final int ADJUSTED_BODY_WEIGHT = 32;
    private static final int BODY_SURFACE_AREA = 64;
    private static final int RENAL_REPLACEMENT = 128;
    private static final int PAEDIATRIC = 256;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private Optional<CreatinineClearance> creatinineClearance = Optional.empty();
    private Optional<WeightNormalisedClearance> creatinineClearancePerKg = Optional.empty();
    private Optional<Egfr> egfr = Optional.empty();
    private @Nullable Mass dosingWeight;
    private Optional<Mass> idealBodyWeight = Optional.empty();
    private Optional<Mass> adjustedBodyWeight = Optional.empty();
    private @Nullable BodySurfaceArea bodySurfaceArea;
    private @Nullable RenalReplacement renalReplacement;
    private boolean paediatric;

    Builder() {}

    /**
     * Sets the Cockcroft-Gault creatinine clearance.
     *
     * @param creatinineClearance the clearance
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder creatinineClearance(CreatinineClearance creatinineClearance) {
      return creatinineClearance(
          Optional.of(requireNonNull(creatinineClearance, "creatinineClearance")));
    }

    /**
     * Sets the Cockcroft-Gault creatinine clearance, or none.
     *
     * @param creatinineClearance the clearance, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder creatinineClearance(
        Optional<? extends CreatinineClearance> creatinineClearance) {
      mark(CREATININE_CLEARANCE, "creatinineClearance");
      this.creatinineClearance = Optionals.narrow(creatinineClearance, "creatinineClearance");
      return this;
    }

    /**
     * Sets the foscarnet creatinine clearance per kg.
     *
     * @param creatinineClearancePerKg the clearance per kg
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder creatinineClearancePerKg(WeightNormalisedClearance creatinineClearancePerKg) {
      return creatinineClearancePerKg(
          Optional.of(requireNonNull(creatinineClearancePerKg, "creatinineClearancePerKg")));
    }

    /**
     * Sets the foscarnet creatinine clearance per kg, or none.
     *
     * @param creatinineClearancePerKg the clearance per kg, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder creatinineClearancePerKg(
        Optional<? extends WeightNormalisedClearance> creatinineClearancePerKg) {
      mark(CREATININE_CLEARANCE_PER_KG, "creatinineClearancePerKg");
      this.creatinineClearancePerKg =
          Optionals.narrow(creatinineClearancePerKg, "creatinineClearancePerKg");
      return this;
    }

    /**
     * Sets the bedside Schwartz eGFR.
     *
     * @param egfr the eGFR
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder egfr(Egfr egfr) {
      return egfr(Optional.of(requireNonNull(egfr, "egfr")));
    }

    /**
     * Sets the bedside Schwartz eGFR, or none.
     *
     * @param egfr the eGFR, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder egfr(Optional<? extends Egfr> egfr) {
      mark(EGFR, "egfr");
      this.egfr = Optionals.narrow(egfr, "egfr");
      return this;
    }

    /**
     * Sets the dosing weight.
     *
     * @param dosingWeight the weight
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dosingWeight(Mass dosingWeight) {
      mark(DOSING_WEIGHT, "dosingWeight");
      this.dosingWeight = requireNonNull(dosingWeight, "dosingWeight");
      return this;
    }

    /**
     * Sets the ideal body weight.
     *
     * @param idealBodyWeight the weight
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder idealBodyWeight(Mass idealBodyWeight) {
      return idealBodyWeight(Optional.of(requireNonNull(idealBodyWeight, "idealBodyWeight")));
    }

    /**
     * Sets the ideal body weight, or none.
     *
     * @param idealBodyWeight the weight, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder idealBodyWeight(Optional<? extends Mass> idealBodyWeight) {
      mark(IDEAL_BODY_WEIGHT, "idealBodyWeight");
      this.idealBodyWeight = Optionals.narrow(idealBodyWeight, "idealBodyWeight");
      return this;
    }

    /**
     * Sets the adjusted body weight.
     *
     * @param adjustedBodyWeight the weight
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder adjustedBodyWeight(Mass adjustedBodyWeight) {
      return adjustedBodyWeight(
          Optional.of(requireNonNull(adjustedBodyWeight, "adjustedBodyWeight")));
    }

    /**
     * Sets the adjusted body weight, or none.
     *
     * @param adjustedBodyWeight the weight, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder adjustedBodyWeight(Optional<? extends Mass> adjustedBodyWeight) {
      mark(ADJUSTED_BODY_WEIGHT, "adjustedBodyWeight");
      this.adjustedBodyWeight = Optionals.narrow(adjustedBodyWeight, "adjustedBodyWeight");
      return this;
    }

    /**
     * Sets the body surface area.
     *
     * @param bodySurfaceArea the area
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bodySurfaceArea(BodySurfaceArea bodySurfaceArea) {
      mark(BODY_SURFACE_AREA, "bodySurfaceArea");
      this.bodySurfaceArea = requireNonNull(bodySurfaceArea, "bodySurfaceArea");
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
      mark(RENAL_REPLACEMENT, "renalReplacement");
      this.renalReplacement = requireNonNull(renalReplacement, "renalReplacement");
      return this;
    }

    /**
     * Sets whether the patient is under 18.
     *
     * @param paediatric true under 18 years
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder paediatric(boolean paediatric) {
      mark(PAEDIATRIC, "paediatric");
      this.paediatric = paediatric;
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws MissingFieldException if the dosing weight, body surface area, kidney replacement
     *     therapy or paediatric flag is missing
     */
    public Assessment build() {
      if (dosingWeight == null
          || bodySurfaceArea == null
          || renalReplacement == null
          || (set & PAEDIATRIC) == 0) {
        List<String> missing = new ArrayList<>(4);
        if (dosingWeight == null) {
          missing.add("dosingWeight");
        }
        if (bodySurfaceArea == null) {
          missing.add("bodySurfaceArea");
        }
        if (renalReplacement == null) {
          missing.add("renalReplacement");
        }
        if ((set & PAEDIATRIC) == 0) {
          missing.add("paediatric");
        }
        throw MissingFieldException.of("Assessment", missing);
      }
      return new Assessment(this, dosingWeight, bodySurfaceArea, renalReplacement);
    }

    private void mark(int bit, String name) {
      if ((set & bit) != 0) {
        throw new IllegalStateException(
            "Builder of Assessment is strict, attribute is already set: " + name);
      }
      set |= bit;
    }
  }
}
