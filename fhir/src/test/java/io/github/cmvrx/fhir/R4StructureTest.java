package io.github.cmvrx.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * A bounded structural check of every resource cmvrx writes against the R4 element definitions
 * that HAPI FHIR's R4 structures carry: each element with minimum cardinality 1 is present, at
 * every level, and the resource survives HAPI's strict parser unchanged. HAPI's full instance
 * validator (hapi-fhir-validation with the R4 validation resources) could not be downloaded
 * from the Maven Central mirror this build uses, so invariants, terminology bindings and
 * profiles are not checked here (fhir/README.md).
 */
class R4StructureTest {
  private static final FhirContext CONTEXT = FhirCaseReader.context();

  static List<String> missingRequired(IBaseResource resource) {
    List<String> problems = new ArrayList<>();
    walk(CONTEXT.getResourceDefinition(resource), resource, resource.fhirType(), problems);
    return problems;
  }

  private static void walk(
      BaseRuntimeElementDefinition<?> definition, IBase element, String path, List<String> problems) {
    if (!(definition instanceof BaseRuntimeElementCompositeDefinition<?> composite)) {
      return;
    }
    for (BaseRuntimeChildDefinition child : composite.getChildren()) {
      List<IBase> values = child.getAccessor().getValues(element);
      String childPath = path + "." + child.getElementName();
      if (child.getMin() > 0 && values.stream().allMatch(IBase::isEmpty)) {
        problems.add(childPath + " (min " + child.getMin() + ")");
      }
      if (child.getMax() == 1 && values.size() > 1) {
        problems.add(childPath + " (max 1, has " + values.size() + ")");
      }
      for (IBase value : values) {
        if (value instanceof IBaseResource) {
          walk(CONTEXT.getResourceDefinition((IBaseResource) value), value, childPath, problems);
        } else {
          BaseRuntimeElementDefinition<?> def = child.getChildElementDefinitionByDatatype(value.getClass());
          if (def != null) {
            walk(def, value, childPath, problems);
          }
        }
      }
    }
  }

  private static void assertStrictRoundTrip(IBaseResource resource) {
    String json = FhirCaseReader.jsonParser().encodeResourceToString(resource);
    IBaseResource back = FhirCaseReader.jsonParser().parseResource(json);
    assertThat(FhirCaseReader.jsonParser().encodeResourceToString(back)).isEqualTo(json);
  }

  @Test
  void everyExampleBundle_hasEveryRequiredElement() {
    for (Path file : Fixtures.exampleCases()) {
      PatientCase c = Fixtures.caseOf(Fixtures.text(file));
      Bundle b = FhirCaseWriter.write(c, Fixtures.EVALUATION);
      assertThat(missingRequired(b)).as(file.toString()).isEmpty();
      assertStrictRoundTrip(b);
    }
  }

  @Test
  void questionnaire_hasEveryRequiredElement() {
    Questionnaire q = CaseQuestionnaire.questionnaire();
    assertThat(missingRequired(q)).isEmpty();
    assertThat(q.getItem()).hasSize(CaseQuestionnaire.ITEMS.size());
    assertStrictRoundTrip(q);
  }

  @Test
  void everyMedicationRequest_hasEveryRequiredElement() {
    int checked = 0;
    for (Path file : Fixtures.exampleCases()) {
      Recommendation r = TreatmentAdvisor.recommend(Fixtures.caseOf(Fixtures.text(file)));
      for (RegimenComponent c : r.regimen()) {
        MedicationRequest mr = CdsCards.medicationRequest(c, Optional.of("p"));
        assertThat(missingRequired(mr)).as(file + " " + c.drug()).isEmpty();
        assertStrictRoundTrip(mr);
        // The JSON the cards carry (built directly, not by HAPI) passes the same checks.
        MedicationRequest written =
            (MedicationRequest)
                FhirCaseReader.jsonParser().parseResource(CdsCards.medicationRequestJson(c, Optional.of("p")).toString());
        assertThat(missingRequired(written)).as(file + " " + c.drug() + " as written").isEmpty();
        assertStrictRoundTrip(written);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(9);
  }

  @Test
  void checker_findsAMissingRequiredElement() {
    // MedicationRequest.status and .intent are 1..1 in R4; subject is 1..1 too.
    MedicationRequest empty = new MedicationRequest();
    assertThat(missingRequired(empty))
        .contains(
            "MedicationRequest.status (min 1)",
            "MedicationRequest.intent (min 1)",
            "MedicationRequest.subject (min 1)");
  }
}
