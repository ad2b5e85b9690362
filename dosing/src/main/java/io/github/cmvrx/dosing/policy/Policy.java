package io.github.cmvrx.dosing.policy;

import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The local dosing choices (shared case-format, Policy). Every attribute has the label's
 * default, so {@code Policy.builder().build()} equals {@link #defaults()}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Policy {
  Policy() {}

  /**
   * Returns the weight mg/kg doses are multiplied by.
   *
   * @return the basis; {@code actual} by default
   */
  @Value.Default
  public WeightBasis dosingWeight() {
    return WeightBasis.ACTUAL;
  }

  /**
   * Returns the weight put into Cockcroft-Gault.
   *
   * @return the basis; {@code actual} by default
   */
  @Value.Default
  public WeightBasis crclWeight() {
    return WeightBasis.ACTUAL;
  }

  /**
   * Returns the foscarnet induction scheme.
   *
   * @return the scheme; 60 mg/kg q8h by default (SEED)
   */
  @Value.Default
  public FoscarnetInductionScheme foscarnetInduction() {
    return FoscarnetInductionScheme.MG60_Q8H;
  }

  /**
   * Returns the foscarnet maintenance scheme.
   *
   * @return the scheme; 90 mg/kg/day by default
   */
  @Value.Default
  public FoscarnetMaintenanceScheme foscarnetMaintenance() {
    return FoscarnetMaintenanceScheme.MG90_PER_DAY;
  }

  /**
   * Returns the increment IV doses are rounded to the nearest multiple of; 0 means no rounding.
   *
   * @return mg, finite and &gt;= 0; 0 by default
   */
  @Value.Default
  public double roundingMg() {
    return 0;
  }

  /**
   * Returns the local tables: each replaces the label table with the same id, whole.
   *
   * @return table id to local table (validated when it was read); empty by default
   */
  public abstract Map<TableId, DoseTable> localTables();

  /**
   * Returns the cut-offs: label and guideline defaults, or local values within their ranges.
   *
   * @return the cut-offs; {@link CutOffs#defaults()} by default
   */
  @Value.Default
  public CutOffs cutOffs() {
    return CutOffs.defaults();
  }

  /**
   * Returns the dose tables in force: the label tables with {@link #localTables()} in place.
   *
   * @return the tables
   */
  @Value.Derived
  @Value.Auxiliary
  public DoseTables doseTables() {
    return DoseTables.standard().with(localTables());
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(roundingMg()) || roundingMg() < 0 || roundingMg() > MAX_ROUNDING_MG) {
      throw new IllegalArgumentException(
          "roundingMg: value " + roundingMg() + " is outside the accepted range [0, 1000] mg");
    }
  }

  /**
   * The largest rounding increment accepted, mg: coarser rounding would change a dose by more
   * than a clinically plausible step (docs/decisions/0003).
   */
  public static final double MAX_ROUNDING_MG = 1000;

  private static final Policy DEFAULTS = builder().build();

  /**
   * Returns the label defaults ({@code {}} in JSON).
   *
   * @return the default policy
   */
  public static Policy defaults() {
    return DEFAULTS;
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
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }
}
