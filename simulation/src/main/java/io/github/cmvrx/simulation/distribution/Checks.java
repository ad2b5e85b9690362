package io.github.cmvrx.simulation.distribution;

import java.util.Locale;

/** Parameter checks of the distributions. */
final class Checks {
  private Checks() {}

  static void finite(String role, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must be a finite number", role, value));
    }
  }
}
