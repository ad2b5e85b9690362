package io.github.cmvrx.fhir;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import java.util.Map;
import java.util.Optional;

/**
 * The code systems and codes cmvrx reads and writes. Every code here was checked against a
 * terminology listing that could be read (docs/fhir.md gives the source of each); a concept
 * whose code could not be checked has no code here and travels through the cmvrx Questionnaire
 * instead.
 */
public final class FhirCodes {
  private FhirCodes() {}

  /** LOINC. */
  public static final String LOINC = "http://loinc.org";

  /** UCUM. */
  public static final String UCUM = "http://unitsofmeasure.org";

  /** RxNorm. */
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  /** ICD-10-CM. */
  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

  /** HL7 Condition clinical status. */
  public static final String CONDITION_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/condition-clinical";

  /** HL7 Condition verification status. */
  public static final String CONDITION_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  /** The base of cmvrx's own canonical URLs. */
  public static final String CMVRX_BASE = "https://cmvrx.github.io/fhir";

  /** The cmvrx case Questionnaire (canonical URL). */
  public static final String QUESTIONNAIRE = CMVRX_BASE + "/Questionnaire/cmvrx-case";

  /** The cmvrx CodeSystem for the contract's enumerated values (sites, host categories ...). */
  public static final String CMVRX_CODES = CMVRX_BASE + "/CodeSystem/cmvrx";

  /** The cmvrx Questionnaire's version. */
  public static final String QUESTIONNAIRE_VERSION = "1";

  /**
   * RxNorm ingredient concepts (RxCUI) for the drugs cmvrx reads from medication resources and
   * writes in MedicationRequest suggestions. Only checked codes are listed; valganciclovir,
   * foscarnet, cidofovir, maribavir and letermovir could not be checked and are written as text
   * (docs/fhir.md).
   */
  static final Map<Drug, String> RXNORM_DRUGS = Map.of(Drug.GANCICLOVIR, "4678");

  /** RxNorm ingredient for ciclosporin (cyclosporine), the letermovir dose input. */
  static final String RXNORM_CICLOSPORIN = "3008";

  /** RxNorm ingredients of the strong inducers that change the maribavir dose. */
  static final Map<Inducer, String> RXNORM_INDUCERS =
      Map.of(
          Inducer.CARBAMAZEPINE, "2002",
          Inducer.PHENYTOIN, "8183",
          Inducer.PHENOBARBITAL, "8134");

  /**
   * Returns the RxNorm ingredient code of a drug, if it could be checked.
   *
   * @param drug the drug
   * @return the RxCUI
   */
  public static Optional<String> rxnorm(Drug drug) {
    return Optional.ofNullable(RXNORM_DRUGS.get(drug));
  }
}
