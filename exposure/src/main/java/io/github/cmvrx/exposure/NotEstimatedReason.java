package io.github.cmvrx.exposure;

import java.util.Locale;

/** Why exposure was not estimated for a regimen component. */
public enum NotEstimatedReason {
  /** The patient is under 18: the model was built in adults. */
  UNDER_18("not estimated: under 18 years; the model was built in adults (CALDES-2009)"),
  /** Any kidney replacement therapy: the model has no dialysis clearance. */
  KIDNEY_REPLACEMENT_THERAPY(
      "not estimated: kidney replacement therapy; the model has no dialysis clearance"
          + " (CALDES-2009)"),
  /** No Cockcroft-Gault creatinine clearance could be computed (no serum creatinine). */
  NO_CREATININE_CLEARANCE(
      "not estimated: no Cockcroft-Gault creatinine clearance (serum creatinine missing)"),
  /** Creatinine clearance outside the range the model is used in. */
  CRCL_OUTSIDE_STUDIED_RANGE(
      "not estimated: creatinine clearance outside 10-100 mL/min, the range the model is used"
          + " in (decision 1000)"),
  /** The schedule has no fixed interval (e.g. twice weekly): no one-interval steady state. */
  NO_FIXED_INTERVAL(
      "not estimated: the schedule has no fixed dosing interval, so there is no one-interval"
          + " steady state"),
  /** A drug and route the model does not describe (only IV ganciclovir and oral valganciclovir). */
  ROUTE_NOT_MODELLED(
      "not estimated: the model describes IV ganciclovir and oral valganciclovir only");

  private final String note;
  private final String jsonName = name().toLowerCase(Locale.ROOT);

  NotEstimatedReason(String note) {
    this.note = note;
  }

  /**
   * Returns the sentence written as {@code note}.
   *
   * @return the note
   */
  public String note() {
    return note;
  }

  /**
   * Returns the lower-case name used in reports.
   *
   * @return e.g. {@code under_18}
   */
  public String jsonName() {
    return jsonName;
  }
}
