package io.github.cmvrx.spark;

import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A policy as it travels to executors: the policy file's text (read once on the driver), or
 * nothing for the defaults. Executors parse it with the contract's reader, as the command line does.
 *
 * @param json the policy JSON, or null for {@link Policy#defaults()}
 */
public record PolicyText(@Nullable String json) implements Serializable {
  /** The label defaults. */
  public static final PolicyText DEFAULTS = new PolicyText(null);

  /**
   * Parses the policy.
   *
   * @return the policy
   * @throws IllegalArgumentException naming every problem, if the JSON is not a valid policy
   */
  public Policy policy() {
    if (json == null) {
      return Policy.defaults();
    }
    return JsonAdvisor.policy(json);
  }
}
