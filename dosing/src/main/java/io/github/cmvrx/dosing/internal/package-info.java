/** Helpers of the dosing module; not part of the API. */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
