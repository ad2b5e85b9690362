package io.github.cmvrx.dosing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.text.Renderer;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A table row: its text states the row as the label does and is made once, with the row; it is
 * a value (equal attributes, equal rows) like the record it was.
 */
class DoseRowTest {

  /** The ganciclovir haemodialysis row: 1.25 mg/kg 3 times a week after dialysis (GCV-PI). */
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

  private static DoseRow mgEvery(double mg, int hours) {
    return new DoseRow(
        Basis.INTERMITTENT_HEMODIALYSIS,
        Optional.empty(),
        mg,
        AmountUnit.MG,
        Schedule.every(hours),
        false,
        Source.GCV_PI);
  }

  @Test
  void text_statesTheRow() {
    assertThat(Renderer.english().render(haemodialysis().text()))
        .isEqualTo("1.25 mg/kg 3 times a week");
    assertThat(Renderer.english().render(mgEvery(450, 48).text())).isEqualTo("450 mg every 48 h");
  }

  @Test
  void text_madeOnceWithTheRow() {
    DoseRow row = haemodialysis();

    assertThat(row.text()).isSameAs(row.text());
  }

  /** Every amount gets its own text (no table of texts that could run out or mix rows up). */
  @Test
  void text_manyRows_eachItsOwn() {
    for (int n = 1; n <= 3000; n++) {
      assertThat(Renderer.english().render(mgEvery(n, 24).text())).isEqualTo(n + " mg every 24 h");
    }
  }

  @Test
  void equalAttributes_equalRowsAndTexts_otherwiseNot() {
    assertThat(haemodialysis()).isEqualTo(haemodialysis()).hasSameHashCodeAs(haemodialysis());
    assertThat(haemodialysis().text()).isEqualTo(haemodialysis().text());
    assertThat(mgEvery(450, 48)).isNotEqualTo(mgEvery(450, 24)).isNotEqualTo(mgEvery(900, 48));
    DoseRow local = haemodialysis().asLocal(new LocalOrigin("local.csv", 3, "local"));
    assertThat(local).isNotEqualTo(haemodialysis());
    assertThat(local.text()).isEqualTo(haemodialysis().text());
  }

  /** The same attributes as a record: the string form the JDK gives a record of them. */
  private record AsRecord(
      Basis basis,
      Optional<Band> band,
      double amount,
      AmountUnit unit,
      Schedule schedule,
      boolean offLabel,
      Source source,
      Optional<LocalOrigin> local) {}

  /** The string form is the one the record had: messages that print a row keep their wording. */
  @Test
  void toString_asTheRecordOfItsAttributes() {
    DoseRow row = haemodialysis().asLocal(new LocalOrigin("local.csv", 3, "local"));
    AsRecord same =
        new AsRecord(
            row.basis(),
            row.band(),
            row.amount(),
            row.unit(),
            row.schedule(),
            row.offLabel(),
            row.source(),
            row.local());

    assertThat(row.toString()).isEqualTo(same.toString().replace("AsRecord[", "DoseRow["));
  }

  @Test
  void amountNotPositive_refusedNamingIt() {
    assertThatThrownBy(() -> mgEvery(0, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount (0.0)");
  }

  @Test
  void bandText_ofABandRow_madeOnce_andNoneForARowWithoutBand() {
    DoseRow banded =
        new DoseRow(
            Basis.CRCL_ML_MIN,
            Optional.of(new Band(25, true, 50, false)),
            1.25,
            AmountUnit.MG_PER_KG,
            Schedule.every(24),
            false,
            Source.GCV_PI);

    assertThat(Renderer.english().render(banded.bandText())).isEqualTo("[25.0, 50.0)");
    assertThat(banded.bandText()).isSameAs(banded.bandText());
    assertThatThrownBy(() -> haemodialysis().bandText())
        .isInstanceOf(java.util.NoSuchElementException.class)
        .hasMessageContaining("INTERMITTENT_HEMODIALYSIS");
  }
}
