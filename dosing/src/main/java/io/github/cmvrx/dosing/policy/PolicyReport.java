package io.github.cmvrx.dosing.policy;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.text.NumberText;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.TableId;
import java.util.Locale;

/**
 * The text {@code policy check} prints for a valid policy: the policy resolved (every choice and
 * cut-off with its unit, whether it is the label default, and every table in force with where it
 * comes from), then row by row how it differs from the label defaults ({@link PolicyDiff}). Pure.
 */
public final class PolicyReport {
  private PolicyReport() {}

  /**
   * Returns the report.
   *
   * @param name how the policy is named (its file)
   * @param policy the valid policy
   * @return the text, ending with a newline
   */
  public static String text(String name, Policy policy) {
    requireNonNull(name, "name");
    requireNonNull(policy, "policy");
    Policy d = Policy.defaults();
    StringBuilder s = new StringBuilder();
    s.append("policy ").append(name).append(": valid\n\nresolved:\n");
    line(s, "dosingWeight", lower(policy.dosingWeight()), lower(d.dosingWeight()));
    line(s, "crclWeight", lower(policy.crclWeight()), lower(d.crclWeight()));
    line(
        s,
        "foscarnetInduction",
        policy.foscarnetInduction().jsonName(),
        d.foscarnetInduction().jsonName());
    line(
        s,
        "foscarnetMaintenance",
        policy.foscarnetMaintenance().jsonName() + " mg/kg/day",
        d.foscarnetMaintenance().jsonName() + " mg/kg/day");
    line(
        s,
        "roundingMg",
        NumberText.plain(policy.roundingMg()) + " mg",
        NumberText.plain(d.roundingMg()) + " mg");
    for (CutOff c : CutOff.values()) {
      line(
          s,
          c.key(),
          CutOff.text(policy.cutOffs().get(c)) + " " + c.unit(),
          CutOff.text(c.labelDefault()) + " " + c.unit());
    }
    s.append("tables:\n");
    for (TableId id : TableId.values()) {
      DoseTable t = policy.doseTables().get(id);
      s.append(String.format(Locale.ROOT, "  %-28s ", id.csvName()));
      if (t.isLocal()) {
        DoseRow top = t.fullDose();
        s.append("LOCAL ")
            .append(top.local().orElseThrow().file())
            .append(" (")
            .append(t.rows().size())
            .append(" rows, replaces the label table)\n");
      } else {
        s.append("label (").append(t.fullDose().source().key()).append(")\n");
      }
    }
    s.append("\ndifferences from the label defaults, row by row:\n");
    for (String l : PolicyDiff.lines(policy)) {
      s.append("  ").append(l).append('\n');
    }
    return s.toString();
  }

  private static void line(StringBuilder s, String key, String value, String label) {
    s.append(String.format(Locale.ROOT, "  %-28s %s", key, value));
    s.append(value.equals(label) ? " (label default)\n" : " (local; label default " + label + ")\n");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
