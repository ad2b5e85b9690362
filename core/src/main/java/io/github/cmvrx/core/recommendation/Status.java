package io.github.cmvrx.core.recommendation;

/** Whether the case was answered or refused. The JSON form is the constant's name in lower case. */
public enum Status {
  OK,
  REFUSED
}
