package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.testing.CaseDraft;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision engine refuses physiologically impossible cases and warns on implausible ones
 * (issue 12 item 3, docs/decisions/0900). Before the physiological limits, a 54-year-old of 165
 * cm weighing 0.5 kg was given a foscarnet dose with no refusal and no alert.
 */
class PhysiologyDecisionTest {

  private static Recommendation decide(CaseDraft draft) {
    return Recs.decide(draft);
  }

  @Test
  void decide_adultOfHalfAKilogram_refusedNamingWeightAndRange() {
    CaseDraft d = CaseDraft.adult();
    d.age = 54;
    d.heightCm = 165;
    d.weightKg = 0.5;
    Recommendation r = decide(d);
    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.regimen()).isEmpty();
    assertThat(r.errors())
        .extracting(FieldError::field)
        .contains("patient.weightKg");
    assertThat(r.errors().get(0).message())
        .contains("value 0.5 kg")
        .contains("[10, 400] kg")
        .contains("18 years and over");
  }

  @ParameterizedTest(name = "age {0}, {1} kg, {2} cm")
  @CsvSource({
    // adult below the adult floor of 10 kg
    "30, 9.9, 170",
    // adult of 45 cm: below the adult floor of 50 cm
    "40, 20, 45",
    // infant (1 year) of 45 kg: above the infant ceiling of 40 kg
    "1, 45, 75",
    // adult, 170 cm and 19 kg: BMI 19 / 1.7^2 = 6.57 kg/m2, below the adult floor of 7
    "40, 19, 170",
  })
  void decide_impossibleBody_refused(double age, double kg, double cm) {
    CaseDraft d = CaseDraft.adult();
    d.age = age;
    d.weightKg = kg;
    d.heightCm = cm;
    assertThat(decide(d).status()).isEqualTo(Status.REFUSED);
  }

  @Test
  void decide_adultOf25Kilograms_answeredWithImplausibleWarning() {
    // 25 kg at 150 cm: BMI 25 / 1.5^2 = 11.1 (above the refuse floor 7, below the warn floor 12),
    // weight 25 kg below the adult warn floor of 30 kg: two warnings, still an answer.
    CaseDraft d = CaseDraft.adult();
    d.weightKg = 25;
    d.heightCm = 150;
    Recommendation r = decide(d);
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.alerts())
        .filteredOn(a -> a.code().equals("implausible_input"))
        .extracting(Alert::message)
        .anySatisfy(m -> assertThat(m).startsWith("patient.weightKg: 25 kg is outside [30, 250] kg"))
        .anySatisfy(m -> assertThat(m).contains("body mass index 11.1 kg/m2"));
  }

  @Test
  void decide_implausibleWeight_alertCarriesATypedNestedMessage() {
    // 28 kg at 150 cm, 30 years: weight below the adult 30 kg; body mass index 28 / 1.5^2 = 12.4
    // is inside [12, 80], so this is the only warning.
    CaseDraft d = CaseDraft.adult();
    d.age = 30;
    d.weightKg = 28;
    d.heightCm = 150;
    List<Alert> alerts =
        decide(d).alerts().stream().filter(a -> a.code().equals("implausible_input")).toList();
    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
    assertThat(alert.text().key()).isEqualTo(MessageKey.IMPLAUSIBLE_INPUT);
    assertThat(alert.text().args().get(0)).isEqualTo("patient.weightKg");
    assertThat(alert.text().args().get(1))
        .isEqualTo(
            Message.of(
                MessageKey.IMPLAUSIBLE_WEIGHT, 28.0, 30.0, 250.0, Message.of(MessageKey.AGE_GROUP_ADULT)));
    assertThat(alert.message())
        .isEqualTo(
            "patient.weightKg: 28 kg is outside [30, 250] kg for age 18 years and over:"
                + " implausible, check the value and its unit (docs/decisions/0900)");
  }

  @Test
  void decide_plainAdult_noImplausibleWarning() {
    // 70 kg, 175 cm, 50 years: BMI 22.9, every value inside the plausible limits.
    assertThat(decide(CaseDraft.adult()).alerts())
        .noneMatch(a -> a.code().equals("implausible_input"));
  }

  @Test
  void decide_monthsCd4Above100LongerThanLife_refused() {
    // a 2-year-old (24 months) cannot have had CD4 above 100 for 30 months
    CaseDraft d = CaseDraft.adult();
    d.age = 2;
    d.weightKg = 12;
    d.heightCm = 87;
    d.monthsCd4Above100 = 30.0;
    Recommendation r = decide(d);
    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.errors()).extracting(FieldError::field).containsExactly("host.monthsCd4Above100");
  }

  @Test
  void decide_daysOfIvTherapyLongerThanLife_refused() {
    // 0.1 years = 36.5 days; 60 days of IV therapy is longer than that
    CaseDraft d = CaseDraft.adult();
    d.age = 0.1;
    d.weightKg = 4;
    d.heightCm = 54;
    d.daysIv = 60;
    Recommendation r = decide(d);
    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.errors()).extracting(FieldError::field).containsExactly("treatment.daysOfIvTherapy");
  }

  @Test
  void decide_lowHaemoglobin_warned() {
    // 2.5 g/dL: accepted (floor 0.5) but below the plausible 3 g/dL
    CaseDraft d = CaseDraft.adult();
    d.hb = 2.5;
    assertThat(decide(d).alerts())
        .filteredOn(a -> a.code().equals("implausible_input"))
        .extracting(Alert::message)
        .anySatisfy(m -> assertThat(m).startsWith("labs.hemoglobinGPerDl: 2.5 g/dL"));
  }
}
