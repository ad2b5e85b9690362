package io.github.cmvrx.dosing.calc;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.internal.ExactLists;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.policy.WeightBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the alerts and rationale of one dose decision; local to one call, never shared. The
 * entries go into plain arrays, made when the first entry comes, and leave as immutable lists of
 * exactly their size, which the decision keeps as they are (no second copy). The entries are
 * never null, so an array's first null marks its end: no count fields, and a note of 24 bytes
 * rather than 32.
 */
final class DoseNotes {
  /**
   * Rationale entries a dose usually has at most (foscarnet: band, infusion, hydration, weight
   * basis); more grow the array.
   */
  private static final int RATIONALE_CAPACITY = 4;

  /**
   * Alerts a dose usually has at most: one of the weight basis (obesity, or IBW undefined; never
   * both), then a specialist review or an off-label or not-computable alert; more grow the array.
   * Two references take the same 24 bytes as one (an array of three takes 32).
   */
  private static final int ALERT_CAPACITY = 2;

  private final DoseContext ctx;
  private Alert @Nullable [] alerts;
  private RationaleEntry @Nullable [] rationale;

  DoseNotes(DoseContext ctx) {
    this.ctx = ctx;
  }

  void why(RuleId rule, Message text) {
    add(RationaleEntry.of(rule, text));
  }

  void why(RuleId rule, Message text, Source source) {
    add(new RationaleEntry(rule, text, source));
  }

  void add(RationaleEntry entry) {
    requireNonNull(entry, "entry");
    RationaleEntry[] to = rationale;
    if (to == null) {
      to = new RationaleEntry[RATIONALE_CAPACITY];
      rationale = to;
    }
    int n = size(to);
    if (n == to.length) {
      to = Arrays.copyOf(to, n * 2);
      rationale = to;
    }
    to[n] = entry;
  }

  void alert(AlertSeverity severity, String code, Message message, RuleId rule) {
    Alert[] to = alerts;
    if (to == null) {
      to = new Alert[ALERT_CAPACITY];
      alerts = to;
    }
    int n = size(to);
    if (n == to.length) {
      to = Arrays.copyOf(to, n * 2);
      alerts = to;
    }
    to[n] = new Alert(severity, code, message, rule);
  }

  /** How many entries {@code a} holds: the index of its first null, or its length when full. */
  static int size(@Nullable Object @Nullable [] a) {
    if (a == null) {
      return 0;
    }
    int n = 0;
    while (n < a.length && a[n] != null) {
      n++;
    }
    return n;
  }

  /** The alerts so far, as an immutable list. */
  List<Alert> alerts() {
    return ExactLists.of(alerts, size(alerts));
  }

  /** The rationale so far, as an immutable list. */
  List<RationaleEntry> rationale() {
    return ExactLists.of(rationale, size(rationale));
  }

  /** A computed dose below 1 mg cannot be measured from the labelled preparation. */
  DoseDecision.NotComputable belowOneMg(Drug drug, double computedMg) {
    return notComputable(
        drug, Message.of(MessageKey.DOSE_BELOW_ONE_MG, computedMg), RuleId.DOSE_WEIGHT_BASIS);
  }

  /** Weight-basis alerts: obesity (ADV-OBESITY-WEIGHT) and IBW undefined (DOSE-IBW-UNDEFINED). */
  DoseNotes weight(boolean weightBased) {
    Assessment assessment = ctx.assessment;
    if (assessment.adjustedBodyWeight().isPresent()) {
      alert(
          AlertSeverity.WARNING,
          "obesity_weight_basis",
          Message.of(
              weightBased
                  ? MessageKey.OBESITY_WEIGHT_BASIS_MG_PER_KG
                  : MessageKey.OBESITY_WEIGHT_BASIS_CG,
              ctx.patientCase.patient().weight().kilograms(),
              assessment.idealBodyWeight().orElseThrow().kilograms()),
          RuleId.ADV_OBESITY_WEIGHT);
    }
    if (assessment.idealBodyWeight().isEmpty()) {
      // Ideal body weight is needed for the obesity check of an adult's weight basis and for a
      // policy that doses or estimates CrCl on ideal or adjusted weight; never otherwise
      // (issue 11 item 12: children under 152 cm on the default policy).
      boolean adult = !assessment.paediatric();
      List<Message> needs = new ArrayList<>(3);
      if (adult) {
        needs.add(Message.of(MessageKey.IBW_NEEDED_FOR_OBESITY_CHECK));
      }
      if (weightBased && ctx.policy.dosingWeight() != WeightBasis.ACTUAL) {
        needs.add(Message.of(MessageKey.IBW_NEEDED_FOR_DOSING_WEIGHT, ctx.policy.dosingWeight()));
      }
      if (adult && ctx.policy.crclWeight() != WeightBasis.ACTUAL) {
        needs.add(Message.of(MessageKey.IBW_NEEDED_FOR_CG_WEIGHT, ctx.policy.crclWeight()));
      }
      if (!needs.isEmpty()) {
        alert(
            AlertSeverity.WARNING,
            "ibw_undefined",
            Message.of(
                MessageKey.IBW_UNDEFINED,
                ctx.patientCase.patient().height().centimetres(),
                List.copyOf(needs)),
            RuleId.DOSE_IBW_UNDEFINED);
      }
    }
    return this;
  }

  /** The paediatric specialist-review warning for a renal adjustment in a child. */
  void paediatricAdjustment() {
    if (ctx.assessment.paediatric()) {
      alert(
          AlertSeverity.WARNING,
          "paediatric_renal_review",
          Message.of(MessageKey.PAEDIATRIC_RENAL_REVIEW),
          RuleId.DOSE_PAEDIATRIC_RENAL);
      why(RuleId.DOSE_PAEDIATRIC_RENAL, Message.of(MessageKey.PAEDIATRIC_RENAL_ADJUSTMENT));
    }
  }

  DoseDecision.Dosed dosed(RegimenComponent component) {
    return new DoseDecision.Dosed(component, alerts(), rationale());
  }

  /**
   * A dose that cannot be computed, with a critical alert whose code names the rule: {@code
   * no_label_dose} (DOSE-NO-LABEL-DOSE), {@code foscarnet_paediatric_dosing}
   * (DOSE-FOS-PAEDIATRIC), {@code paediatric_renal_dosing} (DOSE-PAEDIATRIC-RENAL), {@code
   * dose_below_one_mg} (DOSE-WEIGHT-BASIS).
   */
  DoseDecision.NotComputable notComputable(Drug drug, Message reason, RuleId rule) {
    String code;
    MessageKey who;
    switch (rule) {
      case DOSE_FOS_PAEDIATRIC -> {
        code = "foscarnet_paediatric_dosing";
        who = MessageKey.PAEDIATRIC_SPECIALIST_DOSING;
      }
      case DOSE_PAEDIATRIC_RENAL -> {
        code = "paediatric_renal_dosing";
        who = MessageKey.PAEDIATRIC_SPECIALIST_DOSING;
      }
      case DOSE_WEIGHT_BASIS -> {
        code = "dose_below_one_mg";
        who = MessageKey.SPECIALIST_PHARMACY_PREPARATION;
      }
      default -> {
        code = "no_label_dose";
        who = MessageKey.NEPHROLOGY_ID_PHARMACY;
      }
    }
    alert(
        AlertSeverity.CRITICAL,
        code,
        Message.of(MessageKey.DOSE_NOT_COMPUTABLE, drug, reason, Message.of(who)),
        rule);
    why(rule, reason);
    return new DoseDecision.NotComputable(drug, reason, rule, alerts(), rationale());
  }
}
