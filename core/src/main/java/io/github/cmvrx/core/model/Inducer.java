package io.github.cmvrx.core.model;

/**
 * A strong CYP3A inducer that changes the maribavir dose (MBV-PI section 2, 7). The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum Inducer {
  CARBAMAZEPINE,
  PHENYTOIN,
  PHENOBARBITAL
}
