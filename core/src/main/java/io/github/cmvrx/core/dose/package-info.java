/**
 * The port between decisions and dose arithmetic: a decision asks for a drug in a phase and
 * gets exactly one {@link DoseDecision}: a dose, an exclusion, or "not computable". Expected
 * clinical outcomes are values here, never exceptions.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.dose;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
