package io.github.cmvrx.core.model;

/**
 * Sex, as Cockcroft-Gault and the paediatric formulas use it. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum Sex {
  MALE,
  FEMALE
}
