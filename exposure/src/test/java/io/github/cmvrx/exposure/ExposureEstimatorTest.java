package io.github.cmvrx.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.exposure.ExposureEstimator.Covariates;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The estimator end to end: recommendation in, exposure per regimen component out. */
class ExposureEstimatorTest {

  private static final ExposureEstimator ESTIMATOR = ExposureEstimator.caldes2009();

  private static PatientCase adult(
      double age, double scr, RenalReplacement krt, Severity severity, boolean oral) {
    Patient.Builder patient =
        Patient.builder()
            .age(Age.years(age))
            .sex(Sex.MALE)
            .weight(Mass.kilograms(70))
            .height(Length.centimetres(175))
            .renalReplacement(krt);
    if (scr > 0) {
      patient.serumCreatinine(SerumCreatinine.mgPerDl(scr));
    }
    return PatientCase.builder()
        .patient(patient.build())
        .host(Host.builder().category(HostCategory.SOLID_ORGAN_TRANSPLANT).build())
        .disease(Disease.builder().addSites(DiseaseSite.PNEUMONITIS).severity(severity).build())
        .treatment(Treatment.builder().phase(TreatmentPhase.NONE).canTakeOral(oral).build())
        .build();
  }

  @Test
  void ivGanciclovirTypicalAuc24IsDailyDoseOverClearance() {
    // male, 50 y, 70 kg, SCr 1.2 mg/dL: CrCl = (140 - 50) x 70 / (72 x 1.2) = 6300 / 86.4
    // = 72.917 mL/min -> ganciclovir 5 mg/kg q12h = 350 mg q12h (GCV-PI, >= 70 band)
    // CL = 7.49 x 72.917 / 57 = 9.5816 L/h; AUC24 = 700 / 9.5816 = 73.06 mg.h/L: below 80-120
    PatientCase c = adult(50, 1.2, RenalReplacement.NONE, Severity.SEVERE, false);
    Recommendation r = TreatmentAdvisor.recommend(c, Policy.defaults());
    List<ExposureEstimate> list = ESTIMATOR.typical(c, r);
    assertThat(list).hasSize(1);
    ExposureEstimate.Estimated e = (ExposureEstimate.Estimated) list.get(0);
    assertThat(e.drug()).isEqualTo(Drug.GANCICLOVIR);
    assertThat(e.model()).isEqualTo("CALDES-2009");
    assertThat(e.clearanceLPerH()).isCloseTo(9.5816, within(0.0001));
    assertThat(e.exposure().auc24MgHPerL()).isCloseTo(73.06, within(0.01));
    assertThat(e.referenceAuc24()).contains(ReferenceRange.TREATMENT_AUC24);
    assertThat(e.relativeToReference()).contains(RelativeToReference.BELOW);
    assertThat(e.referenceCmin()).contains(ReferenceRange.TREATMENT_CMIN);
  }

  @Test
  void oralValganciclovirUsesTheGanciclovirEquivalentDose() {
    // same patient, mild-moderate and able to take oral: valganciclovir 900 mg q12h (VGC-PI)
    // 900 x 0.720 x 0.825 x 2 / 9.5816 = 1069.2 / 9.5816 = 111.59 mg.h/L: within 80-120
    PatientCase c = adult(50, 1.2, RenalReplacement.NONE, Severity.MILD_MODERATE, true);
    Recommendation r = TreatmentAdvisor.recommend(c, Policy.defaults());
    ExposureEstimate.Estimated e = (ExposureEstimate.Estimated) ESTIMATOR.typical(c, r).get(0);
    assertThat(e.drug()).isEqualTo(Drug.VALGANCICLOVIR);
    assertThat(e.route()).isEqualTo(Route.ORAL);
    assertThat(e.exposure().auc24MgHPerL()).isCloseTo(111.59, within(0.01));
    assertThat(e.relativeToReference()).contains(RelativeToReference.WITHIN);
  }

  @Test
  void underEighteenIsNotEstimated() {
    PatientCase c = adult(16, 0.8, RenalReplacement.NONE, Severity.SEVERE, false);
    Recommendation r = TreatmentAdvisor.recommend(c, Policy.defaults());
    assertThat(ESTIMATOR.typical(c, r))
        .singleElement()
        .isEqualTo(
            new ExposureEstimate.NotEstimated(
                Drug.GANCICLOVIR,
                Route.IV,
                "CALDES-2009",
                java.util.Optional.of(ReferenceRange.TREATMENT_AUC24),
                NotEstimatedReason.UNDER_18));
  }

  @Test
  void haemodialysisIsNotEstimated() {
    PatientCase c = adult(50, 0, RenalReplacement.INTERMITTENT_HEMODIALYSIS, Severity.SEVERE, false);
    Recommendation r = TreatmentAdvisor.recommend(c, Policy.defaults());
    ExposureEstimate e = ESTIMATOR.typical(c, r).get(0);
    assertThat(e).isInstanceOf(ExposureEstimate.NotEstimated.class);
    assertThat(((ExposureEstimate.NotEstimated) e).reason())
        .isEqualTo(NotEstimatedReason.KIDNEY_REPLACEMENT_THERAPY);
    assertThat(e.note()).contains("kidney replacement");
  }

  @Test
  void highCreatinineClearanceIsNotEstimated() {
    // SCr 0.7: (140 - 50) x 70 / (72 x 0.7) = 125 mL/min, above the 100 mL/min limit
    PatientCase c = adult(50, 0.7, RenalReplacement.NONE, Severity.SEVERE, false);
    Recommendation r = TreatmentAdvisor.recommend(c, Policy.defaults());
    ExposureEstimate e = ESTIMATOR.typical(c, r).get(0);
    assertThat(((ExposureEstimate.NotEstimated) e).reason())
        .isEqualTo(NotEstimatedReason.CRCL_OUTSIDE_STUDIED_RANGE);
  }

  private static RegimenComponent ganciclovir(double mg, int interval) {
    return RegimenComponent.builder()
        .drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(mg))
        .intervalHours(interval)
        .infusionMinutes(60)
        .ruleId(RuleId.values()[0])
        .build();
  }

  private static Covariates crcl(double mlMin) {
    return new Covariates(50, false, OptionalDouble.of(mlMin), 70, true);
  }

  @Test
  void studiedRangeEdgesAreIncluded() {
    RegimenComponent g = ganciclovir(175, 24);
    RecommendationPhase induction = RecommendationPhase.INDUCTION;
    assertThat(ESTIMATOR.estimate(crcl(10), g, induction, null))
        .isInstanceOf(ExposureEstimate.Estimated.class);
    assertThat(ESTIMATOR.estimate(crcl(100), g, induction, null))
        .isInstanceOf(ExposureEstimate.Estimated.class);
    assertThat(ESTIMATOR.estimate(crcl(9.99), g, induction, null))
        .isInstanceOf(ExposureEstimate.NotEstimated.class);
    assertThat(ESTIMATOR.estimate(crcl(100.01), g, induction, null))
        .isInstanceOf(ExposureEstimate.NotEstimated.class);
  }

  @Test
  void scheduleWithoutFixedIntervalIsNotEstimated() {
    RegimenComponent twiceWeekly =
        RegimenComponent.builder()
            .drug(Drug.VALGANCICLOVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(450))
            .timesPerWeek(2)
            .ruleId(RuleId.values()[0])
            .build();
    ExposureEstimate e =
        ESTIMATOR.estimate(crcl(20), twiceWeekly, RecommendationPhase.MAINTENANCE, null);
    assertThat(((ExposureEstimate.NotEstimated) e).reason())
        .isEqualTo(NotEstimatedReason.NO_FIXED_INTERVAL);
    assertThat(e.referenceAuc24()).contains(ReferenceRange.MAINTENANCE_AUC24);
  }

  @Test
  void maintenanceUsesTheMaintenanceRange() {
    // 175 mg q24h at CrCl 57: AUC24 = 175 / 7.49 = 23.36 mg.h/L, below 40-60
    ExposureEstimate.Estimated e =
        (ExposureEstimate.Estimated)
            ESTIMATOR.estimate(
                crcl(57), ganciclovir(175, 24), RecommendationPhase.MAINTENANCE, null);
    assertThat(e.exposure().auc24MgHPerL()).isCloseTo(23.36, within(0.01));
    assertThat(e.relativeToReference()).contains(RelativeToReference.BELOW);
    assertThat(e.referenceCmin()).isEmpty();
  }

  @Test
  void individualValuesDependOnSeedAndIndexOnly() {
    PatientCase c = adult(50, 1.2, RenalReplacement.NONE, Severity.SEVERE, false);
    Recommendation r = TreatmentAdvisor.recommend(c, Policy.defaults());
    List<ExposureEstimate> a = ESTIMATOR.individual(c, r, 7, 42);
    assertThat(ESTIMATOR.individual(c, r, 7, 42)).isEqualTo(a);
    assertThat(ESTIMATOR.individual(c, r, 7, 43)).isNotEqualTo(a);
    assertThat(ESTIMATOR.individual(c, r, 8, 42)).isNotEqualTo(a);
    assertThat(a).isNotEqualTo(ESTIMATOR.typical(c, r));
  }

  @Test
  void drawnVariabilityHasTheModelsVariances() {
    // 40,000 draws: sample variance of each eta within 3% of omega2 (standard error of a
    // normal variance is omega2 x sqrt(2/n) = 0.7%), mean within 0.01
    PopulationModel m = PopulationModel.CALDES_2009;
    int n = 40_000;
    double[] sum = new double[4];
    double[] sumSq = new double[4];
    for (int i = 0; i < n; i++) {
      Variability v = Variability.draw(m, 99, i);
      double[] x = {v.clearance(), v.centralVolume(), v.absorptionRate(), v.bioavailabilityLogit()};
      for (int k = 0; k < 4; k++) {
        sum[k] += x[k];
        sumSq[k] += x[k] * x[k];
      }
    }
    double[] omega2 = {0.107, 0.227, 0.464, 0.049};
    for (int k = 0; k < 4; k++) {
      double mean = sum[k] / n;
      assertThat(mean).isCloseTo(0, within(0.01));
      assertThat(sumSq[k] / n - mean * mean).isCloseTo(omega2[k], within(0.03 * omega2[k]));
    }
  }

  @Test
  void individualBioavailabilityStaysBelowOne() {
    // logit-scale variability keeps F in (0, 1) for any draw (decision 1001)
    PopulationModel m = PopulationModel.CALDES_2009;
    for (int i = 0; i < 10_000; i++) {
      double f = m.individual(57, Variability.draw(m, 5, i)).bioavailability();
      assertThat(f).isGreaterThan(0).isLessThan(1);
    }
    assertThat(m.individual(57, new Variability(0, 0, 0, 5)).bioavailability()).isLessThan(1);
  }
}
