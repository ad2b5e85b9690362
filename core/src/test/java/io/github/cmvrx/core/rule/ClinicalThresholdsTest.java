package io.github.cmvrx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each fixed threshold against the clinical basis section that states it (the numbers below are
 * read from docs/clinical-basis.md, not from the class).
 */
class ClinicalThresholdsTest {

  @Test
  void cytopeniaThresholds_areThoseOfSection3_1() {
    // §3.1, GCV-PI §5.1: not started or held when ANC < 500 /uL, platelets < 25,000 /uL or
    // haemoglobin < 8 g/dL.
    assertThat(ClinicalThresholds.GCV_MIN_ANC_PER_UL).isEqualTo(500.0);
    assertThat(ClinicalThresholds.GCV_MIN_PLATELETS_PER_UL).isEqualTo(25_000.0);
    assertThat(ClinicalThresholds.GCV_MIN_HEMOGLOBIN_G_PER_DL).isEqualTo(8.0);
  }

  @Test
  void inductionDurations_areThoseOfSection4() {
    // §4.1: CNS combination for 21 days. §4.3: at least 14 days, planned 14-21, the plan says 21.
    // §4.5: the oral switch after at least 3 days of IV ganciclovir. §3.4: cidofovir once a week
    // for 2 weeks, 14 days.
    assertThat(ClinicalThresholds.CNS_INDUCTION_DAYS).isEqualTo(21);
    assertThat(ClinicalThresholds.MIN_INDUCTION_DAYS).isEqualTo(14);
    assertThat(ClinicalThresholds.NON_CNS_INDUCTION_DAYS).isEqualTo(21);
    assertThat(ClinicalThresholds.IV_TO_ORAL_MIN_IV_DAYS).isEqualTo(3);
    assertThat(ClinicalThresholds.CIDOFOVIR_INDUCTION_DAYS).isEqualTo(2 * 7);
  }

  @Test
  void hivMaintenanceEdges_areThoseOfSections5_2And5_3() {
    // §5.2: lifelong below CD4 50 /uL. §5.3: stop with CD4 above 100 /uL for 6 months or more;
    // from 3 to under 6 months continue with an info alert.
    assertThat(ClinicalThresholds.HIV_LIFELONG_CD4_PER_UL).isEqualTo(50.0);
    assertThat(ClinicalThresholds.HIV_STOP_CD4_PER_UL).isEqualTo(100.0);
    assertThat(ClinicalThresholds.HIV_STOP_MONTHS).isEqualTo(6.0);
    assertThat(ClinicalThresholds.HIV_CONSIDER_STOP_MONTHS).isEqualTo(3.0);
  }

  @Test
  void maribavirAgeAndWeight_areThoseOfSection3_5_2() {
    // §3.5.2, MBV-PI §1: age 12 years or more and weight 35 kg or more.
    assertThat(ClinicalThresholds.MARIBAVIR_MIN_AGE_YEARS).isEqualTo(12.0);
    assertThat(ClinicalThresholds.MARIBAVIR_MIN_WEIGHT_KG).isEqualTo(35.0);
  }

  @Test
  void cidofovirStopRules_areThoseOfSection3_4() {
    // §3.4, CDV-PI: a creatinine rise of 0.5 mg/dL or more, or proteinuria 3+ (read as 300
    // mg/dL), stops cidofovir.
    assertThat(ClinicalThresholds.CIDOFOVIR_STOP_RISE_MG_DL).isEqualTo(0.5);
    assertThat(ClinicalThresholds.CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL).isEqualTo(300.0);
  }

  @Test
  void adultAge_isThatOfSection2_11() {
    // §2.11: Cockcroft-Gault and the adult tablets from age 18.
    assertThat(ClinicalThresholds.ADULT_AGE_YEARS).isEqualTo(18.0);
  }
}
