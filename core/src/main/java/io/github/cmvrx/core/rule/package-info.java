/** The catalogue of rule ids, each with its description and sources. */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.rule;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
