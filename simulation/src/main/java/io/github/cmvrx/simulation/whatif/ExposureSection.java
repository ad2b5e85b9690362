package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Html;
import java.util.List;
import java.util.Map;

/**
 * Ganciclovir exposure (issue 14, {@code whatif --exposure}): the exposure tables, their JSON
 * arrays (camelCase names, as published) and the HTML section with distribution charts on which
 * the reference range is drawn. Present only when the run estimated exposure.
 */
final class ExposureSection implements Section {
  private final ExposureTally x;

  ExposureSection(ExposureTally x) {
    this.x = x;
  }

  @Override
  public void tables(Map<String, Table> out) {
    for (Map.Entry<String, List<List<String>>> e : ExposureReport.tables(x).entrySet()) {
      List<List<String>> rows = e.getValue();
      out.put(e.getKey(), new Table(rows.get(0), rows.subList(1, rows.size())));
    }
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    ExposureReport.html(h, x, tables);
  }

  @Override
  public boolean camelCaseJson() {
    return true;
  }
}
