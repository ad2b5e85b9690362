/**
 * The immutable case model, quantities with their unit in the type, the recommendation, the
 * rule and citation catalogues, and field-level validation errors. No I/O, clocks, randomness or
 * locale. The pure decision functions ({@code core.decision}, {@code core.dose}) are exported to
 * {@code io.github.cmvrx.dosing} only; {@code core.internal} is not exported.
 *
 * @since 0.2.0
 */
module io.github.cmvrx.core {
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  // Generated value classes carry @javax.annotation.processing.Generated (compile time only).
  requires static java.compiler;

  exports io.github.cmvrx.core.model;
  exports io.github.cmvrx.core.quantity;
  exports io.github.cmvrx.core.recommendation;
  exports io.github.cmvrx.core.rule;
  exports io.github.cmvrx.core.citation;
  exports io.github.cmvrx.core.validation;
  exports io.github.cmvrx.core.text;
  exports io.github.cmvrx.core.decision to
      io.github.cmvrx.dosing;
  exports io.github.cmvrx.core.dose to
      io.github.cmvrx.dosing;
  exports io.github.cmvrx.core.internal to
      io.github.cmvrx.dosing;
}
