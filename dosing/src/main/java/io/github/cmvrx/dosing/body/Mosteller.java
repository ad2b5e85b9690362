package io.github.cmvrx.dosing.body;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;

/** Mosteller body surface area (MOSTELLER-1987), clinical basis §2. */
public final class Mosteller {
  private Mosteller() {}

  /** The divisor of the product height(cm) x weight(kg), 3600 (MOSTELLER-1987). */
  static final double DIVISOR = 3600;

  /**
   * Returns {@code sqrt(height cm x weight kg / 3600)}.
   *
   * @param height the height
   * @param weight the actual weight
   * @return the body surface area in m2, always positive (both inputs are positive)
   */
  public static BodySurfaceArea bodySurfaceArea(Length height, Mass weight) {
    requireNonNull(height, "height");
    requireNonNull(weight, "weight");
    return BodySurfaceArea.squareMetres(Math.sqrt(height.centimetres() * weight.kilograms() / DIVISOR));
  }
}
