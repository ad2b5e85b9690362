package io.github.cmvrx.simulation.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.Sex;
import org.junit.jupiter.api.Test;

class CockcroftGaultTest {

  @Test
  void clearance_referenceMan_is100() {
    // Clinical spec 2: (140 - 40) x 72 / (72 x 1.0) = 100 mL/min.
    assertThat(CockcroftGault.clearance(40, 72, Sex.MALE, 1.0)).isCloseTo(100, within(1e-12));
  }

  @Test
  void clearance_woman_is85Percent() {
    // CG-1976: x 0.85 for women: 85 mL/min for the same numbers.
    assertThat(CockcroftGault.clearance(40, 72, Sex.FEMALE, 1.0)).isCloseTo(85, within(1e-12));
  }

  @Test
  void clearancePerKg_referenceMan() {
    // Clinical spec 2: (140 - 40) / (72 x 1.0) = 1.3889 mL/min/kg.
    assertThat(CockcroftGault.clearancePerKg(40, Sex.MALE, 1.0)).isCloseTo(100.0 / 72, within(1e-12));
  }

  @Test
  void creatinineForClearance_invertsEveryCrclEdge() {
    for (Threshold t : Threshold.values()) {
      if (t.kind() != Threshold.Kind.CRCL) {
        continue;
      }
      for (Threshold.Side side : Threshold.Side.values()) {
        double target = t.at(side);
        double scr = CockcroftGault.creatinineForClearance(63, 81, Sex.FEMALE, target);
        assertThat(CockcroftGault.clearance(63, 81, Sex.FEMALE, scr))
            .as(t + " " + side)
            .isCloseTo(target, within(target * 1e-12));
      }
    }
  }

  @Test
  void creatinineForClearancePerKg_invertsEveryFoscarnetEdge() {
    for (Threshold t : Threshold.values()) {
      if (t.kind() != Threshold.Kind.CRCL_PER_KG) {
        continue;
      }
      double scr = CockcroftGault.creatinineForClearancePerKg(50, Sex.MALE, t.value());
      assertThat(CockcroftGault.clearancePerKg(50, Sex.MALE, scr)).isCloseTo(t.value(), within(1e-12));
    }
  }

  @Test
  void thresholds_coverEverySpecEdge() {
    // The edges the task lists from the clinical spec.
    assertThat(Threshold.values())
        .extracting(Threshold::value)
        .contains(10.0, 25.0, 40.0, 50.0, 55.0, 60.0, 70.0, 0.4, 0.5, 0.6, 0.8, 1.0, 1.4, 1.5, 100.0,
            500.0, 25_000.0, 8.0, 50.0, 3.0, 6.0, 12.0, 18.0, 35.0);
  }

  @Test
  void at_sides_areStepApart() {
    assertThat(Threshold.CRCL_70.at(Threshold.Side.BELOW)).isCloseTo(69.99, within(1e-12));
    assertThat(Threshold.CRCL_70.at(Threshold.Side.ON)).isEqualTo(70);
    assertThat(Threshold.FOS_0_4.at(Threshold.Side.ABOVE)).isCloseTo(0.401, within(1e-12));
  }
}
