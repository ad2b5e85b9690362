/**
 * The label dose tables as typed, immutable, cited data, loaded once from CSV resources and
 * validated at load (clinical basis §3).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.dosing.table;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
