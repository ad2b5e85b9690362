package io.github.cmvrx.simulation.whatif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cmvrx.simulation.report.Html;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a what-if tally (report v2): a text summary, {@code whatif.json}, one CSV per table and a
 * self-contained {@code report.html} (no script, no network; readable at 1280 px). The report is
 * made of {@link Section}s, in order: what each policy changes, how many patients change, who they
 * are, by how much doses move, regimen moves, rules fired. JSON and CSV are a pure function of the
 * run description and the tally (no date, no machine detail), so 1 and N threads give identical
 * files; the date appears in the HTML only.
 */
public final class WhatIfReport {
  /** The tool name written in the JSON. */
  public static final String TOOL = "cmvrx whatif";

  /** The version of the JSON and CSV layout; 2 since issue 13 (units in column names). */
  public static final int SCHEMA_VERSION = 2;

  private final WhatIfRun run;
  private final WhatIfTally t;

  /**
   * Creates the report of one run.
   *
   * @param run what the run was
   * @param t the tally of the run
   */
  public WhatIfReport(WhatIfRun run, WhatIfTally t) {
    this.run = Objects.requireNonNull(run, "run");
    this.t = Objects.requireNonNull(t, "t");
  }

  /** The sections, in report order; add a section here to extend the report. */
  List<Section> sections() {
    List<Section> s =
        new ArrayList<>(
            List.of(
                new PolicySection(run),
                new ChangesSection(run, t),
                new WhoSection(t),
                new DoseSection(t),
                new RegimenSection(t),
                new RulesSection(t)));
    ExposureTally x = t.exposure;
    if (x != null) {
      s.add(new ExposureSection(x));
    }
    return s;
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The tables, by file name (without extension), in report order. */
  Map<String, Table> tables() {
    Map<String, Table> m = new LinkedHashMap<>();
    for (Section s : sections()) {
      s.tables(m);
    }
    return m;
  }

  static void table(Html h, Map<String, Table> tables, String key) {
    Table t = Objects.requireNonNull(tables.get(key), key);
    h.table(t.header(), t.rows());
  }

  /**
   * Writes rows as CSV (a cell with a comma, quote or newline is quoted).
   *
   * @param rows header and data rows
   * @return the CSV text
   */
  static String csv(List<List<String>> rows) {
    return new Table(rows.get(0), rows.subList(1, rows.size())).csv();
  }

  /**
   * Returns the text summary printed on standard output.
   *
   * @return the summary, several lines
   */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "cmvrx whatif: cohort %s, seed %d, patients %d..%d%n  policy a: %s%n  policy b: %s%n",
            run.cohort(),
            run.seed(),
            run.first(),
            run.first() + t.patients - 1,
            run.policyA(),
            run.policyB()));
    s.append(
        String.format(
            Locale.ROOT,
            "patients %d, answered under a %d, under b %d, compared (both answered) %d%n",
            t.patients,
            t.answered[0],
            t.answered[1],
            t.pairs));
    ChangesSection changes = new ChangesSection(run, t);
    for (WhatIfTally.Change c : WhatIfTally.CHANGES) {
      long n = t.changed[c.ordinal()];
      s.append(
          String.format(
              Locale.ROOT,
              "  %-11s changed for %d of %d (%s)%n",
              name(c),
              n,
              changes.base(c),
              Format.percentText(Format.percentValue(n, changes.base(c)))));
    }
    s.append("daily dose (mg/day, exact median under a -> b):").append(System.lineSeparator());
    for (int d = 0; d < WhatIfTally.DRUGS.length; d++) {
      ExactCounts ha = t.dailyMg[0][d];
      ExactCounts hb = t.dailyMg[1][d];
      if (ha.count() + hb.count() == 0) {
        continue;
      }
      s.append(
          String.format(
              Locale.ROOT,
              "  %-15s %s -> %s (n %d -> %d)%n",
              name(WhatIfTally.DRUGS[d]),
              Format.mg(ha.percentile(50)),
              Format.mg(hb.percentile(50)),
              ha.count(),
              hb.count()));
    }
    if (t.exposure != null) {
      s.append(ExposureReport.summary(t.exposure));
    }
    return s.toString();
  }

  /**
   * Returns the JSON document: tool, schema version, run description, then every table as an
   * array of objects whose keys are the CSV column names (with their units).
   *
   * @return the JSON text
   */
  public String json() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("tool", TOOL);
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("cmvrxVersion", run.version());
      g.writeStringField("cohort", run.cohort());
      g.writeNumberField("seed", run.seed());
      g.writeNumberField("firstIndex", run.first());
      g.writeNumberField("patients", t.patients);
      g.writeStringField("policyA", run.policyA());
      g.writeStringField("policyB", run.policyB());
      g.writeStringField("command", run.command());
      g.writeArrayFieldStart("answered");
      g.writeNumber(t.answered[0]);
      g.writeNumber(t.answered[1]);
      g.writeEndArray();
      g.writeNumberField("compared", t.pairs);
      g.writeStringField("disclaimer", PolicySection.DISCLAIMER);
      for (Section s : sections()) {
        Map<String, Table> own = new LinkedHashMap<>();
        s.tables(own);
        boolean camel = s.camelCaseJson();
        for (Map.Entry<String, Table> e : own.entrySet()) {
          g.writeArrayFieldStart(camel ? camel(e.getKey()) : e.getKey());
          List<String> header = e.getValue().header();
          for (List<String> row : e.getValue().rows()) {
            g.writeStartObject();
            for (int i = 0; i < header.size(); i++) {
              g.writeFieldName(camel ? camel(header.get(i)) : header.get(i));
              writeCell(g, row.get(i));
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString() + "\n";
  }

  /** snake_case to camelCase, for sections whose JSON names are camelCase (exposure). */
  static String camel(String snake) {
    StringBuilder s = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        s.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return s.toString();
  }

  private static void writeCell(JsonGenerator g, String cell) throws IOException {
    if (cell.isEmpty()) {
      g.writeNull();
    } else if (cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
      g.writeNumber(cell);
    } else {
      g.writeString(cell);
    }
  }

  /**
   * Returns the self-contained HTML page.
   *
   * @return the HTML text
   */
  public String html() {
    Html h = new Html("cmvrx what-if: " + run.cohort() + ", policy a vs policy b");
    Map<String, Table> tables = tables();
    for (Section s : sections()) {
      s.html(h, tables);
    }
    h.raw("<p class=\"note\">" + Html.escape(PolicySection.DISCLAIMER) + "</p>\n");
    return h.render();
  }

  /**
   * Writes {@code whatif.json}, one CSV per table and {@code report.html} into a folder.
   *
   * @param dir the folder, created if missing
   * @throws IOException if a file cannot be written
   */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("whatif.json"), json(), StandardCharsets.UTF_8);
    for (Map.Entry<String, Table> e : tables().entrySet()) {
      Files.writeString(
          dir.resolve(e.getKey() + ".csv"), e.getValue().csv(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("report.html"), html(), StandardCharsets.UTF_8);
  }
}
