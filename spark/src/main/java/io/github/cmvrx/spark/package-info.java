/**
 * {@code verify}, {@code whatif} and batch scoring on Apache Spark. The cohort's index range is
 * split into partitions; each partition runs the same generator and engine as the single-JVM
 * commands and returns only its mergeable tally, merged on the driver in partition (index)
 * order, so the reports are byte-identical to {@code cmvrx verify} and {@code cmvrx whatif}.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.spark;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
