/**
 * Mergeable aggregates (counts and histograms with an associative combine) and the
 * deterministic chunked runner that gives the same result on any number of threads.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.aggregate;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
