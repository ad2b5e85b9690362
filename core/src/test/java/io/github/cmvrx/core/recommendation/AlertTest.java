package io.github.cmvrx.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An alert's hand-written equality: equal components are equal; any one component differing is not. */
class AlertTest {
  private static final Alert ALERT =
      new Alert(
          AlertSeverity.WARNING,
          "cbc_unknown",
          Message.of(MessageKey.CBC_UNKNOWN, List.of("labs.ancPerUl")),
          RuleId.ADV_IMMUNOSUPPRESSION);

  @Test
  void equalComponents_equalAndSameHash() {
    Alert same =
        new Alert(
            AlertSeverity.WARNING,
            "cbc_unknown",
            Message.of(MessageKey.CBC_UNKNOWN, List.of("labs.ancPerUl")),
            RuleId.ADV_IMMUNOSUPPRESSION);
    assertThat(same).isEqualTo(ALERT).hasSameHashCodeAs(ALERT);
  }

  @Test
  void eachComponentDiffering_notEqual() {
    assertThat(
            List.of(
                new Alert(AlertSeverity.INFO, ALERT.code(), ALERT.text(), ALERT.ruleId()),
                new Alert(ALERT.severity(), "other", ALERT.text(), ALERT.ruleId()),
                new Alert(
                    ALERT.severity(),
                    ALERT.code(),
                    Message.of(MessageKey.CBC_UNKNOWN, List.of("labs.plateletsPerUl")),
                    ALERT.ruleId()),
                new Alert(ALERT.severity(), ALERT.code(), ALERT.text(), RuleId.ADV_HIV_ART)))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(ALERT));
    assertThat(ALERT).isNotEqualTo(null).isNotEqualTo("cbc_unknown");
  }
}
