package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.aggregate.ChunkedRun;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.invariant.Engine;
import java.util.function.LongConsumer;

/**
 * Runs the same patients under two policies and tallies the paired differences; the same
 * inputs give the same tally on any number of threads.
 */
public final class WhatIf {
  private final CohortGenerator generator;
  private final Policy a;
  private final Policy b;
  private final Engine engine;

  /**
   * Creates the comparison.
   *
   * @param generator the cohort
   * @param a the first policy
   * @param b the second policy
   * @param engine the engine
   */
  public WhatIf(CohortGenerator generator, Policy a, Policy b, Engine engine) {
    this.generator = generator;
    this.a = a;
    this.b = b;
    this.engine = engine;
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
        first, n, threads, ChunkedRun.DEFAULT_CHUNK, this::chunk, WhatIfTally::merge, new WhatIfTally(), progress);
  }

  WhatIfTally chunk(long from, long to) {
    WhatIfTally t = new WhatIfTally();
    for (long i = from; i < to; i++) {
      PatientCase c = generator.generate(i);
      t.add(c.host().category(), KidneyBand.of(c), engine.recommend(c, a), engine.recommend(c, b));
    }
    return t;
  }
}
