package io.github.cmvrx.exposure;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The independent method: the model's differential equations integrated numerically (Hipparchus
 * Dormand-Prince 8(5,3), tolerances 1e-10) dose after dose until one interval's AUC and trough
 * change by less than 1e-9 (relative) from the previous interval's, then the last interval
 * sampled densely for Cmax and Cmin. It shares nothing with {@link SteadyState} but the
 * parameter record.
 *
 * <pre>
 *   d depot / dt      = -ka depot                          (oral: F x dose added after the lag)
 *   d central / dt    =  ka depot + R(t) - (CL + Q)/V1 central + Q/V2 peripheral
 *   d peripheral / dt =  Q/V1 central - Q/V2 peripheral
 *   d auc / dt        =  central / V1
 * </pre>
 */
final class OdeReference {
  private OdeReference() {}

  private static final int MAX_INTERVALS = 5_000;
  private static final int SAMPLES = 20_000;

  /** The right-hand side; {@code rate} is the infusion rate of the current segment, mg/h. */
  private static final class Model implements OrdinaryDifferentialEquation {
    private final PkParameters p;
    double rate;

    Model(PkParameters p) {
      this.p = p;
    }

    @Override
    public int getDimension() {
      return 4;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      double cl = p.clearanceLPerH();
      double q = p.intercompartmentalClearanceLPerH();
      double v1 = p.centralVolumeL();
      double v2 = p.peripheralVolumeL();
      double ka = p.absorptionRatePerH();
      return new double[] {
        -ka * y[0],
        ka * y[0] + rate - (cl + q) / v1 * y[1] + q / v2 * y[2],
        q / v1 * y[1] - q / v2 * y[2],
        y[1] / v1
      };
    }
  }

  /** Tracks the lowest and highest concentration over the sampled last interval. */
  private static final class Extremes implements ODEStepHandler {
    private final double start;
    private final double step;
    private final double v1;
    boolean active;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    Extremes(double start, double interval, double v1) {
      this.start = start;
      this.step = interval / SAMPLES;
      this.v1 = v1;
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
      if (!active) {
        return;
      }
      double from = interpolator.getPreviousState().getTime();
      double to = interpolator.getCurrentState().getTime();
      long k = (long) Math.ceil((from - start) / step);
      for (double t = start + k * step; t <= to; t = start + (++k) * step) {
        record(interpolator.getInterpolatedState(t).getPrimaryState()[1] / v1);
      }
      record(interpolator.getCurrentState().getPrimaryState()[1] / v1);
      record(interpolator.getPreviousState().getPrimaryState()[1] / v1);
    }

    void record(double c) {
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
  }

  /**
   * Steady state of an IV infusion regimen by integration.
   *
   * @return AUC24, Cmax, Cmin
   */
  static Exposure infusion(PkParameters p, double doseMg, double intervalH, double infusionH) {
    return run(p, intervalH, true, doseMg, infusionH);
  }

  /**
   * Steady state of an oral regimen (ganciclovir-equivalent dose) by integration.
   *
   * @return AUC24, Cmax, Cmin
   */
  static Exposure oral(PkParameters p, double ganciclovirDoseMg, double intervalH) {
    return run(p, intervalH, false, ganciclovirDoseMg, 0);
  }

  private static Exposure run(
      PkParameters p, double tau, boolean iv, double doseMg, double infusionH) {
    Model model = new Model(p);
    DormandPrince853Integrator integrator =
        new DormandPrince853Integrator(1e-9, tau, 1e-10, 1e-10);
    double[] y = new double[4];
    double previousAuc = Double.NaN;
    double previousTrough = Double.NaN;
    boolean converged = false;
    for (int n = 0; n < MAX_INTERVALS; n++) {
      double start = n * tau;
      double aucBefore = y[3];
      // once converged, one more interval, sampled densely
      Extremes extremes = new Extremes(start, tau, p.centralVolumeL());
      extremes.active = converged;
      integrator.clearStepHandlers();
      integrator.addStepHandler(extremes);
      if (iv) {
        model.rate = doseMg / infusionH;
        y = integrate(integrator, model, y, start, start + infusionH);
        model.rate = 0;
        y = integrate(integrator, model, y, start + infusionH, start + tau);
      } else {
        model.rate = 0;
        double lag = Math.min(p.lagH(), tau);
        if (lag > 0) {
          y = integrate(integrator, model, y, start, start + lag);
        }
        y[0] += p.bioavailability() * doseMg;
        y = integrate(integrator, model, y, start + lag, start + tau);
      }
      double auc = y[3] - aucBefore;
      double trough = y[1] / p.centralVolumeL();
      if (converged) {
        return new Exposure(auc * 24 / tau, extremes.max, extremes.min);
      }
      converged =
          n > 2
              && Math.abs(auc - previousAuc) <= 1e-9 * auc
              && Math.abs(trough - previousTrough) <= 1e-9 * trough;
      previousAuc = auc;
      previousTrough = trough;
    }
    throw new AssertionError("no steady state after " + MAX_INTERVALS + " intervals: " + p);
  }

  private static double[] integrate(
      DormandPrince853Integrator integrator,
      Model model,
      double[] y,
      double from,
      double to) {
    if (to <= from) {
      return y;
    }
    ODEStateAndDerivative end = integrator.integrate(model, new ODEState(from, y.clone()), to);
    return end.getPrimaryState();
  }
}
