package io.github.cmvrx.core.model;

/**
 * Clinical severity of the CMV disease. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum Severity {
  MILD_MODERATE,
  SEVERE
}
