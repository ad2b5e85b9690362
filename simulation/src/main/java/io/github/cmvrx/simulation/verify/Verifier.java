package io.github.cmvrx.simulation.verify;

import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.aggregate.ChunkedRun;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.invariant.Engine;
import io.github.cmvrx.simulation.invariant.Invariant;
import io.github.cmvrx.simulation.invariant.Subject;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Streams patients of a cohort through the engine and every invariant. Pure apart from the
 * engine call: the same inputs give the same {@link VerifyTally} on any number of threads.
 */
public final class Verifier {
  /** The name under which an engine exception is reported. */
  public static final String ENGINE_TOTAL = "engine-total";

  private final CohortGenerator generator;
  private final Policy policy;
  private final Engine engine;
  private final List<Invariant> invariants;
  private final int maxReported;

  /**
   * Creates the verifier.
   *
   * @param generator the cohort
   * @param policy the policy
   * @param engine the engine
   * @param invariants the invariants to check
   * @param maxReported how many violations to keep in full
   */
  public Verifier(
      CohortGenerator generator,
      Policy policy,
      Engine engine,
      List<Invariant> invariants,
      int maxReported) {
    this.generator = generator;
    this.policy = policy;
    this.engine = engine;
    this.invariants = List.copyOf(invariants);
    this.maxReported = maxReported;
  }

  /**
   * Verifies patients {@code [first, first + n)}.
   *
   * @param first the first index
   * @param n how many patients
   * @param threads threads to use
   * @param progress told how many patients are done
   * @return the tally
   */
  public VerifyTally run(long first, long n, int threads, LongConsumer progress) {
    return ChunkedRun.run(
        first,
        n,
        threads,
        ChunkedRun.DEFAULT_CHUNK,
        this::chunk,
        VerifyTally::merge,
        new VerifyTally(invariants.size(), maxReported),
        progress);
  }

  /**
   * Verifies patients {@code [from, to)} on the calling thread: the unit of work that {@link
   * #run} spreads over threads, and that a distributed runner (Spark) runs per partition.
   *
   * @param from the first index
   * @param to one past the last index
   * @return the tally of these patients, to be merged in index order
   */
  public VerifyTally chunk(long from, long to) {
    VerifyTally t = new VerifyTally(invariants.size(), maxReported);
    for (long i = from; i < to; i++) {
      one(i, t);
    }
    return t;
  }

  private void one(long index, VerifyTally t) {
    PatientCase c = generator.generate(index);
    t.patients++;
    Recommendation r;
    try {
      r = engine.recommend(c, policy);
    } catch (RuntimeException e) {
      t.engineFailures++;
      t.report(new Violation(ENGINE_TOTAL, generator.seed(), index, "engine threw " + e, CaseJson.write(c)));
      return;
    }
    if (r.status() == Status.OK) {
      t.ok++;
    } else {
      t.refused++;
    }
    for (RationaleEntry e : r.rationale()) {
      t.rulesFired[e.ruleId().ordinal()]++;
    }
    Subject s = new Subject(c, policy, r, engine);
    for (int k = 0; k < invariants.size(); k++) {
      Invariant inv = invariants.get(k);
      Optional<String> v;
      try {
        v = inv.check(s);
      } catch (RuntimeException e) {
        v = Optional.of("the check threw " + e);
      }
      t.checks++;
      if (v.isPresent()) {
        t.violationsByInvariant[k]++;
        t.report(new Violation(inv.name(), generator.seed(), index, v.get(), CaseJson.write(c)));
      }
    }
  }
}
