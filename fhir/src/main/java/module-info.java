/**
 * FHIR R4 for cmvrx: Bundle to case, case to Bundle, CDS Hooks cards, and the CDS Hooks 2.0
 * service. HAPI FHIR's jars are not modular; they are read as automatic modules.
 *
 * @since 0.2.0
 */
module io.github.cmvrx.fhir {
  requires transitive io.github.cmvrx.contract;
  requires transitive hapi.fhir.base;
  requires transitive org.hl7.fhir.r4;
  requires transitive com.nimbusds.jose.jwt;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires jdk.httpserver;
  requires java.net.http;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.cmvrx.fhir;
  exports io.github.cmvrx.fhir.hooks;
}
