package io.github.cmvrx.benchmarks;

import io.github.cmvrx.benchmarks.cql.CqlInductionDose;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.dosing.renal.CockcroftGault;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.util.Optional;

/**
 * The rule "Cockcroft-Gault, then the ganciclovir induction renal band" (CG-1976; GCV-PI, clinical
 * clinical basis §2 and §3.1) evaluated with cmvrx's own functions, exactly as {@code CaseDosing} does for an
 * adult on no kidney replacement with the actual weight in Cockcroft-Gault: {@link
 * CockcroftGault#creatinineClearance}, then {@link DoseTable#forKidneyFunction} on the shipped
 * ganciclovir induction table, which snaps the clearance to 1e-6 mL/min before comparing it with
 * the band edges (docs/decisions/0209).
 *
 * <p>The counterpart of {@link io.github.cmvrx.benchmarks.cql.CqlGanciclovirRule}. Immutable and
 * thread-safe.
 */
public final class CmvrxGanciclovirRule {
  private final DoseTable induction;

  /** Creates the rule over the shipped label table. */
  public CmvrxGanciclovirRule() {
    this.induction = DoseTables.standard().get(TableId.ganciclovir(DosePhase.INDUCTION));
  }

  /**
   * Evaluates the rule for one adult.
   *
   * @param ageYears the age, 18 to 120 years
   * @param female whether the patient is female
   * @param weightKg the actual body weight, kg
   * @param serumCreatinineMgDl the serum creatinine, mg/dL
   * @return the label row of the induction table (its amount is mg/kg, its schedule the
   *     interval), or empty below 10 mL/min (no label dose)
   * @throws IllegalArgumentException if a value is outside the domain of cmvrx's quantities or of
   *     Cockcroft-Gault
   */
  public Optional<DoseRow> evaluate(
      double ageYears, boolean female, double weightKg, double serumCreatinineMgDl) {
    double crcl =
        CockcroftGault.creatinineClearance(
                Age.years(ageYears),
                female ? Sex.FEMALE : Sex.MALE,
                Mass.kilograms(weightKg),
                SerumCreatinine.mgPerDl(serumCreatinineMgDl))
            .mlPerMin();
    return induction.forKidneyFunction(crcl);
  }

  /**
   * Returns a row in the form the CQL rule answers in, for comparing the two.
   *
   * @param row a row of the induction table, or empty
   * @return the dose in mg/kg and the interval in hours, or empty
   * @throws IllegalStateException if the row has no interval (the induction table always has one)
   */
  public static Optional<CqlInductionDose> asCqlAnswer(Optional<DoseRow> row) {
    return row.map(
        r ->
            new CqlInductionDose(
                r.amount(),
                r.schedule()
                    .intervalHours()
                    .orElseThrow(
                        () -> new IllegalStateException("induction row without interval: " + r))));
  }
}
