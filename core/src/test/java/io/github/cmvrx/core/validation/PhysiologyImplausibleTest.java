package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.validation.Physiology.AgeGroup;
import io.github.cmvrx.core.validation.Physiology.Implausible;
import io.github.cmvrx.testing.CaseDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of implausible-value warning (docs/decisions/0900, 1405) is a typed message whose
 * English text is the sentence written out here by hand, one case per kind. The limits are those
 * of decision record 0900; each case changes one value of the plain adult (50 years, 70 kg, 175
 * cm, serum creatinine 1.0 mg/dL, body mass index 70 / 1.75^2 = 22.9) or of a child. The value
 * is echoed with at most 2 decimals (decision record 1406).
 */
class PhysiologyImplausibleTest {

  /** The one warning of the case, as field and English text. */
  private static String only(CaseDraft d) {
    List<Implausible> found = Physiology.implausible(d.build());
    assertThat(found).hasSize(1);
    return found.get(0).field() + ": " + found.get(0).what();
  }

  private static List<String> all(CaseDraft d) {
    return Physiology.implausible(d.build()).stream()
        .map(e -> e.field() + ": " + e.what())
        .toList();
  }

  private static CaseDraft child() {
    // 10 years, 30 kg, 140 cm: body mass index 30 / 1.4^2 = 15.3, inside the child's [10, 60]
    CaseDraft d = CaseDraft.adult();
    d.age = 10;
    d.weightKg = 30;
    d.heightCm = 140;
    d.scr = SerumCreatinine.mgPerDl(0.5);
    return d;
  }

  @Test
  void plainAdultAndChild_noWarning() {
    assertThat(Physiology.implausible(CaseDraft.adult().build())).isEmpty();
    assertThat(Physiology.implausible(child().build())).isEmpty();
  }

  @Test
  void ageAbove110_wholeYearsWithoutDecimals() {
    // accepted up to 120, implausible above 110 (the oldest documented person: 122)
    CaseDraft d = CaseDraft.adult();
    d.age = 115;
    assertThat(only(d)).isEqualTo("patient.ageYears: 115 years is above 110");
    d.age = 115.5;
    assertThat(only(d)).isEqualTo("patient.ageYears: 115.5 years is above 110");
  }

  @Test
  void adultWeightBelow30Kilograms() {
    // 28 kg at 150 cm: body mass index 28 / 1.5^2 = 12.4, inside [12, 80]: only the weight
    CaseDraft d = CaseDraft.adult();
    d.age = 30;
    d.weightKg = 28;
    d.heightCm = 150;
    assertThat(only(d))
        .isEqualTo("patient.weightKg: 28 kg is outside [30, 250] kg for age 18 years and over");
  }

  @Test
  void childWeightBelow8Kilograms() {
    // 10 years, 7 kg at 80 cm: body mass index 7 / 0.8^2 = 10.9, inside the child's [10, 60]
    CaseDraft d = child();
    d.weightKg = 7;
    d.heightCm = 80;
    assertThat(only(d))
        .isEqualTo("patient.weightKg: 7 kg is outside [8, 200] kg for age 2 to under 18 years");
  }

  @Test
  void infantWeightBelow1Kilogram_withItsBodyMassIndex() {
    // 1 year, 0.8 kg at 40 cm: weight below the infant's 1 kg, and body mass index
    // 0.8 / 0.4^2 = 5.00 below the infant's 7 (3 significant digits)
    CaseDraft d = CaseDraft.adult();
    d.age = 1;
    d.weightKg = 0.8;
    d.heightCm = 40;
    d.scr = SerumCreatinine.mgPerDl(0.3);
    assertThat(all(d))
        .containsExactly(
            "patient.weightKg: 0.8 kg is outside [1, 20] kg for age under 2 years",
            "patient.weightKg: body mass index 5.00 kg/m2 (weight with height) is outside [7, 30]"
                + " kg/m2 for age under 2 years");
  }

  @Test
  void adultHeightBelow100Centimetres() {
    // 95 cm, 60 kg: body mass index 60 / 0.95^2 = 66.5, inside [12, 80]
    CaseDraft d = CaseDraft.adult();
    d.heightCm = 95;
    d.weightKg = 60;
    assertThat(only(d))
        .isEqualTo("patient.heightCm: 95 cm is outside [100, 220] cm for age 18 years and over");
  }

  @Test
  void adultBodyMassIndexAbove80() {
    // 250 kg (the top of the plausible weight) at 175 cm: 250 / 1.75^2 = 81.63 -> "81.6"
    CaseDraft d = CaseDraft.adult();
    d.weightKg = 250;
    assertThat(only(d))
        .isEqualTo(
            "patient.weightKg: body mass index 81.6 kg/m2 (weight with height) is outside"
                + " [12, 80] kg/m2 for age 18 years and over");
  }

  @Test
  void serumCreatinineBelowTheAgeGroupFloor() {
    CaseDraft adult = CaseDraft.adult();
    adult.scr = SerumCreatinine.mgPerDl(0.25);
    assertThat(only(adult))
        .isEqualTo(
            "patient.serumCreatinine.value: 0.250 mg/dL is below 0.3 mg/dL for age 18 years and"
                + " over: estimated kidney function is then unreliable");
    CaseDraft child = child();
    child.scr = SerumCreatinine.mgPerDl(0.12);
    assertThat(only(child))
        .isEqualTo(
            "patient.serumCreatinine.value: 0.120 mg/dL is below 0.15 mg/dL for age 2 to under 18"
                + " years: estimated kidney function is then unreliable");
  }

  @Test
  void adultCd4Above3000() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.HIV;
    d.cd4 = 3500.0;
    assertThat(only(d))
        .isEqualTo("host.cd4PerUl: 3500 cells/uL is above 3000 cells/uL for an adult");
    // a child's CD4 is not limited here (children's counts are higher)
    CaseDraft c = child();
    c.host = HostCategory.HIV;
    c.cd4 = 3500.0;
    assertThat(Physiology.implausible(c.build())).isEmpty();
  }

  @Test
  void bloodCountsAboveTheirCeilings() {
    CaseDraft anc = CaseDraft.adult();
    anc.anc = 60_000;
    assertThat(only(anc)).isEqualTo("labs.ancPerUl: 60000 cells/uL is above 50000 cells/uL");
    CaseDraft platelets = CaseDraft.adult();
    platelets.platelets = 1_200_000;
    assertThat(only(platelets))
        .isEqualTo("labs.plateletsPerUl: 1200000 cells/uL is above 1000000 cells/uL");
  }

  @Test
  void haemoglobinOutside3To22() {
    CaseDraft low = CaseDraft.adult();
    low.hb = 2.5;
    assertThat(only(low)).isEqualTo("labs.hemoglobinGPerDl: 2.5 g/dL is outside [3, 22] g/dL");
    CaseDraft high = CaseDraft.adult();
    high.hb = 23.5;
    assertThat(only(high)).isEqualTo("labs.hemoglobinGPerDl: 23.5 g/dL is outside [3, 22] g/dL");
  }

  @Test
  void urineProteinAbove2000() {
    CaseDraft d = CaseDraft.adult();
    d.urineProteinMgDl = 2500.0;
    assertThat(only(d))
        .isEqualTo("labs.urineProteinMgPerDl: 2500 mg/dL is above 2000 mg/dL");
  }

  @Test
  void baselineSerumCreatinineBelowTheAgeGroupFloor() {
    CaseDraft d = CaseDraft.adult();
    d.baselineScrMgDl = 0.2;
    assertThat(only(d))
        .isEqualTo(
            "labs.baselineSerumCreatinine.value: 0.200 mg/dL is below 0.3 mg/dL for age 18 years"
                + " and over");
  }

  @Test
  void weightFromPounds_echoedWithAtMostTwoDecimals() {
    // 57.4 lb x 0.45359237 kg/lb = 25.85476509 + 0.181436948 = 26.036202038 kg, below the
    // adult's 30 kg; echoed as WEIGHT_BASIS writes a weight (upto2): 26.04 (decision 1406).
    // At 145 cm the body mass index is 26.036 / 1.45^2 = 12.4, inside [12, 80].
    CaseDraft d = CaseDraft.adult();
    d.weightKg = Mass.pounds(57.4).kilograms();
    d.heightCm = 145;
    assertThat(only(d))
        .isEqualTo("patient.weightKg: 26.04 kg is outside [30, 250] kg for age 18 years and over");
  }

  @Test
  void heightFromInches_echoedWithAtMostTwoDecimals() {
    // 38.55 in x 2.54 cm/in = 97.917 cm, below the adult's 100 cm: 97.92. At 60 kg the body
    // mass index is 60 / 0.97917^2 = 62.6, inside [12, 80].
    CaseDraft d = CaseDraft.adult();
    d.heightCm = Length.inches(38.55).centimetres();
    d.weightKg = 60;
    assertThat(only(d))
        .isEqualTo("patient.heightCm: 97.92 cm is outside [100, 220] cm for age 18 years and over");
  }

  @Test
  void echoedValues_roundHalfUpFromTheShortestDecimal() {
    // Each value has more than 2 decimals; the text keeps at most 2, trailing zeros dropped,
    // a tie rounded up from the decimal as written (2.005 -> 2.01, though the double 2.005 is
    // slightly below 2.005), so a value typed with at most 2 decimals reads as typed.
    CaseDraft age = CaseDraft.adult();
    age.age = 110.53424657534246; // an age worked out from a birth date
    assertThat(only(age)).isEqualTo("patient.ageYears: 110.53 years is above 110");
    CaseDraft hb = CaseDraft.adult();
    hb.hb = 2.005;
    assertThat(only(hb)).isEqualTo("labs.hemoglobinGPerDl: 2.01 g/dL is outside [3, 22] g/dL");
    CaseDraft anc = CaseDraft.adult();
    anc.anc = 60_000.456;
    assertThat(only(anc)).isEqualTo("labs.ancPerUl: 60000.46 cells/uL is above 50000 cells/uL");
    CaseDraft cd4 = CaseDraft.adult();
    cd4.host = HostCategory.HIV;
    cd4.cd4 = 3500.5;
    assertThat(only(cd4))
        .isEqualTo("host.cd4PerUl: 3500.5 cells/uL is above 3000 cells/uL for an adult");
    CaseDraft protein = CaseDraft.adult();
    protein.urineProteinMgDl = 2500.125;
    assertThat(only(protein))
        .isEqualTo("labs.urineProteinMgPerDl: 2500.13 mg/dL is above 2000 mg/dL");
    CaseDraft platelets = CaseDraft.adult();
    platelets.platelets = 1_200_000.004;
    assertThat(only(platelets))
        .isEqualTo("labs.plateletsPerUl: 1200000 cells/uL is above 1000000 cells/uL");
  }

  @Test
  void warning_isATypedMessage_notText() {
    CaseDraft d = CaseDraft.adult();
    d.age = 30;
    d.weightKg = 28;
    d.heightCm = 150;
    Message what = Physiology.implausible(d.build()).get(0).what();
    assertThat(what.key()).isEqualTo(MessageKey.IMPLAUSIBLE_WEIGHT);
    assertThat(what.args())
        .containsExactly(28.0, 30.0, 250.0, Message.of(MessageKey.AGE_GROUP_ADULT));
  }

  @Test
  void ageGroups_areLabelledThroughTheCatalogue() {
    assertThat(AgeGroup.INFANT.label().key()).isEqualTo(MessageKey.AGE_GROUP_INFANT);
    assertThat(AgeGroup.INFANT.text()).isEqualTo("under 2 years");
    assertThat(AgeGroup.CHILD.text()).isEqualTo("2 to under 18 years");
    assertThat(AgeGroup.ADULT.text()).isEqualTo("18 years and over");
  }
}
