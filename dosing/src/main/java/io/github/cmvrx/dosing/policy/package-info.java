/**
 * Local dosing choices an institution may make differently from the label defaults (shared
 * case-format, Policy section). {@code Policy.defaults()} is the label's.
 */
@DomainStyle
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.policy;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cmvrx.dosing.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
