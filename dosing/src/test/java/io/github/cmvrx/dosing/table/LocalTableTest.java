package io.github.cmvrx.dosing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.citation.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local tables: the shipped schema, the same checks as the label tables, file and line named. */
class LocalTableTest {
  private static final String HEADER = DoseTables.HEADER + "\n";

  /** The label ganciclovir induction table with the CRRT row changed to a local protocol. */
  static final String CRRT_LOCAL =
      "# local CRRT protocol\n"
          + HEADER
          + "ganciclovir_induction,crcl_ml_min,70,true,,false,5,mg_per_kg,12,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,50,true,70,false,2.5,mg_per_kg,12,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,25,true,50,false,2.5,mg_per_kg,24,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,10,true,25,false,1.25,mg_per_kg,24,,false,false,GCV-PI\n"
          + "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25,mg_per_kg,,3,true,false,GCV-PI\n"
          + "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,12,,false,true,"
          + "Example Hospital CRRT protocol 2026\n";

  private static DoseTable parse(String text) {
    return DoseTables.standard().parseLocal(TableId.GANCICLOVIR_INDUCTION, "local.csv", text);
  }

  @Test
  void parseLocal_validTable_rowsCarryFileLineAndSourceAsWritten() {
    DoseTable t = parse(CRRT_LOCAL);
    assertThat(t.isLocal()).isTrue();
    DoseRow crrt = t.continuousRenalReplacement().orElseThrow();
    // 2.5 mg/kg every 12 h: the local change (the label's published option is q24h).
    assertThat(crrt.amount()).isEqualTo(2.5);
    assertThat(crrt.schedule().intervalHours().getAsInt()).isEqualTo(12);
    assertThat(crrt.local().orElseThrow().line()).isEqualTo(8);
    assertThat(crrt.local().orElseThrow().file()).isEqualTo("local.csv");
    assertThat(crrt.local().orElseThrow().source()).isEqualTo("Example Hospital CRRT protocol 2026");
    // The label source it stands in for: the label's CRRT option (HORVATITS-2014).
    assertThat(crrt.source()).isEqualTo(Source.HORVATITS_2014);
    assertThat(t.fullDose().local().orElseThrow().line()).isEqualTo(3);
    assertThat(t).isNotEqualTo(DoseTables.standard().get(TableId.GANCICLOVIR_INDUCTION));
  }

  @Test
  void parseLocal_gap_refusedNamingFileAndBothLines() {
    String gap = CRRT_LOCAL.replace(",25,true,50,false,2.5", ",30,true,50,false,2.5");
    assertThatThrownBy(() -> parse(gap))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("local.csv")
        .hasMessageContaining("gap between bands [10.0, 25.0) (local.csv line 6)")
        .hasMessageContaining("[30.0, 50.0) (local.csv line 5)");
  }

  @Test
  void parseLocal_overlap_refusedNamingFileAndLines() {
    String overlap = CRRT_LOCAL.replace(",10,true,25,false,1.25", ",10,true,27,false,1.25");
    assertThatThrownBy(() -> parse(overlap))
        .hasMessageContaining("overlap between bands [10.0, 27.0) (local.csv line 6)");
  }

  @Test
  void parseLocal_intensityRisingAsKidneyFunctionFalls_refusedNamingLines() {
    // 3 mg/kg q24h (21 mg/kg/week) in 10-25 is above 2.5 mg/kg q24h (17.5) in 25-50.
    String rising = CRRT_LOCAL.replace(",10,true,25,false,1.25,", ",10,true,25,false,3,");
    assertThatThrownBy(() -> parse(rising))
        .hasMessageContaining("dose intensity rises as kidney function falls")
        .hasMessageContaining("local.csv line 6");
  }

  @Test
  void parseLocal_missingSource_refusedNamingLine() {
    String noSource = CRRT_LOCAL.replace("mg_per_kg,24,,false,false,GCV-PI\nganciclovir_induction,crcl_ml_min,10",
        "mg_per_kg,24,,false,false,\nganciclovir_induction,crcl_ml_min,10");
    assertThatThrownBy(() -> parse(noSource))
        .hasMessageStartingWith("local.csv line 5: source is missing");
  }

  @Test
  void parseLocal_otherTableNameOrUnitOrMissingRow_refused() {
    assertThatThrownBy(() -> parse(CRRT_LOCAL.replace("ganciclovir_induction,crcl_ml_min,70",
            "ganciclovir_maintenance,crcl_ml_min,70")))
        .hasMessageStartingWith("local.csv line 3: table 'ganciclovir_maintenance'");
    assertThatThrownBy(() -> parse(CRRT_LOCAL.replace("5,mg_per_kg,12,,false,false,GCV-PI\nganciclovir_induction,crcl_ml_min,50",
            "350,mg,12,,false,false,GCV-PI\nganciclovir_induction,crcl_ml_min,50")))
        .hasMessageStartingWith("local.csv line 3: unit mg but the label table uses mg_per_kg");
    String noHd = CRRT_LOCAL.replace(
        "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25,mg_per_kg,,3,true,false,GCV-PI\n", "");
    assertThatThrownBy(() -> parse(noHd))
        .hasMessageStartingWith("local.csv: no intermittent_hemodialysis row");
    assertThatThrownBy(() -> parse("table,basis\n"))
        .hasMessageStartingWith("local.csv line 1: header must be");
    assertThatThrownBy(() -> parse(CRRT_LOCAL.replace(",false,true,Example", ",false,false,Example")))
        .hasMessageContaining("continuous_renal_replacement row must be off-label (local.csv line 8)");
  }

  @Test
  void parseLocal_valganciclovirHaemodialysisRow_refused() {
    String vgc =
        HEADER
            + "valganciclovir_induction,crcl_ml_min,10,true,,false,450,mg,12,,false,false,Local\n"
            + "valganciclovir_induction,intermittent_hemodialysis,,,,,200,mg,,3,true,false,Local\n";
    assertThatThrownBy(
            () ->
                DoseTables.standard()
                    .parseLocal(TableId.VALGANCICLOVIR_INDUCTION, "v.csv", vgc))
        .hasMessageStartingWith("v.csv line 3: a intermittent_hemodialysis row, but the label");
  }

  @Test
  void with_replacesOnlyTheNamedTable() {
    DoseTable local = parse(CRRT_LOCAL);
    DoseTables t = DoseTables.standard().with(Map.of(TableId.GANCICLOVIR_INDUCTION, local));
    assertThat(t.get(TableId.GANCICLOVIR_INDUCTION)).isSameAs(local);
    assertThat(t.get(TableId.GANCICLOVIR_MAINTENANCE))
        .isSameAs(DoseTables.standard().get(TableId.GANCICLOVIR_MAINTENANCE));
    assertThatThrownBy(() -> DoseTables.standard().with(Map.of(TableId.GANCICLOVIR_MAINTENANCE, local)))
        .hasMessageContaining("given for ganciclovir_maintenance");
  }
}
