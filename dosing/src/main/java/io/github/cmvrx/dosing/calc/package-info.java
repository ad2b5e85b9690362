/**
 * Dose arithmetic for one case: the {@link io.github.cmvrx.core.dose.Dosing} implementation,
 * rounding and the prophylaxis dose functions (clinical basis §3).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.calc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
