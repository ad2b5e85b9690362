package io.github.cmvrx.simulation.invariant;

import static io.github.cmvrx.simulation.invariant.Scaffold.PASS;
import static io.github.cmvrx.simulation.invariant.Scaffold.fail;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.rule.RuleId;
import java.util.List;
import java.util.function.Function;

/**
 * The structural invariants of the engine itself: determinism, refusal of invalid input, and the
 * JSON round trip of a case.
 * Each is a value; {@link Invariants#catalogue()} lists them all.
 */
final class EngineInvariants {
  private EngineInvariants() {}

  /** The same case twice gives the same answer. */
  static final Invariant DETERMINISTIC =
      new Invariant(
          "deterministic",
          "The same case and policy give an equal recommendation when asked again",
          List.of(),
          Invariant.Kind.RERUN,
          s -> {
            Recommendation again = s.engine().recommend(s.patientCase(), s.policy());
            return again.equals(s.recommendation())
                ? PASS
                : fail("a second call gave a different recommendation: %s", again);
          });

  /** Invalid input is refused. */
  static final Invariant INVALID_INPUT_REFUSED =
      new Invariant(
          "invalid-input-refused",
          "Each case with one field set out of range (clinical basis §8) is refused by the"
              + " validation path: the builder throws a message naming the field",
          List.of(RuleId.INPUT_VALIDATION),
          Invariant.Kind.INPUT,
          s -> InvalidInput.probe(s.patientCase()));

  /**
   * A case written as contract JSON ({@link CaseJson}) and read back is equal to the original,
   * and writing is deterministic.
   */
  static final Invariant JSON_ROUND_TRIP =
      jsonRoundTrip(CaseJson::write, EngineInvariants::readValidCase);

  private static PatientCase readValidCase(String json) {
    JsonResult<PatientCase> result = CaseJson.read(json);
    if (result instanceof JsonResult.Valid<PatientCase> valid) {
      return valid.value();
    }
    throw new IllegalArgumentException(
        "not a valid case: " + ((JsonResult.Invalid<PatientCase>) result).errors());
  }

  /**
   * Returns the JSON round-trip invariant over a writer and a reader (tests give a lossy pair to
   * show the invariant can fail).
   *
   * @param write writes a case as JSON
   * @param read reads it back; throws if it cannot
   * @return the invariant
   */
  static Invariant jsonRoundTrip(
      Function<PatientCase, String> write, Function<String, PatientCase> read) {
    return new Invariant(
        "json-round-trip",
        "A case written as JSON and read back is equal to the original, and writing is"
            + " deterministic",
        List.of(RuleId.INPUT_VALIDATION),
        Invariant.Kind.CODEC,
        s -> {
          String json = write.apply(s.patientCase());
          if (!json.equals(write.apply(s.patientCase()))) {
            return fail("writing the case twice gave different JSON");
          }
          PatientCase back;
          try {
            back = read.apply(json);
          } catch (RuntimeException e) {
            return fail("the written JSON could not be read back: %s", String.valueOf(e.getMessage()));
          }
          return back.equals(s.patientCase())
              ? PASS
              : fail("the case read back differs: %s", back);
        });
  }
}
