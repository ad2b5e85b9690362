package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.simulation.distribution.Share;
import org.immutables.value.Value;

/**
 * The disease and the virology: sites, severity, resistance and refractory disease.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class DiseaseMix {
  DiseaseMix() {}

  /**
   * Returns the share with CNS disease (encephalitis, ventriculitis, myelitis or
   * polyradiculopathy).
   *
   * @return a share in [0, 1]
   */
  public abstract double cnsShare();

  /**
   * Returns the share with retinitis.
   *
   * @return a share in [0, 1]
   */
  public abstract double retinitisShare();

  /**
   * Returns the share with DNAemia only (no end-organ site).
   *
   * @return a share in [0, 1]
   */
  public abstract double dnaemiaOnlyShare();

  /**
   * Returns the share of end-organ cases with a second site.
   *
   * @return a share in [0, 1]
   */
  public abstract double secondSiteShare();

  /**
   * Returns the share with severe disease.
   *
   * @return a share in [0, 1]
   */
  public abstract double severeShare();

  /**
   * Returns the share with genotypic resistance (to one drug, mostly ganciclovir).
   *
   * @return a share in [0, 1]
   */
  public abstract double resistanceShare();

  /**
   * Returns the share with refractory disease.
   *
   * @return a share in [0, 1]
   */
  public abstract double refractoryShare();

  /**
   * Returns the share whose refractory status is not known.
   *
   * @return a share in [0, 1]
   */
  public abstract double virologyUnknownShare();

  @Value.Check
  void check() {
    Share.require("cnsShare", cnsShare());
    Share.require("retinitisShare", retinitisShare());
    Share.require("dnaemiaOnlyShare", dnaemiaOnlyShare());
    Share.require("secondSiteShare", secondSiteShare());
    Share.require("severeShare", severeShare());
    Share.require("resistanceShare", resistanceShare());
    Share.require("refractoryShare", refractoryShare());
    Share.require("virologyUnknownShare", virologyUnknownShare());
  }
}
