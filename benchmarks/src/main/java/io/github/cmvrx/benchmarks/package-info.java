/**
 * JMH benchmarks of cmvrx and of the baselines it is compared with. Each benchmark's Javadoc
 * gives the command that runs it from {@code benchmarks/target/benchmarks.jar}.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
