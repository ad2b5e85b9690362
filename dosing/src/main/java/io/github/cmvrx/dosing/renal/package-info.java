/**
 * Kidney function estimates: Cockcroft-Gault creatinine clearance (mL/min and mL/min/kg) and the
 * Schwartz equations for children (clinical basis §2.7).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.renal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
