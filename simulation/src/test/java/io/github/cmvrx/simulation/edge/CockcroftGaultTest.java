package io.github.cmvrx.simulation.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import org.junit.jupiter.api.Test;

class CockcroftGaultTest {

  /** The engine's forward formula, which the inverse must invert. */
  private static double clearance(double age, double kg, Sex sex, double scrMgDl) {
    return io.github.cmvrx.dosing.renal.CockcroftGault.creatinineClearance(
            Age.years(age), sex, Mass.kilograms(kg), SerumCreatinine.mgPerDl(scrMgDl))
        .mlPerMin();
  }

  private static double clearancePerKg(double age, Sex sex, double scrMgDl) {
    return io.github.cmvrx.dosing.renal.CockcroftGault.perKilogram(
            Age.years(age), sex, SerumCreatinine.mgPerDl(scrMgDl))
        .mlPerMinPerKg();
  }

  @Test
  void creatinineForClearance_referenceMan() {
    // Clinical spec 2: (140 - 40) x 72 / (72 x SCr) = 100 mL/min needs SCr 1.0 mg/dL; a woman
    // (x 0.85) needs 0.85 mg/dL for the same clearance.
    assertThat(CockcroftGault.creatinineForClearance(40, 72, Sex.MALE, 100))
        .isCloseTo(1.0, within(1e-12));
    assertThat(CockcroftGault.creatinineForClearance(40, 72, Sex.FEMALE, 100))
        .isCloseTo(0.85, within(1e-12));
  }

  @Test
  void creatinineForClearance_invertsEveryCrclEdge() {
    for (Threshold t : Threshold.defaults()) {
      if (t.kind() != Threshold.Kind.CRCL) {
        continue;
      }
      for (Threshold.Side side : Threshold.Side.values()) {
        double target = t.at(side);
        double scr = CockcroftGault.creatinineForClearance(63, 81, Sex.FEMALE, target);
        assertThat(clearance(63, 81, Sex.FEMALE, scr))
            .as(t + " " + side)
            .isCloseTo(target, within(target * 1e-12));
      }
    }
  }

  @Test
  void creatinineForClearancePerKg_invertsEveryFoscarnetEdge() {
    for (Threshold t : Threshold.defaults()) {
      if (t.kind() != Threshold.Kind.CRCL_PER_KG) {
        continue;
      }
      double scr = CockcroftGault.creatinineForClearancePerKg(50, Sex.MALE, t.value());
      assertThat(clearancePerKg(50, Sex.MALE, scr)).isCloseTo(t.value(), within(1e-12));
    }
  }

  @Test
  void thresholds_coverEverySpecEdge() {
    // The edges the task lists from the clinical basis.
    assertThat(Threshold.defaults())
        .extracting(Threshold::value)
        .contains(10.0, 25.0, 40.0, 50.0, 55.0, 60.0, 70.0, 0.4, 0.5, 0.6, 0.8, 1.0, 1.4, 1.5, 100.0,
            500.0, 25_000.0, 8.0, 50.0, 3.0, 6.0, 12.0, 18.0, 35.0);
  }

  @Test
  void at_sides_areStepApart() {
    Threshold crcl70 = find(Threshold.Kind.CRCL, 70);
    Threshold fos04 = find(Threshold.Kind.CRCL_PER_KG, 0.4);
    assertThat(crcl70.at(Threshold.Side.BELOW)).isCloseTo(69.99, within(1e-12));
    assertThat(crcl70.at(Threshold.Side.ON)).isEqualTo(70);
    assertThat(fos04.at(Threshold.Side.ABOVE)).isCloseTo(0.401, within(1e-12));
  }

  private static Threshold find(Threshold.Kind kind, double value) {
    return Threshold.defaults().stream()
        .filter(t -> t.kind() == kind && t.value() == value)
        .findFirst()
        .orElseThrow();
  }
}
