package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.rule.RuleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One invariant: a stable name, what it says, the rules it guards, its kind, and the predicate.
 *
 * @param name the stable name, e.g. {@code "cns-combination"}
 * @param description what must hold, for a person to read
 * @param rules the rules of the clinical basis the invariant guards
 * @param kind how the predicate works
 * @param check the predicate: empty when the invariant holds, else the violation message
 */
public record Invariant(
    String name, String description, List<RuleId> rules, Kind kind, Check check) {

  /** How an invariant's predicate works. */
  public enum Kind {
    /** Looks at one answer only. */
    SINGLE,
    /** Re-runs the engine on a changed case and compares the answers. */
    METAMORPHIC,
    /** Re-runs the engine on the same case. */
    RERUN,
    /** Feeds deliberately invalid values to the validation path. */
    INPUT,
    /** Needs the JSON codec. */
    CODEC
  }

  /** The predicate of an invariant. */
  @FunctionalInterface
  public interface Check {
    /**
     * Returns the violation, if any.
     *
     * @param subject the case, policy, answer and engine
     * @return empty when the invariant holds, else what is wrong
     */
    Optional<String> violation(Subject subject);
  }

  /** Creates the value; the rule list is copied. */
  public Invariant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    rules = List.copyOf(rules);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(check, "check");
  }

  /**
   * Checks the invariant.
   *
   * @param subject the case, policy, answer and engine
   * @return empty when it holds, else the violation message
   */
  public Optional<String> check(Subject subject) {
    return check.violation(subject);
  }

  @Override
  public String toString() {
    return name;
  }
}
