/**
 * Steady-state ganciclovir exposure of the recommended ganciclovir and valganciclovir regimens
 * from a published population PK model (CALDES-2009): informational, never used to change a
 * dose.
 *
 * @since 0.2.0
 */
module io.github.cmvrx.exposure {
  requires transitive io.github.cmvrx.dosing;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.cmvrx.exposure;
}
