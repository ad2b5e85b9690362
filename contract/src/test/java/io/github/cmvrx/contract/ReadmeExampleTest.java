package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
// The README imports the contract writer; the test sits in the contract package, so this one
// import would be implicit. It is written out to keep the import list the README's.
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import org.junit.jupiter.api.Test;

/** The Java example of the README, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExample_hivEncephalitis_getsRenallyAdjustedCombination() {
    PatientCase patientCase =
        PatientCase.builder()
            .patient(
                Patient.builder()
                    .age(Age.years(54))
                    .sex(Sex.FEMALE)
                    .weight(Mass.kilograms(62))
                    .height(Length.centimetres(165))
                    .serumCreatinine(SerumCreatinine.mgPerDl(1.1))
                    .renalReplacement(RenalReplacement.NONE)
                    .build())
            .host(Host.builder().category(HostCategory.HIV).cd4(CellCount.perMicrolitre(35)).build())
            .disease(
                Disease.builder()
                    .addSites(DiseaseSite.ENCEPHALITIS)
                    .severity(Severity.SEVERE)
                    .build())
            .treatment(Treatment.builder().phase(TreatmentPhase.NONE).build())
            .build();

    Recommendation r = TreatmentAdvisor.recommend(patientCase, Policy.defaults());

    // Cockcroft-Gault (clinical basis §2.2): (140 - 54) x 62 / (72 x 1.1) x 0.85 = 57.2 mL/min -> ganciclovir
    // 50-<70 band: 2.5 mg/kg q12h x 62 kg = 155 mg (clinical basis §3.1). Foscarnet per kg: 86 / 79.2 x
    // 0.85 = 0.923 mL/min/kg -> > 0.8-1.0 band of the 60 q8h regimen: 50 mg/kg q12h = 3100 mg
    // computed (clinical basis §3.3), given as a practical dose: foscarnet 24 mg/mL in 0.5 mL = 12 mg steps,
    // floor(3100 / 12) = 258 -> 3096 mg (clinical basis §3, decision 0801).
    // Ganciclovir 155 mg is a multiple of its 5 mg step. Both for 21 days (clinical basis §4.1).
    assertThat(r.regimen()).extracting(RegimenComponent::drug)
        .containsExactly(Drug.GANCICLOVIR, Drug.FOSCARNET);
    assertThat(r.regimen().get(0).dose().value()).isEqualTo(155.0);
    assertThat(r.regimen().get(0).intervalHours()).hasValue(12);
    assertThat(r.regimen().get(1).dose().value()).isEqualTo(3096.0);
    assertThat(r.regimen().get(1).intervalHours()).hasValue(12);
    assertThat(r.regimen()).allSatisfy(c -> assertThat(c.durationDays()).hasValue(21));
    assertThat(r.rationale()).isNotEmpty();
    assertThat(RecommendationJson.write(r)).startsWith("{\"contractVersion\":\"1.0\",\"id\":null,\"status\":\"ok\"");
  }
}
