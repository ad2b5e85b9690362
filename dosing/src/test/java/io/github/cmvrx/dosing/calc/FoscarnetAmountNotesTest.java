package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.dosing.calc.FoscarnetDosing.AmountNotes;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The infusion time and the saline of a foscarnet dose depend on its amount (mg/kg) alone
 * (clinical basis §3.3): at most 1 mg/kg/min, over 120 minutes at least; 750-1000 mL with each
 * infusion above 60 mg/kg, 500 mL up to 60 mg/kg. Those of the label tables' amounts are made
 * once and shared; they must equal what working them out afresh gives, and a local table's
 * amount is worked out afresh.
 */
class FoscarnetAmountNotesTest {

  private static List<DoseRow> labelRows() {
    DoseTables standard = DoseTables.standard();
    List<DoseRow> rows = new ArrayList<>();
    for (FoscarnetInductionScheme s : FoscarnetInductionScheme.values()) {
      rows.addAll(standard.get(TableId.foscarnet(s)).bands());
    }
    for (FoscarnetMaintenanceScheme s : FoscarnetMaintenanceScheme.values()) {
      rows.addAll(standard.get(TableId.foscarnet(s)).bands());
    }
    return rows;
  }

  @Test
  void everyLabelAmount_isShared_andEqualsTheWorkingDoneAfresh() {
    List<DoseRow> rows = labelRows();
    assertThat(rows).isNotEmpty();
    for (DoseRow row : rows) {
      AmountNotes kept = AmountNotes.of(row.amount());
      assertThat(AmountNotes.of(row.amount())).as("amount %s", row.amount()).isSameAs(kept);
      assertThat(kept).isEqualTo(AmountNotes.build(row.amount()));
    }
  }

  @Test
  void sixtyMgPerKg_over120Minutes_with500mL() {
    // 60 mg/kg at 1 mg/kg/min takes 60 min, below the 120 min chosen; 60 is not above 60.
    AmountNotes n = AmountNotes.of(60);

    assertThat(n.infusionMinutes().getAsInt()).isEqualTo(120);
    assertThat(n.hydration().orElseThrow().minMl()).isEqualTo(500);
    assertThat(n.hydration().orElseThrow().maxMl()).isEqualTo(500);
    assertThat(n.infusionWhy().text())
        .isEqualTo("infuse over 120 minutes, never faster than 1 mg/kg/min");
    assertThat(n.hydrationWhy().text())
        .isEqualTo(
            "750-1000 mL saline before the first infusion; 500 mL with each infusion of 60 mg/kg");
  }

  @Test
  void ninetyMgPerKg_over120Minutes_with750To1000mL() {
    AmountNotes n = AmountNotes.of(90);

    assertThat(n.infusionMinutes().getAsInt()).isEqualTo(120);
    assertThat(n.hydration().orElseThrow().minMl()).isEqualTo(750);
    assertThat(n.hydration().orElseThrow().maxMl()).isEqualTo(1000);
    assertThat(n.hydrationWhy().text())
        .isEqualTo(
            "750-1000 mL saline before the first infusion; 750-1000 mL with each infusion of 90"
                + " mg/kg");
  }

  @Test
  void aLocalAmount_isWorkedOutAfresh() {
    // 150 mg/kg is in no label table: at 1 mg/kg/min it takes 150 minutes, longer than 120.
    AmountNotes n = AmountNotes.of(150);

    assertThat(AmountNotes.of(150)).isNotSameAs(n).isEqualTo(n);
    assertThat(n.infusionMinutes().getAsInt()).isEqualTo(150);
    assertThat(n.hydration().orElseThrow().maxMl()).isEqualTo(1000);
  }

  @Test
  void anyAmount_followsTheRateAndHydrationRules() {
    qt().forAll(doubles().between(1, 300))
        .checkAssert(
            mgPerKg -> {
              AmountNotes n = AmountNotes.of(mgPerKg);
              assertThat(n).isEqualTo(AmountNotes.build(mgPerKg));
              assertThat(n.mgPerKg()).isEqualTo(mgPerKg);
              int minutes = n.infusionMinutes().getAsInt();
              // Never faster than 1 mg/kg/min, never under 120 minutes, no minute more.
              assertThat(mgPerKg / minutes).isLessThanOrEqualTo(1);
              assertThat(minutes).isGreaterThanOrEqualTo(120);
              assertThat(minutes == 120 || mgPerKg / (minutes - 1) > 1).isTrue();
              Hydration h = n.hydration().orElseThrow();
              assertThat(h.maxMl()).isEqualTo(mgPerKg > 60 ? 1000 : 500);
              assertThat(h.minMl()).isEqualTo(mgPerKg > 60 ? 750 : 500);
            });
  }
}
