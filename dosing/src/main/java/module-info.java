/**
 * The entry point {@code TreatmentAdvisor.recommend(case, policy)} and the local dosing
 * {@code Policy}. Kidney function, body size, the label dose tables and the dose arithmetic are
 * internals of this module and are not exported (the kidney-function formulas only to {@code
 * io.github.cmvrx.simulation} and {@code io.github.cmvrx.exposure}).
 *
 * @since 0.2.0
 */
module io.github.cmvrx.dosing {
  requires transitive io.github.cmvrx.core;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  // Generated value classes carry @javax.annotation.processing.Generated (compile time only).
  requires static java.compiler;

  exports io.github.cmvrx.dosing.advisor;
  exports io.github.cmvrx.dosing.policy;
  // The Cockcroft-Gault formula, for the cohort generator's band edges and kidney bands, and for
  // the creatinine clearance of the exposure model.
  exports io.github.cmvrx.dosing.renal to
      io.github.cmvrx.simulation,
      io.github.cmvrx.exposure;
  // Local dose tables (a policy's "tables", issue 13): read by the contract, whose edges the
  // cohort generator follows, and which policy check prints.
  exports io.github.cmvrx.dosing.table to
      io.github.cmvrx.contract,
      io.github.cmvrx.simulation,
      io.github.cmvrx.cli;
  // Ideal body weight, for the what-if report's weight-vs-IBW breakdown.
  exports io.github.cmvrx.dosing.body to
      io.github.cmvrx.simulation;
  // The practical-dose rounding (decision 0801), for the mg-matches-mg-per-kg invariant.
  exports io.github.cmvrx.dosing.calc to
      io.github.cmvrx.simulation;
}
