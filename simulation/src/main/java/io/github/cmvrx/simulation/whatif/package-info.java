/**
 * The {@code whatif} command: the same patients under two policies, with paired differences.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.whatif;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
