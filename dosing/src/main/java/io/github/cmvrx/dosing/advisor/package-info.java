/** The one public entry point: case and policy in, recommendation out. */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.advisor;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
