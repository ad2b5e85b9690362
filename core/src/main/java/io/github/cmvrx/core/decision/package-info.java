/**
 * The pure treatment decisions of clinical basis §4 to §7: regimen choice, phase,
 * maintenance and stopping, exclusions, alerts, monitoring and rationale. The entry point is
 * {@link io.github.cmvrx.core.decision.TreatmentDecider}; kidney function and doses come in
 * through the {@link io.github.cmvrx.core.dose.Dosing} port.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.decision;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
