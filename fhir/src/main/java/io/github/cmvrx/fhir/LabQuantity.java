package io.github.cmvrx.fhir;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Observations cmvrx reads, each by its LOINC codes, with the UCUM units it accepts and the
 * exact factor that converts each into the contract's unit, and the freshness window after
 * which a value raises an alert (decision record 1102). Factors are exact by definition: the
 * avoirdupois pound is 0.45359237 kg and the international inch 2.54 cm (UCUM); 10*3/uL and
 * 10*9/L are the same count (10^9 per litre = 10^3 per microlitre).
 */
enum LabQuantity {
  WEIGHT(
      "patient.weightKg",
      "body weight",
      List.of("29463-7", "3141-9"),
      "kg",
      Map.of("kg", "1", "g", "0.001", "[lb_av]", "0.45359237"),
      Optional.empty()),
  HEIGHT(
      "patient.heightCm",
      "body height",
      List.of("8302-2", "8306-3"),
      "cm",
      Map.of("cm", "1", "m", "100", "[in_i]", "2.54"),
      Optional.empty()),
  CREATININE_MASS(
      "patient.serumCreatinine",
      "serum creatinine",
      List.of("2160-0"),
      "mg/dL",
      Map.of("mg/dL", "1"),
      Optional.of(Duration.ofDays(7))),
  CREATININE_MOLES(
      "patient.serumCreatinine",
      "serum creatinine",
      List.of("14682-9"),
      "umol/L",
      Map.of("umol/L", "1", "mmol/L", "1000"),
      Optional.of(Duration.ofDays(7))),
  CD4(
      "host.cd4PerUl",
      "CD4 count",
      List.of("24467-3"),
      "/uL",
      Map.of("/uL", "1", "10*3/uL", "1000", "10*6/L", "1", "10*9/L", "1000"),
      Optional.of(Duration.ofDays(90))),
  NEUTROPHILS(
      "labs.ancPerUl",
      "absolute neutrophil count",
      List.of("751-8", "26499-4", "753-4"),
      "/uL",
      Map.of("/uL", "1", "10*3/uL", "1000", "10*9/L", "1000"),
      Optional.of(Duration.ofDays(7))),
  PLATELETS(
      "labs.plateletsPerUl",
      "platelet count",
      List.of("777-3", "26515-7"),
      "/uL",
      Map.of("/uL", "1", "10*3/uL", "1000", "10*9/L", "1000"),
      Optional.of(Duration.ofDays(7))),
  HEMOGLOBIN(
      "labs.hemoglobinGPerDl",
      "haemoglobin",
      List.of("718-7"),
      "g/dL",
      Map.of("g/dL", "1", "g/L", "0.1"),
      Optional.of(Duration.ofDays(7))),
  URINE_PROTEIN(
      "labs.urineProteinMgPerDl",
      "urine protein",
      List.of("2888-6"),
      "mg/dL",
      Map.of("mg/dL", "1", "mg/L", "0.1", "g/L", "100"),
      Optional.of(Duration.ofDays(7)));

  private final String contractField;
  private final String label;
  private final List<String> loincCodes;
  private final String contractUnit;
  private final Map<String, String> factors;
  private final Optional<Duration> freshness;

  LabQuantity(
      String contractField,
      String label,
      List<String> loincCodes,
      String contractUnit,
      Map<String, String> factors,
      Optional<Duration> freshness) {
    this.contractField = contractField;
    this.label = label;
    this.loincCodes = loincCodes;
    this.contractUnit = contractUnit;
    this.factors = factors;
    this.freshness = freshness;
  }

  String contractField() {
    return contractField;
  }

  String label() {
    return label;
  }

  List<String> loincCodes() {
    return loincCodes;
  }

  /** The first (preferred) LOINC code: the one cmvrx writes. */
  String primaryCode() {
    return loincCodes.get(0);
  }

  String contractUnit() {
    return contractUnit;
  }

  Optional<Duration> freshness() {
    return freshness;
  }

  /** Returns the accepted UCUM codes, for messages. */
  String acceptedUnits() {
    return String.join(", ", factors.keySet().stream().sorted().toList());
  }

  /**
   * Converts a value in a UCUM unit to the contract unit, exactly (decimal arithmetic).
   *
   * @return the converted value, or empty if the unit is not one this quantity accepts
   */
  Optional<BigDecimal> toContractUnit(BigDecimal value, String ucum) {
    String factor = factors.get(ucum);
    return factor == null ? Optional.empty() : Optional.of(value.multiply(new BigDecimal(factor)));
  }

  /** Describes the Observation for messages, e.g. "Observation LOINC 2160-0 (serum creatinine)". */
  String describe() {
    return "Observation LOINC " + String.join("/", loincCodes) + " (" + label + ")";
  }
}
