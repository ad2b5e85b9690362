/**
 * The immutable case model: patient, kidney replacement, host and immunity, disease sites and
 * severity, virology, labs and treatment history. Values are built with strict builders that
 * reject invalid values with a message naming the field, the value and the accepted range.
 * An absent optional value means "not known", never "normal".
 */
@DomainStyle
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.model;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cmvrx.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
