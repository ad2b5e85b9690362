package io.github.cmvrx.benchmarks;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.calc.CaseDosing;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.dosing.policy.Policy;
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
 * Parts of the hot path, on the same pools as {@link RecommendBenchmark}:
 *
 * <ul>
 *   <li>{@link #assessAndDose}: the assessment plus one dose lookup alone, {@code
 *       CaseDosing.of(case, policy)} then {@code dose(GANCICLOVIR, INDUCTION)}, the first-line
 *       drug of every induction (clinical basis §3.1), with no decision layer;
 *   <li>{@link #jsonRecommendWrite}: the command line's path for one case, {@code CaseJson.read}
 *       of the case's JSON text, {@code TreatmentAdvisor.recommend}, {@code
 *       RecommendationJson.write};
 *   <li>{@link #jsonRead}: {@code CaseJson.read} of the case's JSON text alone.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ComponentBenchmark -f 1 -wi 3 -i 5
 * -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ComponentBenchmark {
  /** The cohort preset the pool is drawn from (simulation {@code CohortSpecs.NAMES}). */
  @Param({"mixed", "hiv-cns", "transplant", "hsct", "renal-impaired"})
  public String preset;

  /** Cases in the pool, a power of two. */
  @Param("1024")
  public int poolSize;

  /** Seed of the cohort: fixed, so every run times the same cases. */
  @Param("20261124")
  public long seed;

  // Not final, on purpose: JMH sample 10 (constant folding).
  CasePool pool;
  String[] json;
  Policy policy;
  int mask;
  int index;

  /**
   * Draws the pool, writes every case as JSON, and reads every text back once, so a case that
   * does not round-trip fails the trial before anything is timed.
   *
   * @throws IllegalStateException if a written case does not read back as valid
   */
  @Setup(Level.Trial)
  public void setUp() {
    pool = CasePool.generate(preset, seed, poolSize);
    policy = Policy.defaults();
    mask = poolSize - 1;
    index = 0;
    json = new String[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      json[i] = CaseJson.write(pool.get(i));
      JsonResult<PatientCase> read = CaseJson.read(json[i]);
      if (!(read instanceof JsonResult.Valid<PatientCase>)) {
        throw new IllegalStateException("case " + i + " does not read back: " + read);
      }
    }
  }

  /**
   * Assesses the next case and looks up its ganciclovir induction dose.
   *
   * @return the dose decision
   */
  @Benchmark
  public DoseDecision assessAndDose() {
    return CaseDosing.of(pool.get(index++ & mask), policy)
        .dose(Drug.GANCICLOVIR, DosePhase.INDUCTION);
  }

  /**
   * Reads the next case from JSON.
   *
   * @return the result of reading
   */
  @Benchmark
  public JsonResult<PatientCase> jsonRead() {
    return CaseJson.read(json[index++ & mask]);
  }

  /**
   * Reads the next case from JSON, recommends, and writes the recommendation as JSON.
   *
   * @return the JSON text of the recommendation (or of the refusal, for an invalid text)
   */
  @Benchmark
  public String jsonRecommendWrite() {
    JsonResult<PatientCase> read = CaseJson.read(json[index++ & mask]);
    if (read instanceof JsonResult.Valid<PatientCase> valid) {
      return RecommendationJson.write(TreatmentAdvisor.recommend(valid.value(), policy));
    }
    return RecommendationJson.write(((JsonResult.Invalid<PatientCase>) read).refusal());
  }
}
