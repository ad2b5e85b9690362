/**
 * Quantities with their unit in the type: body mass, length, age, serum creatinine, clearance,
 * eGFR, body surface area, blood counts and drug amounts. Every value is finite and validated
 * at construction; a bad value throws {@link IllegalArgumentException} naming it.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.quantity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
