/**
 * The HL7 CQL baseline: the ganciclovir induction renal rule written in CQL and evaluated by the
 * HL7 CQL engine, the reference point for the cmvrx benchmark ratios (design notes, Performance
 * targets).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.benchmarks.cql;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
