package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the invariant groups share, written once: the two ways an invariant is built (judging
 * every answer, or only answered ones, where a refusal passes vacuously), the violation message,
 * and the small questions the checks ask of a recommendation.
 */
final class Scaffold {
  private Scaffold() {}

  /** Relative slack for floating-point comparisons of doses (one part in 10^9). */
  static final double RELATIVE_SLACK = 1e-9;

  /** How the dosing module marks a dose from a local table (CaseDosing). */
  static final String LOCAL_TABLE_INSTRUCTION = "dose from local table ";

  private static final double HOURS_PER_DAY = 24;
  private static final double DAYS_PER_WEEK = 7;

  /** No violation. */
  static final Optional<String> PASS = Optional.empty();

  /** A check of an answered recommendation ({@code status ok}). */
  @FunctionalInterface
  interface AnsweredCheck {
    /**
     * Returns the violation, if any.
     *
     * @param s the subject
     * @param r its recommendation, answered
     * @return the violation message, or empty
     */
    Optional<String> violation(Subject s, Recommendation r);
  }

  /**
   * Returns a single-answer invariant that judges every recommendation, refused or not.
   */
  static Invariant single(
      String name, String description, List<RuleId> rules, Invariant.Check check) {
    return new Invariant(name, description, rules, Invariant.Kind.SINGLE, check);
  }

  /**
   * Returns a single-answer invariant that judges answered recommendations only; a refusal
   * passes vacuously (the drivers count refusals separately).
   */
  static Invariant whenAnswered(
      String name, String description, List<RuleId> rules, AnsweredCheck check) {
    return new Invariant(
        name,
        description,
        rules,
        Invariant.Kind.SINGLE,
        s -> answered(s) ? check.violation(s, s.recommendation()) : PASS);
  }

  static Optional<String> fail(String format, Object... args) {
    return Optional.of(String.format(Locale.ROOT, format, args));
  }

  static boolean answered(Subject s) {
    return s.recommendation().status() == Status.OK;
  }

  static RecommendationPhase phase(Recommendation r) {
    return r.phase().orElseThrow();
  }

  /** Doses per day of a component. */
  static double dosesPerDay(RegimenComponent c) {
    if (c.timesPerWeek().isPresent()) {
      return c.timesPerWeek().getAsInt() / DAYS_PER_WEEK;
    }
    return HOURS_PER_DAY / c.intervalHours().getAsInt();
  }

  static boolean exceeds(double value, double max) {
    return value > max * (1 + RELATIVE_SLACK);
  }

  static boolean contains(List<RegimenComponent> regimen, Drug drug) {
    for (RegimenComponent c : regimen) {
      if (c.drug() == drug) {
        return true;
      }
    }
    return false;
  }

  static boolean excluded(Recommendation r, Drug drug) {
    for (Exclusion e : r.excluded()) {
      if (e.drug() == drug) {
        return true;
      }
    }
    return false;
  }

  static boolean hasCritical(Recommendation r) {
    for (Alert a : r.alerts()) {
      if (a.severity() == AlertSeverity.CRITICAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@code "; dose from local table T, FILE line N; source: S"} when the component's dose
   * came from a row of a local table, so a violation names the row; {@code ""} otherwise.
   */
  static String row(RegimenComponent c) {
    for (String i : c.instructions()) {
      if (i.startsWith(LOCAL_TABLE_INSTRUCTION)) {
        return "; " + i;
      }
    }
    return "";
  }

  static double dosingWeightKg(Recommendation r) {
    return r.assessment().map(a -> a.dosingWeight().kilograms()).orElse(Double.NaN);
  }

  static List<RegimenComponent> concat(List<RegimenComponent> a, List<RegimenComponent> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<RegimenComponent> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
