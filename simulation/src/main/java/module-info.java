/**
 * Synthetic cohorts, the invariant catalogue, the verify and what-if engines, aggregates and
 * reports: a library, with no command line (that is {@code io.github.cmvrx.cli}).
 *
 * @since 0.2.0
 */
module io.github.cmvrx.simulation {
  requires transitive io.github.cmvrx.contract;
  requires transitive io.github.cmvrx.exposure;
  requires com.fasterxml.jackson.core;
  requires com.google.common;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  // Generated value classes carry @javax.annotation.processing.Generated (compile time only).
  requires static java.compiler;

  exports io.github.cmvrx.simulation.aggregate;
  exports io.github.cmvrx.simulation.cohort;
  exports io.github.cmvrx.simulation.distribution;
  exports io.github.cmvrx.simulation.edge;
  exports io.github.cmvrx.simulation.invariant;
  exports io.github.cmvrx.simulation.report;
  exports io.github.cmvrx.simulation.text;
  exports io.github.cmvrx.simulation.verify;
  exports io.github.cmvrx.simulation.whatif;
}
