package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Html;
import java.util.Map;

/**
 * One section of the what-if report: the tables it contributes (written as CSV files and JSON
 * arrays under their names) and its part of the HTML page. A new section (for example an
 * exposure section) is one more implementation added to {@link WhatIfReport#sections}.
 */
interface Section {
  /**
   * Adds this section's tables.
   *
   * @param out file name (no extension) to table, in report order
   */
  void tables(Map<String, Table> out);

  /**
   * Adds this section to the page.
   *
   * @param h the page
   * @param tables every table of the report, by name
   */
  void html(Html h, Map<String, Table> tables);

  /**
   * Whether this section's JSON arrays and fields are named in camelCase (the exposure section,
   * whose names were published that way with issue 14) rather than as its CSV names.
   *
   * @return true for camelCase JSON names
   */
  default boolean camelCaseJson() {
    return false;
  }
}
