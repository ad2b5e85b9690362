/**
 * The {@code verify} command: streams a synthetic cohort through the engine and every
 * invariant, and reports each violation with the seed and index that reproduce it.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.verify;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
