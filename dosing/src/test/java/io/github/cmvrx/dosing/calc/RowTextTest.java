package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.text.Renderer;
import io.github.cmvrx.dosing.table.AmountUnit;
import io.github.cmvrx.dosing.table.Basis;
import io.github.cmvrx.dosing.table.DoseRow;
import io.github.cmvrx.dosing.table.Schedule;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The text of a table row is made once per row and shared: the shared text is equal to one made
 * anew and states the row as the label does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RowTextTest {

  /** The ganciclovir haemodialysis row: 1.25 mg/kg 3 times a week after dialysis. */
  private static DoseRow haemodialysis() {
    return new DoseRow(
        Basis.INTERMITTENT_HEMODIALYSIS,
        Optional.empty(),
        1.25,
        AmountUnit.MG_PER_KG,
        new Schedule(OptionalInt.empty(), OptionalInt.of(3), true),
        false,
        Source.GCV_PI);
  }

  @Test
  void describe_sameRowTwice_sharedAndEqualToANewText() {
    DoseRow row = haemodialysis();

    assertThat(DoseContext.describe(row))
        .isSameAs(DoseContext.describe(row))
        .isEqualTo(DoseContext.rowText(row));
  }

  /** Rows are found by identity: an equal row of another table has an equal text. */
  @Test
  void describe_equalRows_equalTexts() {
    assertThat(DoseContext.describe(haemodialysis()))
        .isEqualTo(DoseContext.describe(haemodialysis()));
  }

  /**
   * More rows than the table keeps: each still gets its own text. Last, since it fills the
   * table.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void describe_manyRows_eachItsOwnText() {
    for (int n = 1; n <= 3000; n++) {
      DoseRow row =
          new DoseRow(
              Basis.INTERMITTENT_HEMODIALYSIS,
              Optional.empty(),
              n,
              AmountUnit.MG,
              Schedule.every(24),
              false,
              Source.GCV_PI);
      assertThat(Renderer.english().render(DoseContext.describe(row)))
          .isEqualTo(n + " mg every 24 h");
      assertThat(DoseContext.describe(row)).isEqualTo(DoseContext.rowText(row));
    }
  }

  @Test
  void describe_statesTheRow() {
    assertThat(Renderer.english().render(DoseContext.describe(haemodialysis())))
        .isEqualTo("1.25 mg/kg 3 times a week");
    DoseRow valganciclovir =
        new DoseRow(
            Basis.INTERMITTENT_HEMODIALYSIS,
            Optional.empty(),
            450,
            AmountUnit.MG,
            Schedule.every(48),
            false,
            Source.GCV_PI);
    assertThat(Renderer.english().render(DoseContext.describe(valganciclovir)))
        .isEqualTo("450 mg every 48 h");
  }
}
