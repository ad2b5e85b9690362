/**
 * FHIR R4 for cmvrx: a Bundle (or CDS Hooks prefetch) becomes a {@code PatientCase}
 * ({@link io.github.cmvrx.fhir.FhirCaseReader}), a case becomes the Bundle that reads back to it
 * ({@link io.github.cmvrx.fhir.FhirCaseWriter}), and a recommendation becomes CDS Hooks cards
 * with FHIR MedicationRequest suggestions ({@link io.github.cmvrx.fhir.CdsCards}). Codes and
 * their sources are listed in {@link io.github.cmvrx.fhir.FhirCodes} and in docs/fhir.md.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.fhir;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
