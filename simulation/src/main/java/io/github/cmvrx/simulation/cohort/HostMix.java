package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.simulation.distribution.LogNormal;
import io.github.cmvrx.simulation.distribution.Share;
import io.github.cmvrx.simulation.distribution.Weights;
import org.immutables.value.Value;

/**
 * The hosts: the mix of host categories and, for HIV, CD4, treatment and how long CD4 has been
 * above 100 /uL.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class HostMix {
  HostMix() {}

  /**
   * Returns the host category mix.
   *
   * @return the weights
   */
  public abstract Weights<HostCategory> hosts();

  /**
   * Returns the CD4 count of HIV hosts, cells/uL.
   *
   * @return the distribution
   */
  public abstract LogNormal cd4PerUl();

  /**
   * Returns the share of HIV hosts on antiretroviral therapy.
   *
   * @return a share in [0, 1]
   */
  public abstract double onArtShare();

  /**
   * Returns the share of HIV hosts on ART with suppressed HIV RNA.
   *
   * @return a share in [0, 1]
   */
  public abstract double hivSuppressedShare();

  /**
   * Returns the most months with CD4 above 100 /uL drawn (uniform from 0).
   *
   * @return months, &gt;= 0
   */
  public abstract double maxMonthsCd4Above100();

  @Value.Check
  void check() {
    Share.require("onArtShare", onArtShare());
    Share.require("hivSuppressedShare", hivSuppressedShare());
    SpecChecks.nonNegative("maxMonthsCd4Above100", maxMonthsCd4Above100());
    SpecChecks.within(
        "cd4PerUl", cd4PerUl().min(), cd4PerUl().max(), CaseLimits.CD4_PER_UL.min(),
        CaseLimits.CD4_PER_UL.max(), "cells/uL");
    SpecChecks.within(
        "maxMonthsCd4Above100", maxMonthsCd4Above100(), maxMonthsCd4Above100(), 0,
        CaseLimits.MONTHS_CD4_ABOVE_100.max(), "months");
  }
}
