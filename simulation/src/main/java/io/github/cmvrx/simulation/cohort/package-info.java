/**
 * Synthetic cohorts: the cohort specification (presets and JSON files) and the seeded,
 * streaming generator that turns (seed, patient index) into one valid case.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.cohort;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
