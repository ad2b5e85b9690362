package io.github.cmvrx.core.recommendation;

/**
 * Whether the case was answered or refused. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum Status {
  OK,
  REFUSED
}
