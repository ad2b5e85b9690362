package io.github.cmvrx.core.recommendation;

/**
 * Route of administration. The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum Route {
  IV,
  ORAL
}
