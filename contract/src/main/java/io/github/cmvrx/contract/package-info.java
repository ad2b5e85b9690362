/**
 * The JSON contract (shared case-format): reading a case or a policy with field-level errors,
 * and writing a case or a recommendation. Built on jackson-core streaming with defensive
 * limits on document size, nesting depth, string, name and number length, so that hostile
 * input gives an error naming the limit, never an exception or an OutOfMemoryError.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.contract;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
