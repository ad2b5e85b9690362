package io.github.cmvrx.core.recommendation;

import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Egfr;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.WeightNormalisedClearance;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The derived measures a recommendation used (clinical basis §2), unrounded. A measure is
 * absent where it does not apply: no Cockcroft-Gault under 18, no estimated clearance on
 * haemodialysis, no ideal body weight below 60 inches.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /**
   * Returns the Cockcroft-Gault creatinine clearance (adults, not on haemodialysis).
   *
   * @return the clearance in mL/min
   */
  public abstract Optional<CreatinineClearance> creatinineClearance();

  /**
   * Returns the foscarnet creatinine clearance per kg (adults, not on haemodialysis).
   *
   * @return the clearance in mL/min/kg
   */
  public abstract Optional<WeightNormalisedClearance> creatinineClearancePerKg();

  /**
   * Returns the bedside Schwartz eGFR (age 1 to 17).
   *
   * @return the eGFR in mL/min/1.73 m2
   */
  public abstract Optional<Egfr> egfr();

  /**
   * Returns the weight that mg/kg doses are multiplied by, chosen by the policy.
   *
   * @return the dosing weight
   */
  public abstract Mass dosingWeight();

  /**
   * Returns the Devine ideal body weight (height of at least 60 inches).
   *
   * @return the ideal body weight
   */
  public abstract Optional<Mass> idealBodyWeight();

  /**
   * Returns the adjusted body weight, when actual weight exceeds 1.3 x ideal body weight.
   *
   * @return the adjusted body weight
   */
  public abstract Optional<Mass> adjustedBodyWeight();

  /**
   * Returns the Mosteller body surface area.
   *
   * @return the body surface area
   */
  public abstract BodySurfaceArea bodySurfaceArea();

  /**
   * Returns the kidney replacement therapy of the case.
   *
   * @return the modality
   */
  public abstract RenalReplacement renalReplacement();

  /**
   * Returns whether the patient is under 18, so that paediatric rules apply.
   *
   * @return true under 18 years
   */
  public abstract boolean paediatric();

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A strict builder: each attribute may be set once; {@code build()} validates. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
