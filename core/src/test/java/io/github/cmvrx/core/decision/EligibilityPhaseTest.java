package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.testing.CaseDraft;
import org.junit.jupiter.api.Test;

/**
 * The phase and HIV stopping criteria the eligibility works out once and keeps (clinical basis
 * §5, PHASE-PREMATURE-STOP and PHASE-HIV-STOP): the kept value is the one a fresh eligibility
 * works out, asked again or not.
 */
class EligibilityPhaseTest {

  private static CaseDraft hivMaintenance(double cd4, double months) {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    d.host = HostCategory.HIV;
    d.onArt = true;
    d.suppressed = true;
    d.cd4 = cd4;
    d.monthsCd4Above100 = months;
    return d;
  }

  @Test
  void phase_hivCriteriaMetForSixMonths_stopMaintenanceKept() {
    // CD4 150 > 100 /uL for 6 months, on ART, suppressed: stop (decision 0007).
    Eligibility e = Eligibility.of(hivMaintenance(150, 6).build(), CutOffs.defaults());
    assertThat(e.phase()).isEqualTo(RecommendationPhase.STOP_MAINTENANCE);
    assertThat(e.phase()).isSameAs(e.phase());
    assertThat(e.hivStop()).isEqualTo(MaintenanceRules.HivStop.STOP);
  }

  @Test
  void phase_hivCriteriaForFourMonths_maintenanceAndConsiderStopping() {
    Eligibility e = Eligibility.of(hivMaintenance(150, 4).build(), CutOffs.defaults());
    assertThat(e.phase()).isEqualTo(RecommendationPhase.MAINTENANCE);
    assertThat(e.hivStop()).isEqualTo(MaintenanceRules.HivStop.CONSIDER);
  }

  @Test
  void phase_maintenanceAfterTenDaysOfInduction_stillInduction() {
    // Fewer than 14 days of induction: maintenance is premature.
    CaseDraft d = hivMaintenance(150, 6);
    d.daysInduction = 10;
    Eligibility e = Eligibility.of(d.build(), CutOffs.defaults());
    assertThat(e.phase()).isEqualTo(RecommendationPhase.INDUCTION);
  }

  @Test
  void phase_noMaintenanceAsked_induction() {
    Eligibility e = Eligibility.of(CaseDraft.adult().build(), CutOffs.defaults());
    assertThat(e.phase()).isEqualTo(RecommendationPhase.INDUCTION);
    assertThat(e.hivStop()).isEqualTo(MaintenanceRules.HivStop.CONTINUE);
  }
}
