/**
 * The assessment of a case: derived measures (kidney function, dosing weight, body size) under a
 * policy (clinical basis §2).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.assess;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
