/**
 * The pure treatment decisions of clinical basis §4 to §7: regimen choice, phase,
 * maintenance and stopping, exclusions, alerts, monitoring and rationale. The entry point is
 * {@link io.github.cmvrx.core.decision.TreatmentDecider}; kidney function and every drug's dose
 * outcome come in as {@link io.github.cmvrx.core.dose.DoseFacts}, gathered before deciding: the
 * decisions never call back into the dosing. Every text is a typed {@link
 * io.github.cmvrx.core.text.Message}; the wording lives in the message catalogue.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.decision;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
