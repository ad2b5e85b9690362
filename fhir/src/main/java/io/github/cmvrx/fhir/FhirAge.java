package io.github.cmvrx.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The age at the evaluation date from {@code Patient.birthDate} (decision record 1101): completed
 * years from one year of age (as clinicians and the Cockcroft-Gault equation use it), and
 * completed days / 365.25 below one year, where the neonatal scope limit (28 days) and the
 * infant bands of the paediatric formulas need the finer grain.
 */
final class FhirAge {
  private FhirAge() {}

  /** Days per year used below one year of age (the contract's 28-day limit uses the same). */
  static final double DAYS_PER_YEAR = 365.25;

  static double years(LocalDate birth, LocalDate evaluation) {
    int whole = Period.between(birth, evaluation).getYears();
    if (whole >= 1) {
      return whole;
    }
    return ChronoUnit.DAYS.between(birth, evaluation) / DAYS_PER_YEAR;
  }

  /**
   * Returns the birth date that {@link #years} reads back as {@code ageYears}, when there is one.
   * From one year up only whole years can be carried; below one year, whole days.
   */
  static LocalDate birthDate(double ageYears, LocalDate evaluation) {
    if (ageYears >= 1) {
      return evaluation.minusYears((long) Math.floor(ageYears));
    }
    return evaluation.minusDays(Math.round(ageYears * DAYS_PER_YEAR));
  }

  /** Returns the age that survives a trip through a birth date. */
  static double representable(double ageYears, LocalDate evaluation) {
    return years(birthDate(ageYears, evaluation), evaluation);
  }
}
