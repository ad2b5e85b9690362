/**
 * The invariant catalogue: named predicates over (case, policy, recommendation) that every
 * answer of the engine must satisfy, checked by property tests and by verification runs.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.invariant;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
