package io.github.cmvrx.dosing.policy;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.text.NumberText;
import io.github.cmvrx.dosing.table.AmountUnit;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTable;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a policy differs from the label defaults, row by row: each choice, each cut-off and each
 * row of each local table that is not as the label has it. Pure; used by {@code policy check} and
 * at the top of the what-if report.
 */
public final class PolicyDiff {
  private PolicyDiff() {}

  /**
   * One difference.
   *
   * @param kind {@code choice}, {@code cut-off} or {@code table}
   * @param key the policy key, or {@code table name: row}
   * @param label the label default (empty when a local table adds a row)
   * @param local the policy's value (empty when a local table drops a label row)
   * @param where the file and line of a local row, or the accepted range of a cut-off
   */
  public record Row(String kind, String key, String label, String local, String where) {
    /** Creates the value. */
    public Row {
      requireNonNull(kind, "kind");
      requireNonNull(key, "key");
      requireNonNull(label, "label");
      requireNonNull(local, "local");
      requireNonNull(where, "where");
    }
  }

  /**
   * Returns every difference of {@code policy} from the label defaults, in a fixed order: the
   * choices, the cut-offs, then each local table row by row (bands from the highest down, then the
   * haemodialysis and CRRT rows).
   *
   * @param policy the policy
   * @return the differences; empty for the defaults
   */
  public static List<Row> of(Policy policy) {
    requireNonNull(policy, "policy");
    Policy d = Policy.defaults();
    List<Row> rows = new ArrayList<>();
    choice(rows, "dosingWeight", name(d.dosingWeight()), name(policy.dosingWeight()));
    choice(rows, "crclWeight", name(d.crclWeight()), name(policy.crclWeight()));
    choice(
        rows,
        "foscarnetInduction",
        d.foscarnetInduction().jsonName(),
        policy.foscarnetInduction().jsonName());
    choice(
        rows,
        "foscarnetMaintenance",
        d.foscarnetMaintenance().jsonName(),
        policy.foscarnetMaintenance().jsonName());
    choice(rows, "roundingMg", plain(d.roundingMg()), plain(policy.roundingMg()));
    for (Map.Entry<CutOff, Double> e : policy.cutOffs().local().entrySet()) {
      CutOff c = e.getKey();
      rows.add(
          new Row(
              "cut-off",
              c.key(),
              CutOff.text(c.labelDefault()) + " " + c.unit(),
              CutOff.text(e.getValue()) + " " + c.unit(),
              "accepted [" + CutOff.text(c.min()) + ", " + CutOff.text(c.max()) + "] " + c.unit()
                  + "; " + c.basis()));
    }
    for (TableId id : TableId.values()) {
      DoseTable local = policy.localTables().get(id);
      if (local != null) {
        table(rows, DoseTables.standard().get(id), local);
      }
    }
    return rows;
  }

  private static void choice(List<Row> rows, String key, String label, String local) {
    if (!label.equals(local)) {
      rows.add(new Row("choice", key, label, local, ""));
    }
  }

  private static void table(List<Row> rows, DoseTable label, DoseTable local) {
    String name = label.id().csvName();
    List<DoseRow> labelRows = label.rows();
    List<DoseRow> localRows = local.rows();
    for (DoseRow row : localRows) {
      Optional<DoseRow> same = labelRows.stream().filter(l -> sameKey(l, row)).findFirst();
      String where = row.local().map(o -> o.where() + "; source: " + o.source()).orElse("");
      if (same.isEmpty()) {
        rows.add(new Row("table", name + ": " + key(row), "(no such row)", describe(row), where));
      } else if (!sameDose(same.get(), row)) {
        rows.add(new Row("table", name + ": " + key(row), describe(same.get()), describe(row),
            where));
      }
    }
    for (DoseRow l : labelRows) {
      if (localRows.stream().noneMatch(r -> sameKey(l, r))) {
        rows.add(new Row("table", name + ": " + key(l), describe(l), "(dropped)",
            local.fullDose().local().map(o -> o.file()).orElse("")));
      }
    }
  }

  private static boolean sameKey(DoseRow a, DoseRow b) {
    return a.basis() == b.basis() && a.band().equals(b.band());
  }

  private static boolean sameDose(DoseRow a, DoseRow b) {
    return Double.compare(a.amount(), b.amount()) == 0
        && a.unit() == b.unit()
        && a.schedule().equals(b.schedule())
        && a.offLabel() == b.offLabel();
  }

  private static String key(DoseRow row) {
    return row.band()
        .map(b -> "band " + b + (row.basis().name().endsWith("_KG") ? " mL/min/kg" : " mL/min"))
        .orElse(row.basis().name().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns a row's dose for a person: e.g. {@code 2.5 mg/kg every 12 h} or {@code 1.25 mg/kg 3
   * times a week after dialysis, off-label}.
   *
   * @param row the row
   * @return the text
   */
  public static String describe(DoseRow row) {
    String amount = plain(row.amount()) + (row.unit() == AmountUnit.MG_PER_KG ? " mg/kg" : " mg");
    String when =
        row.schedule().timesPerWeek().isPresent()
            ? row.schedule().timesPerWeek().getAsInt() + " times a week"
            : "every " + row.schedule().intervalHours().getAsInt() + " h";
    return amount
        + " "
        + when
        + (row.schedule().afterDialysis() ? " after dialysis" : "")
        + (row.offLabel() ? ", off-label" : "");
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String plain(double v) {
    return NumberText.plain(v);
  }

  /**
   * Returns the differences as lines for a person, one per row, or one line saying there is none.
   *
   * @param policy the policy
   * @return the lines
   */
  public static List<String> lines(Policy policy) {
    List<Row> rows = of(policy);
    if (rows.isEmpty()) {
      return List.of("no difference from the label defaults");
    }
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          r.kind()
              + " "
              + r.key()
              + ": label "
              + r.label()
              + " -> "
              + r.local()
              + (r.where().isEmpty() ? "" : " (" + r.where() + ")"));
    }
    return out;
  }
}
