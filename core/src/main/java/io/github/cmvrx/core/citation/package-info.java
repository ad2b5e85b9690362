/** The citation catalogue: every source key that a rule, table or formula may cite. */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.citation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
