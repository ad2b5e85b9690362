package io.github.cmvrx.exposure;

/**
 * Closed-form steady state of a linear two-compartment model dosed every {@code tau} hours, by
 * superposition of the single-dose solutions (every exponential {@code e^(-lambda t)} of one
 * dose becomes {@code e^(-lambda t) / (1 - e^(-lambda tau))} at steady state).
 *
 * <p>Disposition: {@code k10 = CL/V1}, {@code k12 = Q/V1}, {@code k21 = Q/V2}; the rate constants
 * {@code alpha > beta} are the roots of {@code x^2 - (k10 + k12 + k21) x + k10 k21 = 0}, and a
 * unit amount put in the central compartment gives the concentration {@code (A e^(-alpha t) + B
 * e^(-beta t)) / V1} with {@code A = (alpha - k21) / (alpha - beta)}, {@code B = (k21 - beta) /
 * (alpha - beta)}.
 *
 * <ul>
 *   <li>Zero-order infusion of {@code D} over {@code T <= tau} into the central compartment: the
 *       concentration rises during the infusion and falls after it (each term's coefficient is
 *       positive), so Cmax is at the end of the infusion and Cmin just before the next one.
 *   <li>First-order absorption ({@code ka}) of {@code F D} after a lag: the steady-state profile
 *       is the no-lag profile shifted by the lag, {@code f(u) = sum_i R_i e^(-lambda_i u)} over
 *       {@code lambda in {alpha, beta, ka}}, {@code u} the time since absorption began; Cmax is
 *       where {@code f'(u) = 0} (safeguarded Newton), Cmin at {@code u = 0}, where the slope
 *       jumps from negative to positive. Where the slopes do not bracket one peak (very slow
 *       absorption), both are found by a dense search refined by golden section.
 * </ul>
 *
 * <p>AUC over one interval at steady state is {@code F D / CL} (any linear model), so {@code AUC24
 * = F x daily dose / CL}. Checked against a numerical integration of the differential equations
 * in the tests.
 */
public final class SteadyState {
  private SteadyState() {}

  /** Hours in a day. */
  private static final double DAY_H = 24;

  /**
   * Relative gap below which {@code ka} is treated as equal to a disposition rate constant and
   * moved by {@link #KA_NUDGE} (the closed form divides by {@code ka - lambda}); the change in
   * Cmax is of the same relative size, far below the 0.5% the tests allow.
   */
  private static final double KA_COINCIDENCE = 1e-7;

  private static final double KA_NUDGE = 1e-6;

  /** Time tolerance of the peak search, h (about 4 microseconds). */
  private static final double PEAK_TOLERANCE_H = 1e-9;

  /**
   * Returns the steady-state exposure of a zero-order IV infusion repeated every {@code
   * intervalH}.
   *
   * @param p the parameters (F is not used: the whole dose reaches the circulation)
   * @param doseMg ganciclovir per infusion, mg, above 0
   * @param intervalH hours between the starts of two infusions, above 0
   * @param infusionH infusion duration, h, above 0 and at most {@code intervalH}
   * @return AUC24, Cmax (end of infusion) and Cmin (just before the next infusion)
   * @throws IllegalArgumentException naming the argument when one is out of range
   */
  public static Exposure infusion(
      PkParameters p, double doseMg, double intervalH, double infusionH) {
    checkInfusion(doseMg, intervalH, infusionH);
    Disposition d = new Disposition(p);
    double rate = doseMg / infusionH;
    double cmax = 0;
    double cmin = 0;
    for (int i = 0; i < 2; i++) {
      double lambda = d.rate(i);
      double amplitude = rate * d.coefficient(i) / (p.centralVolumeL() * lambda);
      double accumulation = -Math.expm1(-lambda * intervalH); // 1 - e^(-lambda tau)
      double rise = -Math.expm1(-lambda * infusionH); // 1 - e^(-lambda T)
      cmax += amplitude * rise / accumulation;
      cmin += amplitude * rise * Math.exp(-lambda * (intervalH - infusionH)) / accumulation;
    }
    double auc24 = doseMg * (DAY_H / intervalH) / p.clearanceLPerH();
    return new Exposure(auc24, cmax, Math.min(cmin, cmax));
  }

  /**
   * Returns the steady-state concentration of the infusion regimen at {@code t} hours after the
   * start of an infusion (for plots and tests).
   *
   * @param p the parameters
   * @param doseMg ganciclovir per infusion, mg
   * @param intervalH hours between infusions
   * @param infusionH infusion duration, h
   * @param t hours since the start of the last infusion, in [0, intervalH]
   * @return mg/L
   */
  public static double infusionConcentration(
      PkParameters p, double doseMg, double intervalH, double infusionH, double t) {
    checkInfusion(doseMg, intervalH, infusionH);
    checkTime(t, intervalH);
    Disposition d = new Disposition(p);
    double rate = doseMg / infusionH;
    double c = 0;
    for (int i = 0; i < 2; i++) {
      double lambda = d.rate(i);
      double amplitude = rate * d.coefficient(i) / (p.centralVolumeL() * lambda);
      double accumulation = -Math.expm1(-lambda * intervalH);
      if (t <= infusionH) {
        double carried = Math.expm1(lambda * infusionH) * Math.exp(-lambda * intervalH) / accumulation;
        c += amplitude * (1 - (1 - carried) * Math.exp(-lambda * t));
      } else {
        double rise = -Math.expm1(-lambda * infusionH);
        c += amplitude * rise * Math.exp(-lambda * (t - infusionH)) / accumulation;
      }
    }
    return c;
  }

  /**
   * Returns the steady-state exposure of an oral dose repeated every {@code intervalH}, absorbed
   * first-order after the lag.
   *
   * @param p the parameters
   * @param ganciclovirDoseMg ganciclovir-equivalent dose per administration, mg, above 0 (F
   *     applies to it)
   * @param intervalH hours between doses, above 0
   * @return AUC24, Cmax and Cmin
   * @throws IllegalArgumentException naming the argument when one is out of range
   */
  public static Exposure oral(PkParameters p, double ganciclovirDoseMg, double intervalH) {
    Absorption a = new Absorption(p, ganciclovirDoseMg, intervalH);
    double auc24 =
        p.bioavailability() * ganciclovirDoseMg * (DAY_H / intervalH) / p.clearanceLPerH();
    double cmax;
    double cmin;
    if (a.slopeAtStart() > 0 && a.slopeAtEnd() < 0) {
      cmax = a.peakValue();
      cmin = a.valueAtStart();
    } else {
      double[] extremes = a.searchExtremes();
      cmin = extremes[0];
      cmax = extremes[1];
    }
    return new Exposure(auc24, cmax, Math.min(cmin, cmax));
  }

  /**
   * Returns the oral steady state found by the dense search alone (the branch {@link #oral} takes
   * when the slopes do not bracket one peak, which the tests cannot otherwise reach with
   * physiological parameters); for the tests.
   */
  static Exposure oralBySearch(PkParameters p, double ganciclovirDoseMg, double intervalH) {
    Absorption a = new Absorption(p, ganciclovirDoseMg, intervalH);
    double[] extremes = a.searchExtremes();
    double auc24 =
        p.bioavailability() * ganciclovirDoseMg * (DAY_H / intervalH) / p.clearanceLPerH();
    return new Exposure(auc24, extremes[1], Math.min(extremes[0], extremes[1]));
  }

  /**
   * Returns the steady-state concentration of the oral regimen at {@code t} hours after a dose
   * (for plots and tests).
   *
   * @param p the parameters
   * @param ganciclovirDoseMg ganciclovir-equivalent dose per administration, mg
   * @param intervalH hours between doses
   * @param t hours since the last dose, in [0, intervalH]
   * @return mg/L
   */
  public static double oralConcentration(
      PkParameters p, double ganciclovirDoseMg, double intervalH, double t) {
    checkTime(t, intervalH);
    Absorption a = new Absorption(p, ganciclovirDoseMg, intervalH);
    double u = (t - p.lagH()) % intervalH;
    if (u < 0) {
      u += intervalH;
    }
    return a.value(u);
  }

  private static void checkInfusion(double doseMg, double intervalH, double infusionH) {
    checkDoseAndInterval(doseMg, intervalH);
    if (!(infusionH > 0 && infusionH <= intervalH)) {
      throw new IllegalArgumentException(
          "infusion duration ("
              + infusionH
              + " h) must be above 0 and at most the interval ("
              + intervalH
              + " h)");
    }
  }

  private static void checkDoseAndInterval(double doseMg, double intervalH) {
    if (!(doseMg > 0) || !Double.isFinite(doseMg)) {
      throw new IllegalArgumentException("dose (" + doseMg + " mg) must be > 0 and finite");
    }
    if (!(intervalH > 0) || !Double.isFinite(intervalH)) {
      throw new IllegalArgumentException("interval (" + intervalH + " h) must be > 0 and finite");
    }
  }

  private static void checkTime(double t, double intervalH) {
    if (!(t >= 0 && t <= intervalH)) {
      throw new IllegalArgumentException(
          "time (" + t + " h) must be in [0, " + intervalH + "] h after the dose");
    }
  }

  /** The disposition rate constants and unit-dose coefficients. */
  private static final class Disposition {
    final double alpha;
    final double beta;
    final double coefficientAlpha;
    final double coefficientBeta;

    Disposition(PkParameters p) {
      double k10 = p.clearanceLPerH() / p.centralVolumeL();
      double k12 = p.intercompartmentalClearanceLPerH() / p.centralVolumeL();
      double k21 = p.intercompartmentalClearanceLPerH() / p.peripheralVolumeL();
      double sum = k10 + k12 + k21;
      double product = k10 * k21;
      double root = Math.sqrt(sum * sum - 4 * product);
      this.alpha = (sum + root) / 2;
      // product / alpha rather than (sum - root) / 2: no cancellation when beta is small
      this.beta = product / alpha;
      this.coefficientAlpha = (alpha - k21) / (alpha - beta);
      this.coefficientBeta = (k21 - beta) / (alpha - beta);
    }

    double rate(int i) {
      return i == 0 ? alpha : beta;
    }

    double coefficient(int i) {
      return i == 0 ? coefficientAlpha : coefficientBeta;
    }
  }

  /**
   * The steady-state oral profile {@code f(u) = sum_i R_i e^(-lambda_i u)}, {@code u} in [0,
   * tau] the time since absorption of the last dose began.
   */
  private static final class Absorption {
    private final double tau;
    private final double[] lambda = new double[3];
    private final double[] amplitude = new double[3];
    /** {@code e^(-lambda_i tau)}. */
    private final double[] decay = new double[3];
    private final double k10;

    Absorption(PkParameters p, double doseMg, double intervalH) {
      checkDoseAndInterval(doseMg, intervalH);
      this.tau = intervalH;
      this.k10 = p.clearanceLPerH() / p.centralVolumeL();
      Disposition d = new Disposition(p);
      double ka = p.absorptionRatePerH();
      for (int i = 0; i < 2; i++) {
        if (Math.abs(ka - d.rate(i)) < KA_COINCIDENCE * Math.max(ka, d.rate(i))) {
          ka *= 1 + KA_NUDGE;
        }
      }
      double scale = p.bioavailability() * doseMg * ka / p.centralVolumeL();
      double kaCoefficient = 0;
      for (int i = 0; i < 2; i++) {
        double single = scale * d.coefficient(i) / (ka - d.rate(i));
        kaCoefficient -= single;
        lambda[i] = d.rate(i);
        double accumulation = -Math.expm1(-d.rate(i) * intervalH);
        decay[i] = 1 - accumulation;
        amplitude[i] = single / accumulation;
      }
      lambda[2] = ka;
      double accumulation = -Math.expm1(-ka * intervalH);
      decay[2] = 1 - accumulation;
      amplitude[2] = kaCoefficient / accumulation;
    }

    double value(double u) {
      return amplitude[0] * Math.exp(-lambda[0] * u)
          + amplitude[1] * Math.exp(-lambda[1] * u)
          + amplitude[2] * Math.exp(-lambda[2] * u);
    }

    double valueAtStart() {
      return amplitude[0] + amplitude[1] + amplitude[2];
    }

    /** f'(0+), just after absorption of the new dose began. */
    double slopeAtStart() {
      return -lambda[0] * amplitude[0] - lambda[1] * amplitude[1] - lambda[2] * amplitude[2];
    }

    /** f'(tau-), just before absorption of the next dose begins. */
    double slopeAtEnd() {
      return -lambda[0] * amplitude[0] * decay[0]
          - lambda[1] * amplitude[1] * decay[1]
          - lambda[2] * amplitude[2] * decay[2];
    }

    /**
     * Returns f at its peak: safeguarded Newton for f'(u) = 0 in (0, tau), where f'(0+) > 0 >
     * f'(tau-). Starts from the one-compartment steady-state peak time with k = CL/V1.
     */
    double peakValue() {
      double lo = 0;
      double hi = tau;
      double ka = lambda[2];
      double x =
          Math.log(ka * -Math.expm1(-k10 * tau) / (k10 * -Math.expm1(-ka * tau))) / (ka - k10);
      if (!(x > lo && x < hi)) {
        x = (lo + hi) / 2;
      }
      for (int iteration = 0; iteration < 200; iteration++) {
        double e0 = amplitude[0] * Math.exp(-lambda[0] * x);
        double e1 = amplitude[1] * Math.exp(-lambda[1] * x);
        double e2 = amplitude[2] * Math.exp(-lambda[2] * x);
        double g = -lambda[0] * e0 - lambda[1] * e1 - lambda[2] * e2;
        double h =
            lambda[0] * lambda[0] * e0 + lambda[1] * lambda[1] * e1 + lambda[2] * lambda[2] * e2;
        if (g > 0) {
          lo = x;
        } else {
          hi = x;
        }
        double next = h < 0 ? x - g / h : Double.NaN;
        if (!(next > lo && next < hi)) {
          next = (lo + hi) / 2;
        }
        if (Math.abs(next - x) <= PEAK_TOLERANCE_H || hi - lo <= PEAK_TOLERANCE_H) {
          // f is flat at the peak: an error dx in time is an error of order f'' dx^2 / 2
          return e0 + e1 + e2;
        }
        x = next;
      }
      return value(x);
    }

    /** Dense search then golden-section refinement: {minimum, maximum} over [0, tau]. */
    double[] searchExtremes() {
      int steps = 512;
      double step = tau / steps;
      int argMin = 0;
      int argMax = 0;
      double min = value(0);
      double max = min;
      for (int k = 1; k <= steps; k++) {
        double v = value(k * step);
        if (v < min) {
          min = v;
          argMin = k;
        }
        if (v > max) {
          max = v;
          argMax = k;
        }
      }
      min = Math.min(min, golden(Math.max(0, (argMin - 1) * step), Math.min(tau, (argMin + 1) * step), -1));
      max = Math.max(max, golden(Math.max(0, (argMax - 1) * step), Math.min(tau, (argMax + 1) * step), 1));
      return new double[] {min, max};
    }

    /** Golden-section search for the maximum of sign x f on [a, b]; returns f there. */
    private double golden(double a, double b, int sign) {
      double r = (Math.sqrt(5) - 1) / 2;
      double c = b - r * (b - a);
      double d = a + r * (b - a);
      for (int k = 0; k < 100 && b - a > 1e-12 * tau; k++) {
        if (sign * value(c) > sign * value(d)) {
          b = d;
        } else {
          a = c;
        }
        c = b - r * (b - a);
        d = a + r * (b - a);
      }
      return value((a + b) / 2);
    }
  }
}
