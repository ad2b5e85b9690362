/**
 * The {@code cmvrx} command line (picocli). Exports nothing: it is run, not called. Picocli
 * reads the command classes' annotated fields by reflection, hence the {@code opens}.
 *
 * @since 0.2.0
 */
module io.github.cmvrx.cli {
  requires io.github.cmvrx.simulation;
  requires io.github.cmvrx.exposure;
  requires io.github.cmvrx.fhir;
  requires info.picocli;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  opens io.github.cmvrx.cli to
      info.picocli;
}
