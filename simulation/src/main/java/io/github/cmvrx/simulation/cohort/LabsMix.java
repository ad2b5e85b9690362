package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.simulation.distribution.Share;
import org.immutables.value.Value;

/**
 * The laboratory values: blood counts (known or not, cytopenic or not) and urine protein.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class LabsMix {
  LabsMix() {}

  /**
   * Returns the share with no blood counts known.
   *
   * @return a share in [0, 1]
   */
  public abstract double labsMissingShare();

  /**
   * Returns the share with ANC below 500 /uL.
   *
   * @return a share in [0, 1]
   */
  public abstract double neutropeniaShare();

  /**
   * Returns the share with platelets below 25,000 /uL.
   *
   * @return a share in [0, 1]
   */
  public abstract double thrombocytopeniaShare();

  /**
   * Returns the share with haemoglobin below 8 g/dL.
   *
   * @return a share in [0, 1]
   */
  public abstract double anaemiaShare();

  /**
   * Returns the share with urine protein not known.
   *
   * @return a share in [0, 1]
   */
  public abstract double urineProteinMissingShare();

  /**
   * Returns the share with urine protein of 100 mg/dL or more.
   *
   * @return a share in [0, 1]
   */
  public abstract double urineProteinHighShare();

  @Value.Check
  void check() {
    Share.require("labsMissingShare", labsMissingShare());
    Share.require("neutropeniaShare", neutropeniaShare());
    Share.require("thrombocytopeniaShare", thrombocytopeniaShare());
    Share.require("anaemiaShare", anaemiaShare());
    Share.require("urineProteinMissingShare", urineProteinMissingShare());
    Share.require("urineProteinHighShare", urineProteinHighShare());
  }
}
