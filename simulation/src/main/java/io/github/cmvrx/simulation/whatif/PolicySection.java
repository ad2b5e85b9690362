package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.dosing.policy.PolicyDiff;
import io.github.cmvrx.simulation.report.Html;
import java.util.List;
import java.util.Map;

/** The top of the report: what each policy changes, version, date, command, disclaimer. */
final class PolicySection implements Section {
  static final String DISCLAIMER =
      "Clinical disclaimer: cmvrx is decision support on synthetic patients. It does not replace"
          + " the clinician, the pharmacist, the infectious-diseases or transplant team, or the drug"
          + " labels; every local table and cut-off must be reviewed and every dose verified against"
          + " the current product information before use.";

  private final WhatIfRun run;

  PolicySection(WhatIfRun run) {
    this.run = run;
  }

  @Override
  public void tables(Map<String, Table> out) {
    Table.Builder t =
        new Table.Builder("policy", "file", "kind", "key", "label_default", "policy_value", "where");
    String[] names = {"a", "b"};
    for (int p = 0; p < 2; p++) {
      List<PolicyDiff.Row> rows = PolicyDiff.of(run.policies().get(p));
      if (rows.isEmpty()) {
        t.row(names[p], run.policyNames().get(p), "none", "", "", "", "label defaults");
      }
      for (PolicyDiff.Row r : rows) {
        t.row(names[p], run.policyNames().get(p), r.kind(), r.key(), r.label(), r.local(), r.where());
      }
    }
    out.put("policies", t.build());
  }

  @Override
  public void html(Html h, Map<String, Table> tables) {
    h.raw("<p class=\"note\">" + Html.escape(DISCLAIMER) + "</p>\n");
    h.raw(
        "<p>cmvrx "
            + Html.escape(run.version())
            + ", run on "
            + Html.escape(run.date())
            + ". Cohort <b>"
            + Html.escape(run.cohort())
            + "</b>, seed "
            + run.seed()
            + ", from patient index "
            + run.first()
            + ". Reproduce (any number of threads gives identical files):<br><code>"
            + Html.escape(run.command())
            + "</code></p>\n");
    h.heading("What each policy changes (policy check)");
    for (int p = 0; p < 2; p++) {
      h.raw(
          "<p><b>Policy "
              + (p == 0 ? "a" : "b")
              + "</b>: <code>"
              + Html.escape(run.policyNames().get(p))
              + "</code></p>\n<ul>");
      for (String line : PolicyDiff.lines(run.policies().get(p))) {
        h.raw("<li>" + Html.escape(line) + "</li>");
      }
      h.raw("</ul>\n");
    }
  }
}
