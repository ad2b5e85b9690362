/**
 * Body size measures: Devine ideal body weight, adjusted body weight and Mosteller body surface
 * area (clinical basis §2).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.body;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
