package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.dosing.json.CaseJson;
import io.github.cmvrx.dosing.json.JsonResult;

/**
 * The case JSON codec, as the round-trip invariant and violation reports need it; {@link #JSON}
 * is the shared case-format codec ({@code io.github.cmvrx.dosing.json.CaseJson}). A codec that
 * cannot read ({@link #canRead()} false) leaves the round-trip invariant out of the catalogue.
 */
public interface CaseCodec {
  /** The JSON contract codec (shared case-format), over {@code CaseJson}. */
  CaseCodec JSON =
      new CaseCodec() {
        @Override
        public String write(PatientCase patientCase) {
          return CaseJson.write(patientCase);
        }

        @Override
        public PatientCase read(String json) {
          JsonResult<PatientCase> result = CaseJson.read(json);
          if (result instanceof JsonResult.Valid<PatientCase> valid) {
            return valid.value();
          }
          throw new IllegalArgumentException(
              "not a valid case: " + ((JsonResult.Invalid<PatientCase>) result).errors());
        }
      };

  /**
   * Writes a case as JSON (the shared case-format contract).
   *
   * @param patientCase the case
   * @return the JSON text
   */
  String write(PatientCase patientCase);

  /**
   * Reads a case from JSON.
   *
   * @param json the JSON text
   * @return the case
   * @throws IllegalArgumentException if the JSON is not a valid case
   */
  PatientCase read(String json);

  /**
   * Returns whether {@link #read(String)} is available.
   *
   * @return true for a real codec
   */
  default boolean canRead() {
    return true;
  }
}
