/**
 * The outputs: recommendation, regimen component, exclusion, alert, monitoring item, rationale
 * entry and assessment. Immutable values built with strict builders.
 */
@DomainStyle
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.recommendation;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cmvrx.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
