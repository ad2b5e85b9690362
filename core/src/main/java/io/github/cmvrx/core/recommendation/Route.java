package io.github.cmvrx.core.recommendation;

/** Route of administration. The JSON form is the constant's name in lower case. */
public enum Route {
  IV,
  ORAL
}
