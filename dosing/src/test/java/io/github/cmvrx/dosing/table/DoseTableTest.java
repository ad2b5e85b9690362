package io.github.cmvrx.dosing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.citation.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Each validation of {@link DoseTable#of} shown to reject a table broken in exactly that way,
 * starting from the ganciclovir IV induction table of clinical basis §3.1 (bands >= 70, 50 to < 70,
 * 25 to < 50, 10 to < 25; haemodialysis 1.25 mg/kg 3 times a week; CRRT 2.5 mg/kg q24h
 * off-label, HORVATITS-2014).
 */
class DoseTableTest {

  private static final TableId ID = TableId.GANCICLOVIR_INDUCTION;

  private static DoseRow band(
      Basis basis, double lower, double upper, double mgPerKg, int hours, AmountUnit unit) {
    return new DoseRow(
        basis,
        Optional.of(new Band(lower, true, upper, false)),
        mgPerKg,
        unit,
        Schedule.every(hours),
        false,
        Source.GCV_PI);
  }

  private static DoseRow band(double lower, double upper, double mgPerKg, int hours) {
    return band(Basis.CRCL_ML_MIN, lower, upper, mgPerKg, hours, AmountUnit.MG_PER_KG);
  }

  private static DoseRow haemodialysis(double mgPerKg, int timesPerWeek) {
    return new DoseRow(
        Basis.INTERMITTENT_HEMODIALYSIS,
        Optional.empty(),
        mgPerKg,
        AmountUnit.MG_PER_KG,
        new Schedule(OptionalInt.empty(), OptionalInt.of(timesPerWeek), true),
        false,
        Source.GCV_PI);
  }

  private static DoseRow crrt() {
    return new DoseRow(
        Basis.CONTINUOUS_RENAL_REPLACEMENT,
        Optional.empty(),
        2.5,
        AmountUnit.MG_PER_KG,
        Schedule.every(24),
        true,
        Source.HORVATITS_2014);
  }

  /** Clinical basis §3.1 ganciclovir induction, lowest band first (the table sorts). */
  private static List<DoseRow> spec31() {
    return new ArrayList<>(
        List.of(
            band(10, 25, 1.25, 24),
            band(50, 70, 2.5, 12),
            haemodialysis(1.25, 3),
            band(70, Double.POSITIVE_INFINITY, 5, 12),
            crrt(),
            band(25, 50, 2.5, 24)));
  }

  private static void assertRejected(List<DoseRow> rows, String fault) {
    assertThatThrownBy(() -> DoseTable.of(ID, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dose table ganciclovir_induction: ")
        .hasMessageContaining(fault);
  }

  @Test
  void of_rowsInAnyOrder_bandsHighestFirstWithDialysisRowsApart() {
    DoseTable t = DoseTable.of(ID, spec31());
    assertThat(t.id()).isEqualTo(ID);
    assertThat(t.bands())
        .extracting(r -> r.band().orElseThrow().lower())
        .containsExactly(70.0, 50.0, 25.0, 10.0);
    assertThat(t.fullDose().amount()).isEqualTo(5.0);
    assertThat(t.haemodialysis().orElseThrow().amount()).isEqualTo(1.25);
    assertThat(t.continuousRenalReplacement().orElseThrow().offLabel()).isTrue();
    assertThat(t).hasToString("DoseTable[ganciclovir_induction, 4 bands]");
  }

  @Test
  void of_twoHaemodialysisRows_rejected() {
    List<DoseRow> rows = spec31();
    rows.add(haemodialysis(0.625, 3));
    assertRejected(rows, "more than one intermittent_hemodialysis row");
  }

  @Test
  void of_twoCrrtRows_rejected() {
    List<DoseRow> rows = spec31();
    rows.add(crrt());
    assertRejected(rows, "more than one continuous_renal_replacement row");
  }

  @Test
  void of_noBand_rejected() {
    assertRejected(List.of(haemodialysis(1.25, 3)), "no kidney-function band");
  }

  @Test
  void of_mixedUnits_rejected() {
    List<DoseRow> rows = spec31();
    rows.set(0, band(Basis.CRCL_ML_MIN, 10, 25, 1.25, 24, AmountUnit.MG));
    assertRejected(rows, "mixed units");
  }

  @Test
  void of_mixedBases_rejected() {
    List<DoseRow> rows = spec31();
    rows.set(0, band(Basis.CRCL_ML_MIN_KG, 10, 25, 1.25, 24, AmountUnit.MG_PER_KG));
    assertRejected(rows, "mixed bases");
  }

  @Test
  void of_consecutiveBandsOfEqualIntensity_accepted() {
    // Never rising is all that is asked: 2.5 mg/kg q12h above, 5 mg/kg q24h below (35 a week).
    List<DoseRow> rows = spec31();
    rows.set(5, band(25, 50, 5, 24));
    assertThat(DoseTable.of(ID, rows).bands()).hasSize(4);
  }

  @Test
  void of_haemodialysisMoreIntenseThanLowestBand_rejected() {
    // Lowest band 1.25 mg/kg q24h = 8.75 mg/kg a week; 5 mg/kg 3 times a week = 15.
    List<DoseRow> rows = spec31();
    rows.set(2, haemodialysis(5, 3));
    assertRejected(rows, "haemodialysis row more intense than the lowest band");
  }

  @Test
  void of_haemodialysisAsIntenseAsLowestBand_accepted() {
    // 1.25 mg/kg 7 times a week = 8.75 mg/kg a week, the same as 1.25 mg/kg q24h.
    List<DoseRow> rows = spec31();
    rows.set(2, haemodialysis(1.25, 7));
    assertThat(DoseTable.of(ID, rows).haemodialysis()).isPresent();
  }

  @Test
  void forKidneyFunction_belowTheLowestBand_none() {
    DoseTable t = DoseTable.of(ID, spec31());
    assertThat(t.forKidneyFunction(9.99)).isEmpty();
    assertThat(t.forKidneyFunction(10).orElseThrow().amount()).isEqualTo(1.25);
  }
}
