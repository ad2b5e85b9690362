package io.github.cmvrx.fhir;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.TreatmentPhase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The cmvrx case Questionnaire (FHIR SDC style): the clinician's judgements and the facts that
 * FHIR has no standard code for, one item per contract field. Each item's {@code linkId} is the
 * contract field path (shared case-format), and each choice answer is the contract's value in a
 * cmvrx CodeSystem, so a QuestionnaireResponse reads into the contract without a lookup table.
 * docs/fhir.md documents every item.
 */
public final class CaseQuestionnaire {
  private CaseQuestionnaire() {}

  /** The kind of answer an item takes. */
  enum Kind {
    CHOICE,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    QUANTITY
  }

  /**
   * One item.
   *
   * @param linkId the contract field path
   * @param text the question
   * @param kind the answer type
   * @param repeats whether several answers are allowed (lists)
   * @param required whether the case needs an answer (when no coded resource gives the fact)
   * @param options the contract values of a choice item
   */
  record Item(
      String linkId,
      String text,
      Kind kind,
      boolean repeats,
      boolean required,
      List<String> options) {}

  static final List<Item> ITEMS =
      List.of(
          choice("patient.renalReplacement", "Kidney replacement therapy now", RenalReplacement.class, false, true),
          choice("host.category", "Cause of immunosuppression (host category)", HostCategory.class, false, true),
          bool("host.onAntiretroviralTherapy", "HIV: on antiretroviral therapy?"),
          bool("host.hivRnaSuppressed", "HIV: HIV RNA suppressed?"),
          new Item(
              "host.monthsCd4Above100",
              "HIV: months with CD4 count sustained above 100 /uL",
              Kind.DECIMAL,
              false,
              false,
              List.of()),
          bool("host.onCiclosporin", "Takes ciclosporin? (also read from an active RxNorm 3008 medication)"),
          choice("disease.sites", "Sites of CMV disease (also read from coded Conditions)", DiseaseSite.class, true, false),
          choice("disease.severity", "Clinical severity of the CMV disease", Severity.class, false, true),
          choice("virology.resistantTo", "Drugs with genotypic resistance (UL97/UL54)", Drug.class, true, false),
          bool("virology.refractory", "Refractory CMV (viral load up > 1 log10 after >= 2 weeks of appropriate therapy)?"),
          new Item(
              "labs.baselineSerumCreatinine",
              "On cidofovir: serum creatinine before cidofovir was started (mg/dL or umol/L)",
              Kind.QUANTITY,
              false,
              false,
              List.of()),
          choice("treatment.phase", "Where the patient is now in CMV treatment", TreatmentPhase.class, false, true),
          new Item("treatment.daysOfIvTherapy", "Days of IV therapy given so far", Kind.INTEGER, false, false, List.of()),
          new Item("treatment.daysOfInduction", "Days of induction given so far", Kind.INTEGER, false, false, List.of()),
          bool("treatment.clinicallyImproving", "Clinically improving?"),
          bool("treatment.canTakeOral", "Able to take oral drugs?"),
          bool("treatment.giAbsorptionImpaired", "Gastrointestinal absorption impaired?"),
          bool("treatment.ganciclovirIntolerance", "Ganciclovir not tolerated?"),
          bool("treatment.nephrotoxicComedication", "A nephrotoxic drug now or within the last 7 days?"),
          bool("treatment.onLetermovir", "On letermovir prophylaxis?"),
          choice("treatment.inducers", "Strong inducers taken (also read from active RxNorm medications)", Inducer.class, true, false));

  private static Item bool(String linkId, String text) {
    return new Item(linkId, text, Kind.BOOLEAN, false, false, List.of());
  }

  private static Item choice(
      String linkId, String text, Class<? extends Enum<?>> values, boolean repeats, boolean required) {
    return new Item(
        linkId,
        text,
        Kind.CHOICE,
        repeats,
        required,
        Arrays.stream(values.getEnumConstants()).map(CaseQuestionnaire::code).toList());
  }

  /** Returns the contract spelling of an enum value (its name in lower case). */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static Optional<Item> item(String linkId) {
    return ITEMS.stream().filter(i -> i.linkId().equals(linkId)).findFirst();
  }

  /**
   * Builds the Questionnaire resource that cmvrx publishes.
   *
   * @return a new Questionnaire
   */
  public static Questionnaire questionnaire() {
    Questionnaire q = new Questionnaire();
    q.setId("cmvrx-case");
    q.setUrl(FhirCodes.QUESTIONNAIRE);
    q.setVersion(FhirCodes.QUESTIONNAIRE_VERSION);
    q.setName("CmvrxCase");
    q.setTitle("cmvrx: clinical judgements for CMV treatment decision support");
    q.setStatus(PublicationStatus.ACTIVE);
    q.addSubjectType("Patient");
    q.setDescription(
        "The facts cmvrx needs that FHIR has no standard code for. Each linkId is the cmvrx"
            + " contract field. Decision support only: it does not replace clinical judgement.");
    for (Item item : ITEMS) {
      QuestionnaireItemComponent qi = q.addItem();
      qi.setLinkId(item.linkId());
      qi.setText(item.text());
      qi.setRequired(item.required());
      qi.setRepeats(item.repeats());
      qi.setType(
          switch (item.kind()) {
            case CHOICE -> QuestionnaireItemType.CHOICE;
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case DECIMAL -> QuestionnaireItemType.DECIMAL;
            case QUANTITY -> QuestionnaireItemType.QUANTITY;
          });
      for (String option : item.options()) {
        qi.addAnswerOption().setValue(new Coding(FhirCodes.CMVRX_CODES, option, option));
      }
    }
    return q;
  }
}
