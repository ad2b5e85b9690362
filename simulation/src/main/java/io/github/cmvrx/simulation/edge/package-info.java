/**
 * Named edge values: every band edge and threshold of the clinical basis, and the
 * Cockcroft-Gault inversion that puts a patient exactly on a clearance edge.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.edge;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
