package io.github.cmvrx.core.recommendation;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One drug of a regimen: drug, route, dose in mg (and mg/kg for weight-based drugs), either a
 * fixed interval or "n times a week after dialysis", infusion minutes, hydration, planned
 * duration and whether the dose is off-label.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class RegimenComponent {
  RegimenComponent() {}

  /**
   * Returns the drug.
   *
   * @return the drug
   */
  public abstract Drug drug();

  /**
   * Returns the route.
   *
   * @return the route
   */
  public abstract Route route();

  /**
   * Returns the amount per administration, after rounding.
   *
   * @return the dose in mg
   */
  public abstract Milligrams dose();

  /**
   * Returns the per-kg basis for weight-based drugs.
   *
   * @return mg/kg per dose, empty for fixed-dose drugs
   */
  public abstract OptionalDouble doseMgPerKg();

  /**
   * Returns the fixed dosing interval, if the schedule is one.
   *
   * @return hours between doses
   */
  public abstract OptionalInt intervalHours();

  /**
   * Returns the number of doses a week, for schedules such as "3 times a week after dialysis".
   *
   * @return doses a week
   */
  public abstract OptionalInt timesPerWeek();

  /**
   * Returns whether each dose is given after the dialysis session.
   *
   * @return after dialysis
   */
  @Value.Default
  public boolean afterDialysis() {
    return false;
  }

  /**
   * Returns the infusion time for IV drugs.
   *
   * @return minutes, empty for oral drugs
   */
  public abstract OptionalInt infusionMinutes();

  /**
   * Returns the saline hydration to give with the dose, if any.
   *
   * @return the hydration
   */
  public abstract Optional<Hydration> hydration();

  /**
   * Returns the planned duration; empty when it is open-ended (maintenance).
   *
   * @return days
   */
  public abstract OptionalInt durationDays();

  /**
   * Returns whether the dose is off-label (e.g. ganciclovir on CRRT).
   *
   * @return off-label
   */
  @Value.Default
  public boolean offLabel() {
    return false;
  }

  /**
   * Returns administration instructions (with food, probenecid, ...) as typed messages,
   * possibly empty.
   *
   * @return the instructions
   */
  public abstract List<Message> instructionMessages();

  /**
   * Returns administration instructions (with food, probenecid, ...), possibly empty, in the
   * default English wording.
   *
   * @return the instructions
   */
  public List<String> instructions() {
    List<Message> m = instructionMessages();
    String[] out = new String[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Renderer.english().render(m.get(i));
    }
    return List.of(out);
  }

  /**
   * Returns the dosing rule that produced the dose.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Returns the total amount per week, for comparisons of dose intensity.
   *
   * @return mg per week
   */
  public double mgPerWeek() {
    if (timesPerWeek().isPresent()) {
      return dose().value() * timesPerWeek().getAsInt();
    }
    return dose().value() * HOURS_PER_WEEK / intervalHours().getAsInt();
  }

  private static final double HOURS_PER_WEEK = 7 * 24;

  @Value.Check
  void check() {
    if (intervalHours().isPresent() == timesPerWeek().isPresent()) {
      throw new IllegalArgumentException(
          "regimen "
              + drug()
              + ": exactly one of intervalHours and timesPerWeek must be set (was "
              + intervalHours()
              + ", "
              + timesPerWeek()
              + ")");
    }
    intervalHours()
        .ifPresent(
            h -> {
              if (h <= 0) {
                throw new IllegalArgumentException("intervalHours (" + h + ") must be > 0");
              }
            });
    timesPerWeek()
        .ifPresent(
            n -> {
              if (n <= 0 || n > 7) {
                throw new IllegalArgumentException("timesPerWeek (" + n + ") must be in [1, 7]");
              }
            });
    doseMgPerKg()
        .ifPresent(
            d -> {
              if (!Double.isFinite(d) || d < 0) {
                throw new IllegalArgumentException("doseMgPerKg (" + d + ") must be >= 0");
              }
            });
    infusionMinutes()
        .ifPresent(
            m -> {
              if (m <= 0) {
                throw new IllegalArgumentException("infusionMinutes (" + m + ") must be > 0");
              }
            });
    durationDays()
        .ifPresent(
            d -> {
              if (d <= 0) {
                throw new IllegalArgumentException("durationDays (" + d + ") must be > 0");
              }
            });
    if (route() == Route.IV && infusionMinutes().isEmpty()) {
      throw new IllegalArgumentException("regimen " + drug() + ": IV dose without infusionMinutes");
    }
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A strict builder: each attribute may be set once; {@code build()} validates. */
  public static final class Builder extends ImmutableRegimenComponent.Builder {
    Builder() {}
  }
}
