package io.github.cmvrx.dosing.table;

/** The unit of a table's amount per dose. */
public enum AmountUnit {
  /** Milligrams per kilogram of dosing weight per dose. */
  MG_PER_KG,
  /** Milligrams per dose. */
  MG
}
