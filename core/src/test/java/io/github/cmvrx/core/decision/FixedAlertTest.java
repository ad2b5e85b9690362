package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * An alert held as a {@link FixedAlert} is recorded exactly as the same alert raised with its
 * severity, code, message and rule: the alert appended, the rule's entry added only if the rule
 * has not fired.
 */
class FixedAlertTest {

  @Test
  void alert_fixed_recordsWhatTheSameAlertRaisedDirectlyRecords() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            arbitrary().enumValues(AlertSeverity.class),
            arbitrary().enumValues(MessageKey.class),
            arbitrary().enumValues(RuleId.class),
            integers().between(0, 3))
        .checkAssert(
            (severity, key, rule, before) -> {
              // Bit 1: another alert raised before; bit 2: the rule fired before.
              boolean otherAlertBefore = (before & 1) != 0;
              boolean ruleFiredBefore = (before & 2) != 0;
              Ledger direct = new Ledger();
              Ledger fixed = new Ledger();
              for (Ledger l : new Ledger[] {direct, fixed}) {
                if (otherAlertBefore) {
                  l.alert(
                      AlertSeverity.INFO, "other", Message.verbatim("raised before"), RuleId.ADV_G_CSF);
                }
                if (ruleFiredBefore) {
                  l.fire(rule, Message.verbatim("fired before"));
                }
              }
              direct.alert(severity, "code", Message.of(key), rule);
              fixed.alert(FixedAlert.of(severity, "code", key, rule));
              assertThat(new ArrayList<Alert>(fixed.alerts))
                  .isEqualTo(new ArrayList<Alert>(direct.alerts));
              assertThat(new ArrayList<RationaleEntry>(fixed.rationale))
                  .isEqualTo(new ArrayList<RationaleEntry>(direct.rationale));
            });
  }

  @Test
  void alert_fixedTwice_listedTwiceWithOneEntry() {
    FixedAlert art =
        FixedAlert.of(AlertSeverity.INFO, "optimise_art", MessageKey.OPTIMISE_ART, RuleId.ADV_HIV_ART);
    Ledger ledger = new Ledger();
    ledger.alert(art);
    ledger.alert(art);
    Alert expected =
        new Alert(
            AlertSeverity.INFO, "optimise_art", Message.of(MessageKey.OPTIMISE_ART), RuleId.ADV_HIV_ART);
    assertThat(ledger.alerts).containsExactly(expected, expected);
    assertThat(ledger.rationale)
        .containsExactly(RationaleEntry.of(RuleId.ADV_HIV_ART, Message.of(MessageKey.OPTIMISE_ART)));
  }
}
