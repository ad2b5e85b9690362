package io.github.cmvrx.simulation.text;

import static io.github.cmvrx.simulation.text.DisplayNumbers.BSA_DECIMALS;
import static io.github.cmvrx.simulation.text.DisplayNumbers.CLEARANCE_DECIMALS;
import static io.github.cmvrx.simulation.text.DisplayNumbers.CLEARANCE_PER_KG_DECIMALS;
import static io.github.cmvrx.simulation.text.DisplayNumbers.DOSE_MG_DECIMALS;
import static io.github.cmvrx.simulation.text.DisplayNumbers.DOSE_MG_PER_KG_DECIMALS;
import static io.github.cmvrx.simulation.text.DisplayNumbers.WEIGHT_DECIMALS;
import static io.github.cmvrx.simulation.text.DisplayNumbers.format;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.text.Disclaimer;
import io.github.cmvrx.core.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a {@link Recommendation} for a person to read: the regimen as one line per drug ({@code
 * "Ganciclovir 350 mg (5 mg/kg x 70 kg) IV every 12 h over 60 min, 21 days"}), with hydration, the
 * off-label flag and instructions; alternatives; exclusions with reasons; alerts grouped by
 * severity, critical first; monitoring; advice; the rationale; the assessment; and the cited
 * sources, numbered {@code [1]}, {@code [2]} in the order the text first cites them. A refused
 * recommendation lists its field errors. Numbers are rounded for display only (decision record
 * {@code docs/decisions/0400-explain-text-layout.md}).
 *
 * <p>The output is the same on every machine: {@link Locale#ROOT}, {@code "\n"} line ends, and a
 * final line end.
 */
public final class ExplainText {
  private ExplainText() {}

  /** The line every rendering starts with. */
  public static final String DISCLAIMER = Disclaimer.TEXT;

  private static final String ITEM = "  - ";
  private static final String SUB = "     ";
  private static final String ADVICE_PREFIX = "ADV-";

  /** Alert groups in the order a reader must see them: critical first. */
  private static final List<AlertSeverity> SEVERITY_ORDER =
      List.of(AlertSeverity.CRITICAL, AlertSeverity.WARNING, AlertSeverity.INFO);

  /**
   * Returns the recommendation as text for a person to read.
   *
   * @param recommendation an answered or refused recommendation
   * @return the text, lines separated by {@code "\n"}, ending with {@code "\n"}
   */
  public static String render(Recommendation recommendation) {
    Citations citations = new Citations();
    Optional<Mass> dosingWeight = recommendation.assessment().map(Assessment::dosingWeight);
    List<String> out = new ArrayList<>();
    out.add(DISCLAIMER);
    recommendation.id().ifPresent(id -> out.add("Case: " + Escape.text(id)));
    out.add("Status: " + jsonWord(recommendation.status()));
    recommendation.phase().ifPresent(p -> out.add("Phase: " + words(p)));

    if (!recommendation.errors().isEmpty()) {
      section(out, "Refused: correct these fields; nothing is recommended:");
      for (FieldError e : recommendation.errors()) {
        out.add(ITEM + Escape.text(e.field()) + ": " + Escape.text(e.message()));
      }
    }
    if (recommendation.status() == Status.OK) {
      if (recommendation.regimen().isEmpty()) {
        section(out, "Regimen: none");
      } else {
        section(out, "Regimen:");
        int n = 1;
        for (RegimenComponent c : recommendation.regimen()) {
          out.add("  " + n + ". " + component(c, dosingWeight));
          details(out, c, citations);
          n++;
        }
      }
    }
    if (!recommendation.alternatives().isEmpty()) {
      section(out, "Alternatives (not the default):");
      for (RegimenComponent c : recommendation.alternatives()) {
        out.add(ITEM + component(c, dosingWeight));
        details(out, c, citations);
      }
    }
    if (!recommendation.excluded().isEmpty()) {
      section(out, "Excluded:");
      for (Exclusion e : recommendation.excluded()) {
        out.add(
            ITEM
                + drugName(e.drug())
                + ": "
                + e.reason()
                + " ("
                + citations.rule(e.ruleId())
                + ")");
      }
    }
    alerts(out, recommendation.alerts(), citations);
    if (!recommendation.monitoring().isEmpty()) {
      section(out, "Monitoring:");
      for (MonitoringItem m : recommendation.monitoring()) {
        out.add(
            ITEM
                + testName(m.test())
                + ": "
                + m.frequency()
                + " ("
                + citations.rule(m.ruleId())
                + ")");
      }
    }
    rationale(out, recommendation.rationale(), citations);
    recommendation.assessment().ifPresent(a -> assessment(out, a));
    List<Source> cited = citations.inOrder();
    if (!cited.isEmpty()) {
      section(out, "Sources:");
      int n = 1;
      for (Source s : cited) {
        out.add("  [" + n + "] " + s.key() + ": " + s.citation());
        n++;
      }
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * Returns one regimen component as a line, e.g. {@code "Ganciclovir 350 mg (5 mg/kg x 70 kg) IV
   * every 12 h over 60 min, 21 days"} or {@code "Ganciclovir 87.5 mg (1.25 mg/kg x 70 kg) IV 3
   * times a week after dialysis over 60 min"}.
   *
   * @param c the component
   * @param dosingWeight the assessment's dosing weight, if known
   * @return the line, without indentation
   */
  static String component(RegimenComponent c, Optional<Mass> dosingWeight) {
    StringBuilder line = new StringBuilder();
    line.append(drugName(c.drug()))
        .append(' ')
        .append(format(c.dose().value(), DOSE_MG_DECIMALS))
        .append(" mg");
    OptionalDouble perKg = c.doseMgPerKg();
    if (perKg.isPresent()) {
      line.append(" (")
          .append(format(perKg.getAsDouble(), DOSE_MG_PER_KG_DECIMALS))
          .append(" mg/kg");
      dosingWeight.ifPresent(
          w -> line.append(" x ").append(format(w.kilograms(), WEIGHT_DECIMALS)).append(" kg"));
      line.append(')');
    }
    line.append(' ').append(c.route() == Route.IV ? "IV" : "oral").append(' ');
    line.append(schedule(c));
    c.infusionMinutes().ifPresent(m -> line.append(" over ").append(m).append(" min"));
    c.durationDays().ifPresent(d -> line.append(", ").append(d).append(d == 1 ? " day" : " days"));
    return line.toString();
  }

  private static String schedule(RegimenComponent c) {
    String base;
    if (c.timesPerWeek().isPresent()) {
      int n = c.timesPerWeek().getAsInt();
      base = n == 1 ? "once a week" : n == 2 ? "twice a week" : n + " times a week";
    } else {
      base = "every " + c.intervalHours().getAsInt() + " h";
    }
    return c.afterDialysis() ? base + " after dialysis" : base;
  }

  private static void details(List<String> out, RegimenComponent c, Citations citations) {
    c.hydration().ifPresent(h -> out.add(SUB + "Hydration: " + hydration(h)));
    if (c.offLabel()) {
      out.add(SUB + "OFF-LABEL: not a label dose; a specialist must confirm it");
    }
    for (String instruction : c.instructions()) {
      out.add(SUB + "Instruction: " + instruction);
    }
    out.add(SUB + "Rule: " + citations.rule(c.ruleId()));
  }

  private static String hydration(Hydration h) {
    String volume =
        h.minMl() == h.maxMl() ? h.minMl() + " mL" : h.minMl() + "-" + h.maxMl() + " mL";
    return volume + " normal saline " + h.when();
  }

  private static void alerts(List<String> out, List<Alert> alerts, Citations citations) {
    if (alerts.isEmpty()) {
      return;
    }
    section(out, "Alerts:");
    for (AlertSeverity severity : SEVERITY_ORDER) {
      List<Alert> group = alerts.stream().filter(a -> a.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.add("  " + capitalised(severity.name()) + ":");
      for (Alert a : group) {
        out.add(
            "    - "
                + Escape.text(a.message())
                + " ("
                + a.code()
                + "; "
                + citations.rule(a.ruleId())
                + ")");
      }
    }
  }

  private static void rationale(
      List<String> out, List<RationaleEntry> entries, Citations citations) {
    List<RationaleEntry> advice =
        entries.stream().filter(e -> e.ruleId().id().startsWith(ADVICE_PREFIX)).toList();
    List<RationaleEntry> rules =
        entries.stream().filter(e -> !e.ruleId().id().startsWith(ADVICE_PREFIX)).toList();
    if (!advice.isEmpty()) {
      section(out, "Advice:");
      for (RationaleEntry e : advice) {
        out.add(ITEM + e.text() + " " + citations.cite(e.source()));
      }
    }
    if (!rules.isEmpty()) {
      section(out, "Why (rules that fired):");
      for (RationaleEntry e : rules) {
        out.add(ITEM + e.ruleId().id() + ": " + e.text() + " " + citations.cite(e.source()));
      }
    }
  }

  private static void assessment(List<String> out, Assessment a) {
    section(out, "Assessment (rounded for display only; doses use the unrounded values):");
    out.add(
        "  Creatinine clearance (Cockcroft-Gault): "
            + a.creatinineClearance()
                .map(c -> format(c.mlPerMin(), CLEARANCE_DECIMALS) + " mL/min")
                .orElse("not applicable"));
    out.add(
        "  Creatinine clearance per kg (foscarnet): "
            + a.creatinineClearancePerKg()
                .map(c -> format(c.mlPerMinPerKg(), CLEARANCE_PER_KG_DECIMALS) + " mL/min/kg")
                .orElse("not applicable"));
    out.add(
        "  eGFR (bedside Schwartz): "
            + a.egfr()
                .map(e -> format(e.mlPerMinPer173(), CLEARANCE_DECIMALS) + " mL/min/1.73 m2")
                .orElse("not applicable"));
    out.add("  Dosing weight: " + kg(a.dosingWeight()));
    out.add(
        "  Ideal body weight: "
            + a.idealBodyWeight().map(ExplainText::kg).orElse("not applicable"));
    out.add(
        "  Adjusted body weight: "
            + a.adjustedBodyWeight().map(ExplainText::kg).orElse("not applicable"));
    out.add(
        "  Body surface area: " + format(a.bodySurfaceArea().squareMetres(), BSA_DECIMALS) + " m2");
    out.add("  Renal replacement: " + words(a.renalReplacement()));
    out.add("  Paediatric rules (under 18): " + (a.paediatric() ? "yes" : "no"));
  }

  private static String kg(Mass m) {
    return format(m.kilograms(), WEIGHT_DECIMALS) + " kg";
  }

  private static void section(List<String> out, String heading) {
    out.add("");
    out.add(heading);
  }

  /**
   * Returns a drug's name as a person writes it at the start of a line, e.g. "Ganciclovir".
   *
   * @param drug the drug
   * @return the capitalised INN
   */
  static String drugName(Drug drug) {
    return capitalised(drug.name());
  }

  /**
   * Returns the name of a monitoring test as clinical basis §6 writes it.
   *
   * @param test the test
   * @return the name
   */
  static String testName(MonitoringTest test) {
    return switch (test) {
      case CMV_PCR -> "CMV PCR (plasma)";
      case CBC -> "CBC with differential";
      case SERUM_CREATININE -> "Serum creatinine";
      case ELECTROLYTES -> "Electrolytes (ionised calcium, magnesium, potassium, phosphate)";
      case URINE_PROTEIN -> "Urine protein";
      case CSF_CMV_PCR -> "CSF CMV PCR";
      case OPHTHALMOLOGY_EXAM -> "Ophthalmology examination";
      case CD4_COUNT -> "CD4 count";
    };
  }

  private static String capitalised(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT);
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }

  /** The JSON form of an enum constant: its name in lower case. */
  private static String jsonWord(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** An enum constant as words: "stop_maintenance" reads "stop maintenance". */
  private static String words(Enum<?> e) {
    return jsonWord(e).replace('_', ' ');
  }
}
