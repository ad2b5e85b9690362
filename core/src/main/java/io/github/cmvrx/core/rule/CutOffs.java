package io.github.cmvrx.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value of every {@link CutOff}: the label or guideline defaults, or a policy's local values,
 * each checked against its accepted range. Immutable.
 */
public final class CutOffs {
  private static final CutOff[] ALL = CutOff.values();
  private static final CutOffs DEFAULTS = new CutOffs(defaultValues());

  private final double[] values;
  // The same values boxed once, for the messages that state them (a message holds objects).
  private final Double[] boxed;

  private CutOffs(double[] values) {
    this.values = values;
    this.boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
  }

  private static double[] defaultValues() {
    double[] v = new double[ALL.length];
    for (CutOff c : ALL) {
      v[c.ordinal()] = c.labelDefault();
    }
    return v;
  }

  /**
   * Returns the label and guideline defaults.
   *
   * @return the defaults
   */
  public static CutOffs defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the defaults with some values set locally.
   *
   * @param local the local values
   * @return the cut-offs
   * @throws IllegalArgumentException naming the key, value and accepted range of the first value
   *     outside its range
   */
  public static CutOffs of(Map<CutOff, Double> local) {
    requireNonNull(local, "local");
    double[] v = defaultValues();
    local.forEach((c, value) -> v[c.ordinal()] = c.check(value));
    return new CutOffs(v);
  }

  /**
   * Returns the value of a cut-off.
   *
   * @param cutOff the cut-off
   * @return its value, in its unit
   */
  public double get(CutOff cutOff) {
    return values[cutOff.ordinal()];
  }

  /**
   * Returns the value of a cut-off as a {@code Double} boxed once, for a message argument: the
   * same value as {@link #get}.
   *
   * @param cutOff the cut-off
   * @return its value, in its unit
   */
  public Double boxed(CutOff cutOff) {
    return boxed[cutOff.ordinal()];
  }

  /**
   * Returns the value of a whole-number cut-off (days).
   *
   * @param cutOff the cut-off
   * @return its value
   */
  public int days(CutOff cutOff) {
    return (int) values[cutOff.ordinal()];
  }

  /**
   * Returns the cut-offs whose value differs from the default, in declaration order.
   *
   * @return cut-off to local value
   */
  public Map<CutOff, Double> local() {
    Map<CutOff, Double> m = new EnumMap<>(CutOff.class);
    for (CutOff c : ALL) {
      if (Double.compare(values[c.ordinal()], c.labelDefault()) != 0) {
        m.put(c, values[c.ordinal()]);
      }
    }
    return m;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CutOffs c && Arrays.equals(values, c.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "CutOffs" + local();
  }
}
