/**
 * Steady-state ganciclovir exposure of the ganciclovir and valganciclovir regimens cmvrx
 * recommends, from a published population pharmacokinetic model (CALDES-2009): the model as
 * cited data ({@link io.github.cmvrx.exposure.PopulationModel}), the closed-form steady state
 * ({@link io.github.cmvrx.exposure.SteadyState}) and the per-regimen estimate with its population
 * checks ({@link io.github.cmvrx.exposure.ExposureEstimator}).
 *
 * <p>Exposure is informational. It is never used to change a dose, and the reference ranges it
 * is compared with are suggested, not validated, targets (MARTSON-2021, KOTTON-2025). Outside
 * the model's population the answer is "not estimated" with the reason, never a number.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.exposure;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
