package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.testing.CaseDraft;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notes of a dose hold exactly the entries added, in order, however many: past the first
 * array (4 rationale entries, 3 alerts) and past its doubling.
 */
class DoseNotesTest {

  private static DoseNotes notes() {
    return new DoseNotes(CaseDosing.of(CaseDraft.unitCockcroftGault().build(), Policy.defaults()));
  }

  @Test
  void none_emptyLists() {
    DoseNotes notes = notes();

    assertThat(notes.alerts()).isEmpty();
    assertThat(notes.rationale()).isEmpty();
  }

  @Test
  void anyNumberOfEntries_keptInOrder() {
    qt().withFixedSeed(20261124L)
        .forAll(integers().between(0, 20), integers().between(0, 20))
        .checkAssert(
            (entries, alerts) -> {
              DoseNotes notes = notes();
              List<RationaleEntry> expectedRationale = new ArrayList<>();
              List<Alert> expectedAlerts = new ArrayList<>();
              for (int i = 0; i < Math.max(entries, alerts); i++) {
                Message text = Message.verbatim("note " + i);
                if (i < entries) {
                  notes.why(RuleId.DOSE_WEIGHT_BASIS, text);
                  expectedRationale.add(RationaleEntry.of(RuleId.DOSE_WEIGHT_BASIS, text));
                }
                if (i < alerts) {
                  notes.alert(AlertSeverity.WARNING, "code_" + i, text, RuleId.DOSE_WEIGHT_BASIS);
                  expectedAlerts.add(
                      new Alert(AlertSeverity.WARNING, "code_" + i, text, RuleId.DOSE_WEIGHT_BASIS));
                }
              }
              assertThat(notes.rationale()).containsExactlyElementsOf(expectedRationale);
              assertThat(notes.alerts()).containsExactlyElementsOf(expectedAlerts);
            });
  }

  @Test
  void size_countsUpToTheFirstNull() {
    assertThat(DoseNotes.size(null)).isZero();
    assertThat(DoseNotes.size(new Object[4])).isZero();
    assertThat(DoseNotes.size(new Object[] {"a", "b", null, null})).isEqualTo(2);
    assertThat(DoseNotes.size(new Object[] {"a", "b", "c"})).isEqualTo(3);
  }
}
