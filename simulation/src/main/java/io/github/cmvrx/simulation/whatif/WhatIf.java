package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.exposure.ExposureEstimate;
import io.github.cmvrx.exposure.ExposureEstimator;
import io.github.cmvrx.simulation.aggregate.ChunkedRun;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.invariant.Engine;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs the same patients under two policies and tallies the paired differences; the same
 * inputs give the same tally on any number of threads.
 */
public final class WhatIf {
  private final CohortGenerator generator;
  private final Policy a;
  private final Policy b;
  private final Engine engine;
  private final @Nullable ExposureEstimator exposure;

  /**
   * Creates the comparison.
   *
   * @param generator the cohort
   * @param a the first policy
   * @param b the second policy
   * @param engine the engine
   */
  public WhatIf(CohortGenerator generator, Policy a, Policy b, Engine engine) {
    this(generator, a, b, engine, null);
  }

  /**
   * Creates the comparison, with ganciclovir exposure when {@code exposure} is given: each
   * patient's individual exposure under both policies, from the same etas (drawn from the
   * cohort seed and the patient's index), so the paired change is the policies' alone.
   *
   * @param generator the cohort
   * @param a the first policy
   * @param b the second policy
   * @param engine the engine
   * @param exposure the exposure estimator, or null for no exposure section
   */
  public WhatIf(
      CohortGenerator generator,
      Policy a,
      Policy b,
      Engine engine,
      @Nullable ExposureEstimator exposure) {
    this.generator = generator;
    this.a = a;
    this.b = b;
    this.engine = engine;
    this.exposure = exposure;
  }

  /**
   * Compares the policies on patients {@code [first, first + n)}.
   *
   * @param first the first index
   * @param n how many patients
   * @param threads threads to use
   * @param progress told how many patients are done
   * @return the tally
   */
  public WhatIfTally run(long first, long n, int threads, LongConsumer progress) {
    return ChunkedRun.run(
        first, n, threads, ChunkedRun.DEFAULT_CHUNK, this::chunk, WhatIfTally::merge, newTally(), progress);
  }

  private WhatIfTally newTally() {
    return exposure == null ? new WhatIfTally() : new WhatIfTally(new ExposureTally());
  }

  /**
   * Compares the policies on patients {@code [from, to)} on the calling thread: the unit of
   * work that {@link #run} spreads over threads, and that a distributed runner (Spark) runs per
   * partition.
   *
   * @param from the first index
   * @param to one past the last index
   * @return the tally of these patients, to be merged in index order
   */
  public WhatIfTally chunk(long from, long to) {
    WhatIfTally t = newTally();
    ExposureEstimator estimator = exposure;
    ExposureTally exposureTally = t.exposure;
    for (long i = from; i < to; i++) {
      PatientCase c = generator.generate(i);
      KidneyBand band = KidneyBand.of(c);
      Recommendation ra = engine.recommend(c, a);
      Recommendation rb = engine.recommend(c, b);
      t.add(i, c, band, ra, rb);
      if (estimator != null && exposureTally != null) {
        long seed = generator.seed();
        List<ExposureEstimate> ea = estimator.individual(c, ra, seed, i);
        List<ExposureEstimate> eb = estimator.individual(c, rb, seed, i);
        exposureTally.add(band, c.patient().weight().kilograms(), ra, ea, rb, eb);
      }
    }
    return t;
  }
}
