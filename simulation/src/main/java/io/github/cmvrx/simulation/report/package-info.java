/**
 * Report output: terminal progress, JSON and CSV tables, and a self-contained HTML report with
 * inline SVG charts.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
