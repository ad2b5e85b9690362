package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.cohort.CohortSpecReader;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an executor needs to rebuild the cohort: the preset name, or the cohort file's name and
 * text (the driver reads the file; executors on other machines need not see it), the seed and
 * the index range. Small and serializable; the generator is rebuilt on each executor.
 *
 * @param name the preset name, or the cohort file's name without {@code .json}
 * @param specJson the cohort file's text, or null for a preset
 * @param seed the cohort seed
 * @param first the first index
 * @param patients how many patients
 */
public record CohortRun(String name, @Nullable String specJson, long seed, long first, long patients)
    implements Serializable {
  /** Creates the value. */
  public CohortRun {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Rebuilds the cohort specification.
   *
   * @return the specification
   * @throws IllegalArgumentException if the preset is unknown or the text invalid
   */
  public CohortSpec spec() {
    if (specJson == null) {
      return CohortSpecs.named(name)
          .orElseThrow(() -> new IllegalArgumentException("unknown cohort preset " + name));
    }
    return CohortSpecReader.read(specJson, name);
  }

  /**
   * Rebuilds the generator.
   *
   * @return the generator
   */
  public CohortGenerator generator() {
    return new CohortGenerator(spec(), seed);
  }
}
