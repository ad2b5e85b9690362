package io.github.cmvrx.benchmarks;

import io.github.cmvrx.benchmarks.cql.CqlGanciclovirRule;
import io.github.cmvrx.benchmarks.cql.CqlInductionDose;
import io.github.cmvrx.dosing.table.DoseRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rule "Cockcroft-Gault, then the ganciclovir induction renal band" (CG-1976; GCV-PI,
 * clinical basis §2 and §3.1) evaluated per patient over one fixed pool of synthetic adults: by the
 * HL7 CQL engine ({@link #cql}) and by cmvrx's own functions ({@link #cmvrx}).
 *
 * <p>The CQL side is translated to ELM once, at set-up; each invocation evaluates the compiled
 * library for the next patient of the pool, passing the patient as CQL parameters. The engine
 * is reused across invocations (the cheapest way to run it, so the baseline is not
 * handicapped); it keeps evaluation state, so the state is per thread.
 *
 * <p>The cmvrx side ({@link CmvrxGanciclovirRule}) is {@code CockcroftGault.creatinineClearance}
 * then the shipped ganciclovir induction table's {@code forKidneyFunction}, as {@code CaseDosing}
 * calls them. Before anything is timed, set-up evaluates every patient of the pool both ways and
 * fails the trial, listing every patient concerned, if the two answers differ for any of them: a
 * disagreement is a finding to report, never filtered out of the pool.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CqlBaselineBenchmark -f 1 -wi 2 -i
 * 3 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CqlBaselineBenchmark {
  /**
   * Distinct outcomes the pool must reach: the four label bands of the induction column and
   * "not computable" below the table (clinical basis §3.1).
   */
  static final int OUTCOMES = 5;

  /** Patients in the pool, a power of two: enough to defeat branch prediction on the bands. */
  @Param("1024")
  public int poolSize;

  /** Seed of the pool: fixed, so every run times the same patients. */
  @Param("20261124")
  public long seed;

  // Not final, on purpose: JMH sample 10 (constant folding).
  RenalPool pool;
  CqlGanciclovirRule cqlRule;
  CmvrxGanciclovirRule cmvrxRule;
  int mask;
  int index;

  /**
   * Draws the pool, translates the CQL rule, and evaluates every patient once both ways, to check
   * that the pool reaches every band and that cmvrx and CQL give the same answer for every
   * patient.
   *
   * @throws IllegalStateException if the pool misses a band, cmvrx and CQL disagree on any
   *     patient, or the CQL does not translate
   */
  @Setup(Level.Trial)
  public void setUp() {
    pool = RenalPool.generate(seed, poolSize);
    mask = poolSize - 1;
    index = 0;
    cqlRule = CqlGanciclovirRule.translate();
    cmvrxRule = new CmvrxGanciclovirRule();
    Set<Optional<CqlInductionDose>> outcomes = new HashSet<>();
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      Optional<CqlInductionDose> cql = evaluateCql(i);
      Optional<CqlInductionDose> cmvrx = CmvrxGanciclovirRule.asCqlAnswer(evaluateCmvrx(i));
      outcomes.add(cql);
      if (!cql.equals(cmvrx)) {
        disagreements.add(
            String.format(
                Locale.ROOT,
                "patient %d (age %s y, %s, %s kg, SCr %s mg/dL): CQL %s, cmvrx %s",
                i,
                pool.ageYears(i),
                pool.female(i) ? "female" : "male",
                pool.weightKg(i),
                pool.serumCreatinineMgDl(i),
                cql,
                cmvrx));
      }
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(
          "cmvrx and CQL disagree on "
              + disagreements.size()
              + " of "
              + pool.size()
              + " patients (seed "
              + seed
              + "): "
              + String.join("; ", disagreements));
    }
    if (outcomes.size() != OUTCOMES) {
      throw new IllegalStateException(
          "pool (seed "
              + seed
              + ", size "
              + poolSize
              + ") reaches "
              + outcomes.size()
              + " of the "
              + OUTCOMES
              + " ganciclovir induction outcomes: "
              + outcomes);
    }
  }

  /**
   * Evaluates the rule for the next patient with the HL7 CQL engine.
   *
   * @return the induction dose, or empty when not computable
   */
  @Benchmark
  public Optional<CqlInductionDose> cql() {
    return evaluateCql(index++ & mask);
  }

  /**
   * Evaluates the rule for the next patient with cmvrx's Cockcroft-Gault and dose table, returning
   * what cmvrx's functions return (the label row, which holds the mg/kg and the interval).
   *
   * @return the induction row, or empty when not computable
   */
  @Benchmark
  public Optional<DoseRow> cmvrx() {
    return evaluateCmvrx(index++ & mask);
  }

  private Optional<DoseRow> evaluateCmvrx(int i) {
    return cmvrxRule.evaluate(
        pool.ageYears(i), pool.female(i), pool.weightKg(i), pool.serumCreatinineMgDl(i));
  }

  private Optional<CqlInductionDose> evaluateCql(int i) {
    return cqlRule.evaluate(
        pool.ageYears(i), pool.female(i), pool.weightKg(i), pool.serumCreatinineMgDl(i));
  }
}
