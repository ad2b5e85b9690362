package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.invariant.Engine;
import java.io.Serializable;

/**
 * How an executor gets its engine: the engine itself is not shipped, this recipe is. Production
 * runs use {@link #ADVISOR}; tests may pass a deliberately wrong engine to prove that violations
 * found on executors reach the report.
 */
@FunctionalInterface
public interface EngineSource extends Serializable {
  /** The real engine. */
  EngineSource ADVISOR = () -> Engine.ADVISOR;

  /**
   * Returns the engine.
   *
   * @return the engine
   */
  Engine engine();
}
