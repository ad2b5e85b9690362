package io.github.cmvrx.core.recommendation;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One drug of a regimen: drug, route, dose in mg (and mg/kg for weight-based drugs), either a
 * fixed interval or "n times a week after dialysis", infusion minutes, hydration, planned
 * duration and whether the dose is off-label.
 *
 * <p>An immutable value compared by all its attributes. Reading an attribute never allocates:
 * the optionals are made once, when the value is built, and the instruction list is an
 * unmodifiable {@code List.of} list. Built with the strict {@link #builder()}, with {@link #of} when
 * every attribute is known at once, or, from another component, with {@link
 * #withDurationDays(OptionalInt)}.
 *
 * @since 0.2.0
 */
public final class RegimenComponent {
  private static final double HOURS_PER_WEEK = 7 * 24;

  private static final Drug[] DRUGS = Drug.values();
  private static final Route[] ROUTES = Route.values();

  /** In {@link #flags}: the schedule is a number of doses a week, not an interval. */
  private static final int WEEKLY = 1;

  /** In {@link #flags}: each dose is given after dialysis. */
  private static final int AFTER_DIALYSIS = 2;

  /** In {@link #flags}: the dose is off-label. */
  private static final int OFF_LABEL = 4;

  // Thirteen attributes in eight references and three bytes (48 bytes a value rather than 64;
  // the decision copies each dosed component once to set its duration): the drug and the route
  // as ordinals, the interval or the doses a week in one field, the booleans as bits.
  private final Milligrams dose;
  private final OptionalDouble doseMgPerKg;
  private final OptionalInt schedule;
  private final OptionalInt infusionMinutes;
  private final Optional<Hydration> hydration;
  private final OptionalInt durationDays;
  private final List<Message> instructionMessages;
  private final RuleId ruleId;
  private final byte drug;
  private final byte route;
  private final byte flags;

  private RegimenComponent(
      Drug drug,
      Route route,
      Milligrams dose,
      OptionalDouble doseMgPerKg,
      OptionalInt intervalHours,
      OptionalInt timesPerWeek,
      boolean afterDialysis,
      OptionalInt infusionMinutes,
      Optional<Hydration> hydration,
      OptionalInt durationDays,
      boolean offLabel,
      List<Message> instructionMessages,
      RuleId ruleId) {
    check(drug, route, doseMgPerKg, intervalHours, timesPerWeek, infusionMinutes, durationDays);
    this.drug = (byte) drug.ordinal();
    this.route = (byte) route.ordinal();
    this.dose = dose;
    this.doseMgPerKg = doseMgPerKg;
    this.schedule = intervalHours.isPresent() ? intervalHours : timesPerWeek;
    this.infusionMinutes = infusionMinutes;
    this.hydration = hydration;
    this.durationDays = durationDays;
    this.instructionMessages = instructionMessages;
    this.ruleId = ruleId;
    this.flags =
        (byte)
            ((timesPerWeek.isPresent() ? WEEKLY : 0)
                | (afterDialysis ? AFTER_DIALYSIS : 0)
                | (offLabel ? OFF_LABEL : 0));
  }

  /** A copy of {@code c} with the planned duration {@code durationDays}, checked. */
  private RegimenComponent(RegimenComponent c, OptionalInt durationDays) {
    checkDuration(durationDays);
    this.drug = c.drug;
    this.route = c.route;
    this.dose = c.dose;
    this.doseMgPerKg = c.doseMgPerKg;
    this.schedule = c.schedule;
    this.infusionMinutes = c.infusionMinutes;
    this.hydration = c.hydration;
    this.durationDays = durationDays;
    this.instructionMessages = c.instructionMessages;
    this.ruleId = c.ruleId;
    this.flags = c.flags;
  }

  /**
   * Returns the drug.
   *
   * @return the drug
   */
  public Drug drug() {
    return DRUGS[drug];
  }

  /**
   * Returns the route.
   *
   * @return the route
   */
  public Route route() {
    return ROUTES[route];
  }

  /**
   * Returns the amount per administration, after rounding.
   *
   * @return the dose in mg
   */
  public Milligrams dose() {
    return dose;
  }

  /**
   * Returns the per-kg basis for weight-based drugs.
   *
   * @return mg/kg per dose, empty for fixed-dose drugs
   */
  public OptionalDouble doseMgPerKg() {
    return doseMgPerKg;
  }

  /**
   * Returns the fixed dosing interval, if the schedule is one.
   *
   * @return hours between doses
   */
  public OptionalInt intervalHours() {
    return (flags & WEEKLY) == 0 ? schedule : OptionalInt.empty();
  }

  /**
   * Returns the number of doses a week, for schedules such as "3 times a week after dialysis".
   *
   * @return doses a week
   */
  public OptionalInt timesPerWeek() {
    return (flags & WEEKLY) != 0 ? schedule : OptionalInt.empty();
  }

  /**
   * Returns whether each dose is given after the dialysis session.
   *
   * @return after dialysis
   */
  public boolean afterDialysis() {
    return (flags & AFTER_DIALYSIS) != 0;
  }

  /**
   * Returns the infusion time for IV drugs.
   *
   * @return minutes, empty for oral drugs
   */
  public OptionalInt infusionMinutes() {
    return infusionMinutes;
  }

  /**
   * Returns the saline hydration to give with the dose, if any.
   *
   * @return the hydration
   */
  public Optional<Hydration> hydration() {
    return hydration;
  }

  /**
   * Returns the planned duration; empty when it is open-ended (maintenance).
   *
   * @return days
   */
  public OptionalInt durationDays() {
    return durationDays;
  }

  /**
   * Returns whether the dose is off-label (e.g. ganciclovir on CRRT).
   *
   * @return off-label
   */
  public boolean offLabel() {
    return (flags & OFF_LABEL) != 0;
  }

  /**
   * Returns administration instructions (with food, probenecid, ...) as typed messages,
   * possibly empty.
   *
   * @return the instructions
   */
  public List<Message> instructionMessages() {
    return instructionMessages;
  }

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
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Returns the total amount per week, for comparisons of dose intensity.
   *
   * @return mg per week
   */
  public double mgPerWeek() {
    if ((flags & WEEKLY) != 0) {
      return dose.value() * schedule.getAsInt();
    }
    return dose.value() * HOURS_PER_WEEK / schedule.getAsInt();
  }

  /**
   * Returns this component with the planned duration {@code days} (empty = open-ended) and every
   * other attribute the same: the value {@code builder()} would build from this component's
   * attributes and {@code days}, without a builder and without copying the instruction list.
   * Returns this component itself when its duration already is {@code days}.
   *
   * @param days the planned duration in days; empty when open-ended
   * @return the component with that duration
   * @throws IllegalArgumentException if {@code days} is present and not positive
   * @since 0.3.0
   */
  public RegimenComponent withDurationDays(OptionalInt days) {
    requireNonNull(days, "durationDays");
    if (days.equals(durationDays)) {
      return this;
    }
    return new RegimenComponent(this, Builder.shared(days));
  }

  /** The rules of a regimen, with the messages the generated builder has always given. */
  private static void check(
      Drug drug,
      Route route,
      OptionalDouble doseMgPerKg,
      OptionalInt intervalHours,
      OptionalInt timesPerWeek,
      OptionalInt infusionMinutes,
      OptionalInt durationDays) {
    if (intervalHours.isPresent() == timesPerWeek.isPresent()) {
      throw new IllegalArgumentException(
          "regimen "
              + drug
              + ": exactly one of intervalHours and timesPerWeek must be set (was "
              + intervalHours
              + ", "
              + timesPerWeek
              + ")");
    }
    if (intervalHours.isPresent() && intervalHours.getAsInt() <= 0) {
      throw new IllegalArgumentException(
          "intervalHours (" + intervalHours.getAsInt() + ") must be > 0");
    }
    if (timesPerWeek.isPresent()) {
      int n = timesPerWeek.getAsInt();
      if (n <= 0 || n > 7) {
        throw new IllegalArgumentException("timesPerWeek (" + n + ") must be in [1, 7]");
      }
    }
    if (doseMgPerKg.isPresent()) {
      double d = doseMgPerKg.getAsDouble();
      if (!Double.isFinite(d) || d < 0) {
        throw new IllegalArgumentException("doseMgPerKg (" + d + ") must be >= 0");
      }
    }
    if (infusionMinutes.isPresent() && infusionMinutes.getAsInt() <= 0) {
      throw new IllegalArgumentException(
          "infusionMinutes (" + infusionMinutes.getAsInt() + ") must be > 0");
    }
    checkDuration(durationDays);
    if (route == Route.IV && infusionMinutes.isEmpty()) {
      throw new IllegalArgumentException("regimen " + drug + ": IV dose without infusionMinutes");
    }
  }

  private static void checkDuration(OptionalInt durationDays) {
    if (durationDays.isPresent() && durationDays.getAsInt() <= 0) {
      throw new IllegalArgumentException(
          "durationDays (" + durationDays.getAsInt() + ") must be > 0");
    }
  }

  /**
   * Returns the component with these attributes, made without a builder: the value {@link
   * #builder()} builds when every attribute is set to these (an empty optional as if it were left
   * unset), for callers that know every attribute at once, such as the dosing of a drug. The
   * optional numbers and the instruction list are stored as the builder stores them (shared
   * {@code OptionalInt}s, an immutable list), so the two values are equal.
   *
   * @param drug the drug
   * @param route the route
   * @param dose the amount per administration
   * @param doseMgPerKg the per-kg basis, empty for fixed-dose drugs
   * @param intervalHours hours between doses, or empty
   * @param timesPerWeek doses a week, or empty; exactly one of this and {@code intervalHours}
   * @param afterDialysis whether each dose is given after dialysis
   * @param infusionMinutes the infusion time, required for IV drugs
   * @param hydration the saline hydration, or empty
   * @param durationDays the planned duration, empty when open-ended
   * @param offLabel whether the dose is off-label
   * @param instructionMessages the instructions, possibly empty, none of them null
   * @param ruleId the dosing rule
   * @return the component
   * @throws NullPointerException if an argument or an instruction is null
   * @throws IllegalArgumentException if the regimen is inconsistent, as {@code build()} would
   * @since 0.3.0
   */
  @SuppressWarnings("TooManyParameters") // one per attribute, as the constructor of a record
  public static RegimenComponent of(
      Drug drug,
      Route route,
      Milligrams dose,
      OptionalDouble doseMgPerKg,
      OptionalInt intervalHours,
      OptionalInt timesPerWeek,
      boolean afterDialysis,
      OptionalInt infusionMinutes,
      Optional<? extends Hydration> hydration,
      OptionalInt durationDays,
      boolean offLabel,
      List<Message> instructionMessages,
      RuleId ruleId) {
    return new RegimenComponent(
        requireNonNull(drug, "drug"),
        requireNonNull(route, "route"),
        requireNonNull(dose, "dose"),
        requireNonNull(doseMgPerKg, "doseMgPerKg"),
        Builder.shared(requireNonNull(intervalHours, "intervalHours")),
        Builder.shared(requireNonNull(timesPerWeek, "timesPerWeek")),
        afterDialysis,
        Builder.shared(requireNonNull(infusionMinutes, "infusionMinutes")),
        Optionals.narrow(hydration, "hydration"),
        Builder.shared(requireNonNull(durationDays, "durationDays")),
        offLabel,
        List.copyOf(instructionMessages),
        requireNonNull(ruleId, "ruleId"));
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether {@code o} is a regimen component with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    // The flags hold the kind of schedule, so equal flags and schedules are equal intervals and
    // equal doses a week.
    return o instanceof RegimenComponent c
        && drug == c.drug
        && route == c.route
        && flags == c.flags
        && ruleId == c.ruleId
        && dose.equals(c.dose)
        && doseMgPerKg.equals(c.doseMgPerKg)
        && schedule.equals(c.schedule)
        && infusionMinutes.equals(c.infusionMinutes)
        && hydration.equals(c.hydration)
        && durationDays.equals(c.durationDays)
        && instructionMessages.equals(c.instructionMessages);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + drug().hashCode();
    h += (h << 5) + route().hashCode();
    h += (h << 5) + dose.hashCode();
    h += (h << 5) + doseMgPerKg.hashCode();
    h += (h << 5) + intervalHours().hashCode();
    h += (h << 5) + timesPerWeek().hashCode();
    h += (h << 5) + Boolean.hashCode(afterDialysis());
    h += (h << 5) + infusionMinutes.hashCode();
    h += (h << 5) + hydration.hashCode();
    h += (h << 5) + durationDays.hashCode();
    h += (h << 5) + Boolean.hashCode(offLabel());
    h += (h << 5) + instructionMessages.hashCode();
    h += (h << 5) + ruleId.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code RegimenComponent{drug=GANCICLOVIR,
   * route=IV, dose=..., intervalHours=12, ...}}; absent optionals are left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("RegimenComponent{");
    b.append("drug=").append(drug());
    b.append(", route=").append(route());
    b.append(", dose=").append(dose);
    if (doseMgPerKg.isPresent()) {
      b.append(", doseMgPerKg=").append(doseMgPerKg.getAsDouble());
    }
    appendIfPresent(b, "intervalHours", intervalHours());
    appendIfPresent(b, "timesPerWeek", timesPerWeek());
    b.append(", afterDialysis=").append(afterDialysis());
    appendIfPresent(b, "infusionMinutes", infusionMinutes);
    if (hydration.isPresent()) {
      b.append(", hydration=").append(hydration.get());
    }
    appendIfPresent(b, "durationDays", durationDays);
    b.append(", offLabel=").append(offLabel());
    b.append(", instructionMessages=").append(instructionMessages);
    b.append(", ruleId=").append(ruleId);
    return b.append('}').toString();
  }

  private static void appendIfPresent(StringBuilder b, String name, OptionalInt value) {
    if (value.isPresent()) {
      b.append(", ").append(name).append('=').append(value.getAsInt());
    }
  }

  /**
   * A strict builder: each attribute may be set once (a second time throws {@link
   * IllegalStateException}); {@code build()} throws {@link MissingFieldException} when drug,
   * route, dose or rule is missing and {@link IllegalArgumentException} when the regimen is
   * inconsistent. Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final int DRUG = 1;
    private static final int ROUTE = 2;
    private static final int DOSE = 4;
    private static final int DOSE_MG_PER_KG = 8;
    private static final int INTERVAL_HOURS = 16;
    private static final int TIMES_PER_WEEK = 32;
    private static final int AFTER_DIALYSIS = 64;
    private static final int INFUSION_MINUTES = 128;
    private static final int HYDRATION = 256;
    private static final int DURATION_DAYS = 512;
    private static final int OFF_LABEL = 1024;
    private static final int RULE_ID = 2048;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private @Nullable Drug drug;
    private @Nullable Route route;
    private @Nullable Milligrams dose;
    private OptionalDouble doseMgPerKg = OptionalDouble.empty();
    private OptionalInt intervalHours = OptionalInt.empty();
    private OptionalInt timesPerWeek = OptionalInt.empty();
    private boolean afterDialysis;
    private OptionalInt infusionMinutes = OptionalInt.empty();
    private Optional<Hydration> hydration = Optional.empty();
    private OptionalInt durationDays = OptionalInt.empty();
    private boolean offLabel;
    private List<Message> instructionMessages = List.of();
    private @Nullable RuleId ruleId;

    Builder() {}

    /**
     * Sets the drug.
     *
     * @param drug the drug
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder drug(Drug drug) {
      mark(DRUG, "drug");
      this.drug = requireNonNull(drug, "drug");
      return this;
    }

    /**
     * Sets the route.
     *
     * @param route the route
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder route(Route route) {
      mark(ROUTE, "route");
      this.route = requireNonNull(route, "route");
      return this;
    }

    /**
     * Sets the dose per administration.
     *
     * @param dose the dose
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dose(Milligrams dose) {
      mark(DOSE, "dose");
      this.dose = requireNonNull(dose, "dose");
      return this;
    }

    /**
     * Sets the per-kg basis.
     *
     * @param doseMgPerKg mg/kg per dose
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder doseMgPerKg(double doseMgPerKg) {
      return doseMgPerKg(Boxes.optional(doseMgPerKg));
    }

    /**
     * Sets the per-kg basis, or none.
     *
     * @param doseMgPerKg mg/kg per dose, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder doseMgPerKg(OptionalDouble doseMgPerKg) {
      mark(DOSE_MG_PER_KG, "doseMgPerKg");
      this.doseMgPerKg = requireNonNull(doseMgPerKg, "doseMgPerKg");
      return this;
    }

    /**
     * Sets the fixed dosing interval.
     *
     * @param intervalHours hours between doses
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder intervalHours(int intervalHours) {
      return intervalHours(Optionals.ofInt(intervalHours));
    }

    /**
     * Sets the fixed dosing interval, or none.
     *
     * @param intervalHours hours between doses, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder intervalHours(OptionalInt intervalHours) {
      mark(INTERVAL_HOURS, "intervalHours");
      this.intervalHours = shared(requireNonNull(intervalHours, "intervalHours"));
      return this;
    }

    /**
     * Sets the number of doses a week.
     *
     * @param timesPerWeek doses a week
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder timesPerWeek(int timesPerWeek) {
      return timesPerWeek(Optionals.ofInt(timesPerWeek));
    }

    /**
     * Sets the number of doses a week, or none.
     *
     * @param timesPerWeek doses a week, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder timesPerWeek(OptionalInt timesPerWeek) {
      mark(TIMES_PER_WEEK, "timesPerWeek");
      this.timesPerWeek = shared(requireNonNull(timesPerWeek, "timesPerWeek"));
      return this;
    }

    /**
     * Sets whether each dose is given after dialysis (default false).
     *
     * @param afterDialysis after dialysis
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder afterDialysis(boolean afterDialysis) {
      mark(AFTER_DIALYSIS, "afterDialysis");
      this.afterDialysis = afterDialysis;
      return this;
    }

    /**
     * Sets the infusion time.
     *
     * @param infusionMinutes minutes
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder infusionMinutes(int infusionMinutes) {
      return infusionMinutes(Optionals.ofInt(infusionMinutes));
    }

    /**
     * Sets the infusion time, or none.
     *
     * @param infusionMinutes minutes, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder infusionMinutes(OptionalInt infusionMinutes) {
      mark(INFUSION_MINUTES, "infusionMinutes");
      this.infusionMinutes = shared(requireNonNull(infusionMinutes, "infusionMinutes"));
      return this;
    }

    /**
     * Sets the hydration.
     *
     * @param hydration the hydration
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hydration(Hydration hydration) {
      return hydration(Optional.of(requireNonNull(hydration, "hydration")));
    }

    /**
     * Sets the hydration, or none.
     *
     * @param hydration the hydration, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hydration(Optional<? extends Hydration> hydration) {
      mark(HYDRATION, "hydration");
      this.hydration = Optionals.narrow(hydration, "hydration");
      return this;
    }

    /**
     * Sets the planned duration.
     *
     * @param durationDays days
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder durationDays(int durationDays) {
      return durationDays(Optionals.ofInt(durationDays));
    }

    /**
     * Sets the planned duration, or none (open-ended).
     *
     * @param durationDays days, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder durationDays(OptionalInt durationDays) {
      mark(DURATION_DAYS, "durationDays");
      this.durationDays = shared(requireNonNull(durationDays, "durationDays"));
      return this;
    }

    /**
     * Sets whether the dose is off-label (default false).
     *
     * @param offLabel off-label
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder offLabel(boolean offLabel) {
      mark(OFF_LABEL, "offLabel");
      this.offLabel = offLabel;
      return this;
    }

    /**
     * Adds an instruction.
     *
     * @param element the instruction
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addInstructionMessages(Message element) {
      instructionMessages =
          ListBuilder.add(instructionMessages, element, "instructionMessages element");
      return this;
    }

    /**
     * Adds instructions, in order.
     *
     * @param elements the instructions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addInstructionMessages(Message... elements) {
      instructionMessages =
          ListBuilder.addArray(instructionMessages, elements, "instructionMessages element");
      return this;
    }

    /**
     * Adds instructions, in order.
     *
     * @param elements the instructions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllInstructionMessages(Iterable<? extends Message> elements) {
      instructionMessages =
          ListBuilder.addAll(instructionMessages, elements, "instructionMessages element");
      return this;
    }

    /**
     * Sets the dosing rule.
     *
     * @param ruleId the rule
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ruleId(RuleId ruleId) {
      mark(RULE_ID, "ruleId");
      this.ruleId = requireNonNull(ruleId, "ruleId");
      return this;
    }

    /**
     * Builds the component.
     *
     * @return the component
     * @throws MissingFieldException if drug, route, dose or rule is missing
     * @throws IllegalArgumentException if the regimen is inconsistent
     */
    public RegimenComponent build() {
      if (drug == null || route == null || dose == null || ruleId == null) {
        List<String> missing = new ArrayList<>(4);
        if (drug == null) {
          missing.add("drug");
        }
        if (route == null) {
          missing.add("route");
        }
        if (dose == null) {
          missing.add("dose");
        }
        if (ruleId == null) {
          missing.add("ruleId");
        }
        throw MissingFieldException.of("RegimenComponent", missing);
      }
      return new RegimenComponent(
          drug,
          route,
          dose,
          doseMgPerKg,
          intervalHours,
          timesPerWeek,
          afterDialysis,
          infusionMinutes,
          hydration,
          durationDays,
          offLabel,
          ListBuilder.toList(instructionMessages),
          ruleId);
    }

    private static OptionalInt shared(OptionalInt value) {
      return value.isPresent() ? Optionals.ofInt(value.getAsInt()) : value;
    }

    private void mark(int bit, String name) {
      if ((set & bit) != 0) {
        throw new IllegalStateException(
            "Builder of RegimenComponent is strict, attribute is already set: " + name);
      }
      set |= bit;
    }
  }
}
