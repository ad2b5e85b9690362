package io.github.cmvrx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.benchmarks.cql.CqlGanciclovirRule;
import io.github.cmvrx.benchmarks.cql.CqlInductionDose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cmvrx side of the CQL baseline against the clinical basis and against the CQL engine,
 * beyond the benchmark pool: every patient of the pool's reporting grid (whole years 18-95, 0.1
 * kg 40-140 kg, 0.01 mg/dL 0.50-6.00 mg/dL) whose Cockcroft-Gault is exactly 10, 25, 50 or 70
 * mL/min, where binary arithmetic can land one ulp below the edge (docs/decisions/0209, 0500).
 */
class CmvrxGanciclovirRuleTest {
  /**
   * The induction dose whose band has each edge as its lower edge (clinical basis §3.1, induction
   * column, "Decision (band edges)": lower edge included).
   */
  private static final Map<Integer, CqlInductionDose> BAND_FROM_EDGE =
      Map.of(
          70, new CqlInductionDose(5, 12),
          50, new CqlInductionDose(2.5, 12),
          25, new CqlInductionDose(2.5, 24),
          10, new CqlInductionDose(1.25, 24));

  private static CqlGanciclovirRule cql;
  private static final CmvrxGanciclovirRule CMVRX = new CmvrxGanciclovirRule();

  @BeforeAll
  static void translateOnce() {
    cql = CqlGanciclovirRule.translate();
  }

  /** A grid patient: age in years, weight in tenths of a kg, SCr in hundredths of a mg/dL. */
  private record EdgePatient(int age, boolean female, int weightTenths, int scrHundredths, int edge) {}

  /**
   * Every grid patient whose clearance is exactly an edge, found with integers only: CrCl =
   * (140 - age) x (W / 10) x f / (72 x S / 100), with f = 1 for men and 17/20 for women, is
   * exactly {@code edge} when W = edge x 72 x S / ((140 - age) x 10) for men and W = edge x 144 x
   * S / ((140 - age) x 17) for women is a whole number.
   */
  private static List<EdgePatient> edgePatients() {
    List<EdgePatient> out = new ArrayList<>();
    for (int edge : BAND_FROM_EDGE.keySet()) {
      for (int age = RenalPool.MIN_AGE_YEARS; age <= RenalPool.MAX_AGE_YEARS; age++) {
        for (int s = RenalPool.MIN_CREATININE_HUNDREDTHS_MG_DL;
            s <= RenalPool.MAX_CREATININE_HUNDREDTHS_MG_DL;
            s++) {
          for (boolean female : new boolean[] {false, true}) {
            long numerator = (long) edge * (female ? 144 : 72) * s;
            long denominator = (long) (140 - age) * (female ? 17 : 10);
            if (numerator % denominator == 0) {
              long w = numerator / denominator;
              if (w >= RenalPool.MIN_WEIGHT_TENTHS_KG && w <= RenalPool.MAX_WEIGHT_TENTHS_KG) {
                out.add(new EdgePatient(age, female, (int) w, s, edge));
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void evaluate_everyGridPatientExactlyOnABandEdge_givesTheBandOfThatLowerEdgeAsCqlDoes() {
    List<EdgePatient> patients = edgePatients();
    assertThat(patients).hasSizeGreaterThan(1000);
    List<String> wrong = new ArrayList<>();
    for (EdgePatient p : patients) {
      double weight = p.weightTenths() / 10.0;
      double scr = p.scrHundredths() / 100.0;
      Optional<CqlInductionDose> expected = Optional.of(BAND_FROM_EDGE.get(p.edge()));
      Optional<CqlInductionDose> byCmvrx =
          CmvrxGanciclovirRule.asCqlAnswer(CMVRX.evaluate(p.age(), p.female(), weight, scr));
      Optional<CqlInductionDose> byCql = cql.evaluate(p.age(), p.female(), weight, scr);
      if (!byCmvrx.equals(expected) || !byCql.equals(expected)) {
        wrong.add(p + ": cmvrx " + byCmvrx + ", CQL " + byCql + ", spec " + expected);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void evaluate_largerPoolThanTheBenchmarks_agreesWithCqlOnEveryPatient() {
    RenalPool pool = RenalPool.generate(7, 1 << 14);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      Optional<CqlInductionDose> byCql =
          cql.evaluate(
              pool.ageYears(i), pool.female(i), pool.weightKg(i), pool.serumCreatinineMgDl(i));
      Optional<CqlInductionDose> byCmvrx =
          CmvrxGanciclovirRule.asCqlAnswer(
              CMVRX.evaluate(
                  pool.ageYears(i), pool.female(i), pool.weightKg(i), pool.serumCreatinineMgDl(i)));
      if (!byCql.equals(byCmvrx)) {
        disagreements.add("patient " + i + ": CQL " + byCql + ", cmvrx " + byCmvrx);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void evaluate_manOnTheSeventyEdge_givesFullDose() {
    // 68 y, 70.0 kg, SCr 1.00 mg/dL: (140 - 68) x 70 / (72 x 1.00) = 70 mL/min, on the edge:
    // 5 mg/kg q12h (clinical basis §3.1, lower edge included).
    assertThat(CmvrxGanciclovirRule.asCqlAnswer(CMVRX.evaluate(68, false, 70, 1.0)))
        .contains(new CqlInductionDose(5, 12));
  }

  @Test
  void evaluate_belowTen_isEmpty() {
    // 68 y, 70.0 kg, SCr 7.01 mg/dL: 70 / 7.01 = 9.986 mL/min < 10: no label dose (clinical basis §3.1).
    assertThat(CMVRX.evaluate(68, false, 70, 7.01)).isEmpty();
  }
}
