package io.github.cmvrx.exposure;

/**
 * The pharmacokinetic parameters of one individual (or of the typical individual) of a
 * two-compartment model with first-order absorption after a lag.
 *
 * @param clearanceLPerH elimination clearance CL, L/h
 * @param centralVolumeL central volume V1, L
 * @param intercompartmentalClearanceLPerH intercompartmental clearance Q, L/h
 * @param peripheralVolumeL peripheral volume V2, L
 * @param absorptionRatePerH absorption rate constant ka, 1/h
 * @param bioavailability oral bioavailability F of the ganciclovir-equivalent dose, in (0, 1]
 * @param lagH absorption lag time, h
 */
public record PkParameters(
    double clearanceLPerH,
    double centralVolumeL,
    double intercompartmentalClearanceLPerH,
    double peripheralVolumeL,
    double absorptionRatePerH,
    double bioavailability,
    double lagH) {

  /**
   * Checks every parameter.
   *
   * @throws IllegalArgumentException naming the parameter and its value when one is out of range
   */
  public PkParameters {
    positive("CL (L/h)", clearanceLPerH);
    positive("V1 (L)", centralVolumeL);
    positive("Q (L/h)", intercompartmentalClearanceLPerH);
    positive("V2 (L)", peripheralVolumeL);
    positive("ka (1/h)", absorptionRatePerH);
    if (!(bioavailability > 0 && bioavailability <= 1)) {
      throw new IllegalArgumentException("F (" + bioavailability + ") must be in (0, 1]");
    }
    if (!(lagH >= 0) || !Double.isFinite(lagH)) {
      throw new IllegalArgumentException("lag (" + lagH + " h) must be >= 0 and finite");
    }
  }

  private static void positive(String role, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(role + " (" + value + ") must be > 0 and finite");
    }
  }
}
