package io.github.cmvrx.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.cohort.CohortSpecs;

/**
 * A fixed pool of realistic cases drawn by the simulation's {@link CohortGenerator} from one of
 * the cohort presets ({@link CohortSpecs#NAMES}) with a fixed seed: patients {@code 0 .. size-1}
 * of that cohort, so a pool is the same on every run. Benchmarks walk it with {@code index++ &
 * mask}.
 *
 * <p>Immutable after construction; the array is never exposed.
 */
public final class CasePool {
  private final PatientCase[] cases;

  private CasePool(PatientCase[] cases) {
    this.cases = cases;
  }

  /**
   * Draws patients {@code 0 .. size-1} of the named cohort.
   *
   * @param preset a cohort preset name, one of {@link CohortSpecs#NAMES}
   * @param seed the cohort seed
   * @param size the number of cases, a positive power of two
   * @return the pool
   * @throws IllegalArgumentException if the preset is unknown or the size is not a positive power
   *     of two
   */
  public static CasePool generate(String preset, long seed, int size) {
    checkArgument(
        size > 0 && Integer.bitCount(size) == 1,
        "pool size (%s) must be a positive power of two",
        size);
    CohortSpec spec =
        CohortSpecs.named(preset)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cohort preset '" + preset + "' is not one of " + CohortSpecs.NAMES));
    CohortGenerator generator = new CohortGenerator(spec, seed);
    PatientCase[] cases = new PatientCase[size];
    for (int i = 0; i < size; i++) {
      cases[i] = generator.generate(i);
    }
    return new CasePool(cases);
  }

  /**
   * Returns the number of cases.
   *
   * @return the pool size, a power of two
   */
  public int size() {
    return cases.length;
  }

  /**
   * Returns case {@code i}.
   *
   * @param i the index, in [0, size)
   * @return the case
   */
  public PatientCase get(int i) {
    return cases[i];
  }
}
