package io.github.cmvrx.dosing.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessorTest {

  /** Man 68 y, 70 kg, SCr 1: CrCl (140-68) x 70 / 72 = 70 mL/min, 1 mL/min/kg (clinical basis §2.3). */
  @Test
  void assess_adult_cockcroftGaultAndPerKg() {
    Assessment a = Assessor.assess(CaseDraft.unitCockcroftGault().build(), Policy.defaults());
    assertThat(a.creatinineClearance().orElseThrow().mlPerMin()).isCloseTo(70.0, within(1e-9));
    assertThat(a.creatinineClearancePerKg().orElseThrow().mlPerMinPerKg())
        .isCloseTo(1.0, within(1e-12));
    assertThat(a.egfr()).isEmpty();
    assertThat(a.paediatric()).isFalse();
    assertThat(a.dosingWeight().kilograms()).isEqualTo(70.0);
    // 175 cm = 68.9 in: 50 + 2.3 x 8.898 = 70.47 kg; 70 kg is not > 1.3 x IBW
    assertThat(a.idealBodyWeight().orElseThrow().kilograms()).isCloseTo(70.465, within(0.001));
    assertThat(a.adjustedBodyWeight()).isEmpty();
    // sqrt(175 x 70 / 3600) = 1.8447 m2
    assertThat(a.bodySurfaceArea().squareMetres()).isCloseTo(1.8447, within(0.0001));
  }

  /** Clinical basis §2: on haemodialysis no estimated clearance; same on CRRT and PD (decision 0201). */
  @ParameterizedTest
  @EnumSource(
      value = RenalReplacement.class,
      names = {"INTERMITTENT_HEMODIALYSIS", "CONTINUOUS_RENAL_REPLACEMENT", "PERITONEAL_DIALYSIS"})
  void assess_renalReplacement_noEstimatedClearance(RenalReplacement rrt) {
    Assessment a = Assessor.assess(CaseDraft.unitCockcroftGault().rrt(rrt).build(), Policy.defaults());
    assertThat(a.creatinineClearance()).isEmpty();
    assertThat(a.creatinineClearancePerKg()).isEmpty();
    assertThat(a.egfr()).isEmpty();
    assertThat(a.renalReplacement()).isEqualTo(rrt);
  }

  @Test
  void assess_haemodialysisWithoutCreatinine_accepted() {
    Assessment a =
        Assessor.assess(
            CaseDraft.unitCockcroftGault().noScr().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS).build(),
            Policy.defaults());
    assertThat(a.creatinineClearance()).isEmpty();
  }

  /** Child 10 y, 140 cm, SCr 0.7: bedside 0.413 x 140 / 0.7 = 82.6 (clinical basis §2); no CG. */
  @Test
  void assess_child_bedsideSchwartzOnly() {
    Assessment a =
        Assessor.assess(
            CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(0.7).build(), Policy.defaults());
    assertThat(a.paediatric()).isTrue();
    assertThat(a.egfr().orElseThrow().mlPerMinPer173()).isCloseTo(82.6, within(1e-9));
    assertThat(a.creatinineClearance()).isEmpty();
    assertThat(a.creatinineClearancePerKg()).isEmpty();
  }

  /** Under 1 year: no eGFR (decision 0202). */
  @Test
  void assess_infant_noEgfr() {
    Assessment a =
        Assessor.assess(
            CaseDraft.unitCockcroftGault().age(0.5).height(65).weight(7).scr(0.3).build(), Policy.defaults());
    assertThat(a.paediatric()).isTrue();
    assertThat(a.egfr()).isEmpty();
  }

  /** Age 18 exactly is an adult (clinical basis §2 "from age 18"); 17.99 is a child. */
  @Test
  void assess_ageBoundary18() {
    assertThat(Assessor.assess(CaseDraft.unitCockcroftGault().age(18).build(), Policy.defaults()).paediatric())
        .isFalse();
    assertThat(
            Assessor.assess(CaseDraft.unitCockcroftGault().age(17.99).build(), Policy.defaults()).paediatric())
        .isTrue();
  }

  /**
   * Man 177.8 cm (IBW 73 kg), 120 kg (> 1.3 x 73 = 94.9): adjusted 73 + 0.4 x 47 = 91.8 kg. CG with
   * SCr 1, age 68: equals the weight put in it.
   */
  @Test
  void assess_obeseAdjustedPolicy_usesAdjustedWeight() {
    Policy adjusted =
        Policy.builder()
            .dosingWeight(WeightBasis.ADJUSTED)
            .crclWeight(WeightBasis.ADJUSTED)
            .build();
    Assessment a = Assessor.assess(CaseDraft.unitCockcroftGault().height(177.8).weight(120).build(), adjusted);
    assertThat(a.adjustedBodyWeight().orElseThrow().kilograms()).isCloseTo(91.8, within(1e-9));
    assertThat(a.dosingWeight().kilograms()).isCloseTo(91.8, within(1e-9));
    assertThat(a.creatinineClearance().orElseThrow().mlPerMin()).isCloseTo(91.8, within(1e-9));
    Assessment actual =
        Assessor.assess(CaseDraft.unitCockcroftGault().height(177.8).weight(120).build(), Policy.defaults());
    assertThat(actual.dosingWeight().kilograms()).isEqualTo(120.0);
    assertThat(actual.creatinineClearance().orElseThrow().mlPerMin())
        .isCloseTo(120.0, within(1e-9));
  }

  /** Adjusted policy, not obese: actual weight (adjusted only when actual > 1.3 x IBW). */
  @Test
  void assess_adjustedPolicyNotObese_usesActual() {
    Policy adjusted = Policy.builder().dosingWeight(WeightBasis.ADJUSTED).build();
    Assessment a = Assessor.assess(CaseDraft.unitCockcroftGault().height(177.8).weight(80).build(), adjusted);
    assertThat(a.adjustedBodyWeight()).isEmpty();
    assertThat(a.dosingWeight().kilograms()).isEqualTo(80.0);
  }

  /** Ideal policy: IBW 73 kg for a 90 kg man; actual when lighter than IBW (decision 0205). */
  @Test
  void assess_idealPolicy() {
    Policy ideal = Policy.builder().dosingWeight(WeightBasis.IDEAL).build();
    assertThat(
            Assessor.assess(CaseDraft.unitCockcroftGault().height(177.8).weight(90).build(), ideal)
                .dosingWeight()
                .kilograms())
        .isCloseTo(73.0, within(1e-9));
    assertThat(
            Assessor.assess(CaseDraft.unitCockcroftGault().height(177.8).weight(60).build(), ideal)
                .dosingWeight()
                .kilograms())
        .isEqualTo(60.0);
  }

  /** Ideal policy below 60 inches: IBW undefined, actual weight (clinical basis §2.10). */
  @Test
  void assess_idealPolicyShortPatient_usesActual() {
    Policy ideal = Policy.builder().dosingWeight(WeightBasis.IDEAL).build();
    Assessment a =
        Assessor.assess(CaseDraft.unitCockcroftGault().sex(Sex.FEMALE).height(150).weight(55).build(), ideal);
    assertThat(a.idealBodyWeight()).isEmpty();
    assertThat(a.dosingWeight().kilograms()).isEqualTo(55.0);
  }
}
