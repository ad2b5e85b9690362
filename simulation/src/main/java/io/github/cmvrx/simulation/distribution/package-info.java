/**
 * Parameter distributions of the cohort generator (normal, log-normal, categorical), each
 * sampled from a caller-supplied {@link java.util.SplittableRandom}.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.distribution;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
