package io.github.cmvrx.simulation.verify;

import java.io.Serializable;
import java.util.Objects;

/**
 * One invariant violation, with everything needed to reproduce it: the seed and index give the
 * case again ({@code verify --cohort C --seed S --first-index I --patients 1}).
 *
 * @param invariant the invariant's name
 * @param seed the cohort seed
 * @param index the patient index
 * @param message what is wrong
 * @param caseJson the case, as JSON
 */
public record Violation(String invariant, long seed, long index, String message, String caseJson)
    implements Serializable {
  /** Creates the value. */
  public Violation {
    Objects.requireNonNull(invariant, "invariant");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(caseJson, "caseJson");
  }
}
