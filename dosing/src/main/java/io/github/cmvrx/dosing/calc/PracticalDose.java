package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.Preparations;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a computed IV dose into an amount that can be measured and given (clinical basis §3.0,
 * Decision (practical doses); docs/decisions/0801): rounded down, never above the computed dose,
 * to a whole number of mg at least.
 *
 * <ul>
 *   <li>Default step: the smallest multiple of 0.1 mL of the label's preparation that holds a
 *       whole number of mg: ganciclovir 50 mg/mL x 0.1 mL = 5 mg; foscarnet 24 mg/mL x 0.5 mL = 12
 *       mg; cidofovir 75 mg/mL x 0.2 mL = 15 mg.
 *   <li>A computed dose below 20 default steps is rounded down to whole mg instead, so rounding
 *       never costs more than 5% of the dose.
 *   <li>A policy's {@code roundingMg} above 0 is the local step instead of the default; the result
 *       is then rounded down to whole mg too; when the local step would give 0 the default applies.
 * </ul>
 */
public final class PracticalDose {
  private PracticalDose() {}

  /**
   * One rounded dose.
   *
   * @param computedMg the computed dose
   * @param givenMg the dose to give, never above {@code computedMg}; 0 when below 1 mg
   * @param basis how it was rounded, for the rationale
   */
  public record Rounded(double computedMg, double givenMg, Message basis) {}

  /** Values are snapped to this many decimals before rounding down, so 155.00000000000003 is 155. */
  private static final int SNAP_DECIMALS = 9;

  /**
   * Returns the default step of an IV drug: the smallest multiple of {@link
   * Preparations#MEASURABLE_VOLUME_ML} of its preparation that is a whole number of mg.
   *
   * @param drug ganciclovir, foscarnet or cidofovir
   * @return the step in mg
   * @throws IllegalArgumentException for a drug that is not given IV by weight
   */
  public static double defaultStepMg(Drug drug) {
    return switch (drug) {
      case GANCICLOVIR -> GANCICLOVIR_STEP_MG;
      case FOSCARNET -> FOSCARNET_STEP_MG;
      case CIDOFOVIR -> CIDOFOVIR_STEP_MG;
      default -> throw new IllegalArgumentException(drug + " is not dosed IV by weight");
    };
  }

  // The steps and their volumes depend on the drug only: computed once, not per dose.
  private static final double GANCICLOVIR_STEP_MG = searchStepMg(Drug.GANCICLOVIR);
  private static final double FOSCARNET_STEP_MG = searchStepMg(Drug.FOSCARNET);
  private static final double CIDOFOVIR_STEP_MG = searchStepMg(Drug.CIDOFOVIR);
  private static final double GANCICLOVIR_STEP_ML =
      snap(GANCICLOVIR_STEP_MG / Preparations.GANCICLOVIR_RECONSTITUTED_MG_PER_ML);
  private static final double FOSCARNET_STEP_ML =
      snap(FOSCARNET_STEP_MG / Preparations.FOSCARNET_MG_PER_ML);
  private static final double CIDOFOVIR_STEP_ML =
      snap(CIDOFOVIR_STEP_MG / Preparations.CIDOFOVIR_MG_PER_ML);

  private static double searchStepMg(Drug drug) {
    double perMl = concentrationMgPerMl(drug);
    for (int k = 1; k <= 100; k++) {
      double mg = snap(perMl * Preparations.MEASURABLE_VOLUME_ML * k);
      if (mg == Math.rint(mg)) {
        return mg;
      }
    }
    throw new IllegalStateException(drug + ": no whole-mg step within 10 mL");
  }

  /**
   * Returns the largest amount rounding may take off {@code computedMg} (exclusive) under {@code
   * policy}: what an invariant may allow below the computed dose.
   *
   * @param drug the drug
   * @param computedMg the computed dose, mg
   * @param policy the policy
   * @return mg
   */
  public static double maxLossMg(Drug drug, double computedMg, Policy policy) {
    double step = step(drug, computedMg);
    return policy.roundingMg() > 0 ? Math.max(policy.roundingMg() + 1, step) : step;
  }

  /**
   * Rounds a computed IV dose to the amount to give.
   *
   * @param drug ganciclovir, foscarnet or cidofovir
   * @param computedMg the computed dose, finite and &gt;= 0
   * @param policy the policy (its {@code roundingMg} is the local step, 0 = default)
   * @return the rounded dose with its basis
   */
  public static Rounded iv(Drug drug, double computedMg, Policy policy) {
    return new Rounded(
        computedMg, givenMg(drug, computedMg, policy), basis(drug, computedMg, policy));
  }

  /**
   * Returns the amount to give of a computed IV dose: {@code iv(drug, computedMg,
   * policy).givenMg()}, without the rounding basis, which a dose states and an availability
   * does not need.
   *
   * @param drug ganciclovir, foscarnet or cidofovir
   * @param computedMg the computed dose, finite and &gt;= 0
   * @param policy the policy (its {@code roundingMg} is the local step, 0 = default)
   * @return the dose to give, mg
   */
  static double givenMg(Drug drug, double computedMg, Policy policy) {
    check(drug, computedMg, policy);
    double local = policy.roundingMg();
    if (local > 0) {
      double given = floorTo(floorTo(computedMg, local), 1);
      if (given > 0) {
        return given;
      }
    }
    return floorTo(computedMg, step(drug, computedMg));
  }

  /**
   * Returns whether the amount to give of a computed IV dose reaches 1 mg: {@code givenMg(drug,
   * computedMg, policy) >= 1}. From 2 mg on it always does (rounding down to whole mg, to a local
   * step then whole mg when that gives more than 0, or to a whole-mg default step once 20 steps
   * fit, never takes 2 mg below 1 mg), so no rounding is needed; below, the amount is rounded.
   *
   * @param drug ganciclovir, foscarnet or cidofovir
   * @param computedMg the computed dose, finite and &gt;= 0
   * @param policy the policy
   * @return whether the dose can be given
   */
  static boolean measurable(Drug drug, double computedMg, Policy policy) {
    check(drug, computedMg, policy);
    return computedMg >= 2 || givenMg(drug, computedMg, policy) >= 1;
  }

  /**
   * Returns how a computed IV dose is rounded, for the rationale: {@code iv(drug, computedMg,
   * policy).basis()}, without the amount.
   *
   * @param drug ganciclovir, foscarnet or cidofovir
   * @param computedMg the computed dose, finite and &gt;= 0
   * @param policy the policy (its {@code roundingMg} is the local step, 0 = default)
   * @return the basis
   */
  static Message basis(Drug drug, double computedMg, Policy policy) {
    check(drug, computedMg, policy);
    double local = policy.roundingMg();
    if (local > 0 && floorTo(floorTo(computedMg, local), 1) > 0) {
      return Message.of(MessageKey.ROUNDED_TO_LOCAL_STEP, local);
    }
    return step(drug, computedMg) == 1 ? Message.of(MessageKey.ROUNDED_TO_WHOLE_MG) : stepBasis(drug);
  }

  private static void check(Drug drug, double computedMg, Policy policy) {
    requireNonNull(drug, "drug");
    requireNonNull(policy, "policy");
    if (!Double.isFinite(computedMg) || computedMg < 0) {
      throw new IllegalArgumentException(
          "dose (" + computedMg + " mg) must be a finite number >= 0");
    }
  }

  /**
   * Rounds an oral dose down to whole tablets.
   *
   * @param tableMg the dose of the table, mg
   * @param tabletMg the tablet strength, mg
   * @return the dose to give, a whole number of tablets; 0 when not even one tablet fits
   */
  public static double tablets(double tableMg, double tabletMg) {
    return floorTo(tableMg, tabletMg);
  }

  private static double step(Drug drug, double computedMg) {
    double step = defaultStepMg(drug);
    return computedMg < step * Preparations.MIN_STEPS_FOR_VOLUME_STEP ? 1 : step;
  }

  private static double concentrationMgPerMl(Drug drug) {
    return switch (drug) {
      case GANCICLOVIR -> Preparations.GANCICLOVIR_RECONSTITUTED_MG_PER_ML;
      case FOSCARNET -> Preparations.FOSCARNET_MG_PER_ML;
      case CIDOFOVIR -> Preparations.CIDOFOVIR_MG_PER_ML;
      default -> throw new IllegalArgumentException(drug + " is not dosed IV by weight");
    };
  }

  // The basis of a dose rounded to the default step depends on the drug only: built once.
  private static final Message GANCICLOVIR_STEP_BASIS = newStepBasis(Drug.GANCICLOVIR);
  private static final Message FOSCARNET_STEP_BASIS = newStepBasis(Drug.FOSCARNET);
  private static final Message CIDOFOVIR_STEP_BASIS = newStepBasis(Drug.CIDOFOVIR);

  private static Message newStepBasis(Drug drug) {
    return Message.of(
        drug == Drug.GANCICLOVIR
            ? MessageKey.ROUNDED_TO_STEP_RECONSTITUTED
            : MessageKey.ROUNDED_TO_STEP_SOLUTION,
        defaultStepMg(drug),
        stepMl(drug),
        concentrationMgPerMl(drug));
  }

  /** The rounding basis of a dose at the default step of {@code drug}. */
  private static Message stepBasis(Drug drug) {
    return switch (drug) {
      case GANCICLOVIR -> GANCICLOVIR_STEP_BASIS;
      case FOSCARNET -> FOSCARNET_STEP_BASIS;
      case CIDOFOVIR -> CIDOFOVIR_STEP_BASIS;
      default -> throw new IllegalArgumentException(drug + " is not dosed IV by weight");
    };
  }

  /** The volume of the default step of {@code drug}, mL (snapped). */
  private static double stepMl(Drug drug) {
    return switch (drug) {
      case GANCICLOVIR -> GANCICLOVIR_STEP_ML;
      case FOSCARNET -> FOSCARNET_STEP_ML;
      case CIDOFOVIR -> CIDOFOVIR_STEP_ML;
      default -> throw new IllegalArgumentException(drug + " is not dosed IV by weight");
    };
  }

  /** Below this a double is within 1e-10 of its decimal text, so snapping moves it under 1e-9. */
  private static final double FAST_FLOOR_LIMIT = 1e6;

  /** Ten times the most snapping can move a value: room for the rounding of the comparison. */
  private static final double FAST_FLOOR_MARGIN = 1e-8;

  /**
   * Rounds {@code value}, snapped to {@link #SNAP_DECIMALS} decimals, down to a multiple of
   * {@code step}. The usual case (a whole step, a value not within snapping distance of a
   * multiple) is answered in double arithmetic: there the snapped value has the same multiple
   * below it, and that multiple is an exact double, so the answer is the one of the decimal
   * arithmetic, without its allocation. Every other case takes the decimal arithmetic.
   */
  static double floorTo(double value, double step) {
    if (value >= 0
        && value < FAST_FLOOR_LIMIT
        && step >= 1
        && step < FAST_FLOOR_LIMIT
        && step == Math.rint(step)) {
      double k = Math.floor(value / step);
      double below = k * step;
      if (value == below) {
        // An exact multiple (two 450 mg tablets of 900 mg): a whole number below 1e6, which
        // snapping leaves as it is, so the decimal arithmetic would give it back too.
        return below;
      }
      if (value - below > FAST_FLOOR_MARGIN && below + step - value > FAST_FLOOR_MARGIN) {
        return below;
      }
    }
    return decimalFloorTo(value, step);
  }

  static double decimalFloorTo(double value, double step) {
    BigDecimal v = BigDecimal.valueOf(value).setScale(SNAP_DECIMALS, RoundingMode.HALF_UP);
    BigDecimal s = BigDecimal.valueOf(step);
    return v.divide(s, 0, RoundingMode.FLOOR).multiply(s).doubleValue();
  }

  private static double snap(double value) {
    return BigDecimal.valueOf(value).setScale(SNAP_DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
