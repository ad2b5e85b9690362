/**
 * Input validation: the accepted range of every input field and the field-level error that
 * names the field, the value and the range (clinical basis §8).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.validation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
