package io.github.cmvrx.dosing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.citation.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of every table, and both sides of every band edge, against clinical basis §3
 * (expected values typed from the spec tables, not from the code). Expected form: amount, then
 * {@code qN} for every N hours or {@code Nxw} for N times a week; {@code none} below the table.
 */
class DoseTablesTest {

  private static String lookup(TableId id, double kidney) {
    Optional<DoseRow> row = DoseTables.standard().get(id).forKidneyFunction(kidney);
    return row.map(DoseTablesTest::describe).orElse("none");
  }

  private static String describe(DoseRow r) {
    String amount =
        r.amount() == Math.rint(r.amount())
            ? Long.toString((long) r.amount())
            : Double.toString(r.amount());
    return r.schedule().timesPerWeek().isPresent()
        ? amount + " " + r.schedule().timesPerWeek().getAsInt() + "xw"
        : amount + " q" + r.schedule().intervalHours().getAsInt();
  }

  /** Clinical basis §3.1, with the Decision (band edges): lower edge included, 69.9 is in 50-69. */
  @ParameterizedTest
  @CsvSource({
    "GANCICLOVIR_INDUCTION, 250, 5 q12",
    "GANCICLOVIR_INDUCTION, 70, 5 q12",
    "GANCICLOVIR_INDUCTION, 69.9, 2.5 q12",
    "GANCICLOVIR_INDUCTION, 50, 2.5 q12",
    "GANCICLOVIR_INDUCTION, 49.99, 2.5 q24",
    "GANCICLOVIR_INDUCTION, 25, 2.5 q24",
    "GANCICLOVIR_INDUCTION, 24.99, 1.25 q24",
    "GANCICLOVIR_INDUCTION, 10, 1.25 q24",
    "GANCICLOVIR_INDUCTION, 9.99, none",
    "GANCICLOVIR_INDUCTION, 0, none",
    "GANCICLOVIR_MAINTENANCE, 70, 5 q24",
    "GANCICLOVIR_MAINTENANCE, 69.9, 2.5 q24",
    "GANCICLOVIR_MAINTENANCE, 50, 2.5 q24",
    "GANCICLOVIR_MAINTENANCE, 49.99, 1.25 q24",
    "GANCICLOVIR_MAINTENANCE, 25, 1.25 q24",
    "GANCICLOVIR_MAINTENANCE, 24.99, 0.625 q24",
    "GANCICLOVIR_MAINTENANCE, 10, 0.625 q24",
    "GANCICLOVIR_MAINTENANCE, 9.99, none",
  })
  void ganciclovir_everyBandAndEdge(TableId id, double crcl, String expected) {
    assertThat(lookup(id, crcl)).isEqualTo(expected);
  }

  /** Clinical basis §3.1: haemodialysis 1.25 / 0.625 mg/kg 3 times a week after dialysis; CRRT off-label. */
  @Test
  void ganciclovir_dialysisRows() {
    DoseTable ind = DoseTables.standard().get(TableId.GANCICLOVIR_INDUCTION);
    DoseTable mnt = DoseTables.standard().get(TableId.GANCICLOVIR_MAINTENANCE);
    assertThat(describe(ind.haemodialysis().orElseThrow())).isEqualTo("1.25 3xw");
    assertThat(ind.haemodialysis().orElseThrow().schedule().afterDialysis()).isTrue();
    assertThat(describe(mnt.haemodialysis().orElseThrow())).isEqualTo("0.625 3xw");
    assertThat(mnt.haemodialysis().orElseThrow().schedule().afterDialysis()).isTrue();
    DoseRow crrtInd = ind.continuousRenalReplacement().orElseThrow();
    DoseRow crrtMnt = mnt.continuousRenalReplacement().orElseThrow();
    assertThat(describe(crrtInd)).isEqualTo("2.5 q24");
    assertThat(describe(crrtMnt)).isEqualTo("1.25 q24");
    assertThat(crrtInd.offLabel()).isTrue();
    assertThat(crrtInd.source()).isEqualTo(Source.HORVATITS_2014);
    assertThat(ind.fullDose().unit()).isEqualTo(AmountUnit.MG_PER_KG);
  }

  /** Clinical basis §3.2 (VGC-PI): mg per dose; "every 2 days" = q48, "twice weekly" = 2 times a week. */
  @ParameterizedTest
  @CsvSource({
    "VALGANCICLOVIR_INDUCTION, 60, 900 q12",
    "VALGANCICLOVIR_INDUCTION, 59.99, 450 q12",
    "VALGANCICLOVIR_INDUCTION, 40, 450 q12",
    "VALGANCICLOVIR_INDUCTION, 39.99, 450 q24",
    "VALGANCICLOVIR_INDUCTION, 25, 450 q24",
    "VALGANCICLOVIR_INDUCTION, 24.99, 450 q48",
    "VALGANCICLOVIR_INDUCTION, 10, 450 q48",
    "VALGANCICLOVIR_INDUCTION, 9.99, none",
    "VALGANCICLOVIR_MAINTENANCE, 60, 900 q24",
    "VALGANCICLOVIR_MAINTENANCE, 59.99, 450 q24",
    "VALGANCICLOVIR_MAINTENANCE, 40, 450 q24",
    "VALGANCICLOVIR_MAINTENANCE, 39.99, 450 q48",
    "VALGANCICLOVIR_MAINTENANCE, 25, 450 q48",
    "VALGANCICLOVIR_MAINTENANCE, 24.99, 450 2xw",
    "VALGANCICLOVIR_MAINTENANCE, 10, 450 2xw",
    "VALGANCICLOVIR_MAINTENANCE, 9.99, none",
  })
  void valganciclovir_everyBandAndEdge(TableId id, double crcl, String expected) {
    assertThat(lookup(id, crcl)).isEqualTo(expected);
    assertThat(DoseTables.standard().get(id).haemodialysis()).isEmpty();
    assertThat(DoseTables.standard().get(id).fullDose().unit()).isEqualTo(AmountUnit.MG);
  }

  /** Clinical basis §3.3 induction (FOS-PI Table 13): "> 1.4", "> 1.0 to 1.4", ..., "<= 0.4" none. */
  @ParameterizedTest
  @CsvSource({
    "FOSCARNET_INDUCTION_60Q8H, 1.41, 60 q8",
    "FOSCARNET_INDUCTION_60Q8H, 1.4, 45 q8",
    "FOSCARNET_INDUCTION_60Q8H, 1.01, 45 q8",
    "FOSCARNET_INDUCTION_60Q8H, 1.0, 50 q12",
    "FOSCARNET_INDUCTION_60Q8H, 0.81, 50 q12",
    "FOSCARNET_INDUCTION_60Q8H, 0.8, 40 q12",
    "FOSCARNET_INDUCTION_60Q8H, 0.61, 40 q12",
    "FOSCARNET_INDUCTION_60Q8H, 0.6, 60 q24",
    "FOSCARNET_INDUCTION_60Q8H, 0.51, 60 q24",
    "FOSCARNET_INDUCTION_60Q8H, 0.5, 50 q24",
    "FOSCARNET_INDUCTION_60Q8H, 0.41, 50 q24",
    "FOSCARNET_INDUCTION_60Q8H, 0.4, none",
    "FOSCARNET_INDUCTION_90Q12H, 1.41, 90 q12",
    "FOSCARNET_INDUCTION_90Q12H, 1.4, 70 q12",
    "FOSCARNET_INDUCTION_90Q12H, 1.01, 70 q12",
    "FOSCARNET_INDUCTION_90Q12H, 1.0, 50 q12",
    "FOSCARNET_INDUCTION_90Q12H, 0.81, 50 q12",
    "FOSCARNET_INDUCTION_90Q12H, 0.8, 80 q24",
    "FOSCARNET_INDUCTION_90Q12H, 0.61, 80 q24",
    "FOSCARNET_INDUCTION_90Q12H, 0.6, 60 q24",
    "FOSCARNET_INDUCTION_90Q12H, 0.51, 60 q24",
    "FOSCARNET_INDUCTION_90Q12H, 0.5, 50 q24",
    "FOSCARNET_INDUCTION_90Q12H, 0.41, 50 q24",
    "FOSCARNET_INDUCTION_90Q12H, 0.4, none",
  })
  void foscarnetInduction_everyBandAndEdge(TableId id, double perKg, String expected) {
    assertThat(lookup(id, perKg)).isEqualTo(expected);
  }

  /** Clinical basis §3.3 maintenance: lowest band ">= 0.4" includes 0.4; "< 0.4" none. */
  @ParameterizedTest
  @CsvSource({
    "FOSCARNET_MAINTENANCE_90, 1.41, 90 q24",
    "FOSCARNET_MAINTENANCE_90, 1.4, 70 q24",
    "FOSCARNET_MAINTENANCE_90, 1.01, 70 q24",
    "FOSCARNET_MAINTENANCE_90, 1.0, 50 q24",
    "FOSCARNET_MAINTENANCE_90, 0.81, 50 q24",
    "FOSCARNET_MAINTENANCE_90, 0.8, 80 q48",
    "FOSCARNET_MAINTENANCE_90, 0.61, 80 q48",
    "FOSCARNET_MAINTENANCE_90, 0.6, 60 q48",
    "FOSCARNET_MAINTENANCE_90, 0.51, 60 q48",
    "FOSCARNET_MAINTENANCE_90, 0.5, 50 q48",
    "FOSCARNET_MAINTENANCE_90, 0.4, 50 q48",
    "FOSCARNET_MAINTENANCE_90, 0.399, none",
    "FOSCARNET_MAINTENANCE_120, 1.41, 120 q24",
    "FOSCARNET_MAINTENANCE_120, 1.4, 90 q24",
    "FOSCARNET_MAINTENANCE_120, 1.01, 90 q24",
    "FOSCARNET_MAINTENANCE_120, 1.0, 65 q24",
    "FOSCARNET_MAINTENANCE_120, 0.81, 65 q24",
    "FOSCARNET_MAINTENANCE_120, 0.8, 105 q48",
    "FOSCARNET_MAINTENANCE_120, 0.61, 105 q48",
    "FOSCARNET_MAINTENANCE_120, 0.6, 80 q48",
    "FOSCARNET_MAINTENANCE_120, 0.51, 80 q48",
    "FOSCARNET_MAINTENANCE_120, 0.5, 65 q48",
    "FOSCARNET_MAINTENANCE_120, 0.4, 65 q48",
    "FOSCARNET_MAINTENANCE_120, 0.399, none",
  })
  void foscarnetMaintenance_everyBandAndEdge(TableId id, double perKg, String expected) {
    assertThat(lookup(id, perKg)).isEqualTo(expected);
  }

  @Test
  void standard_everyRowHasASource_andFoscarnetHasNoDialysisRows() {
    for (TableId id : TableId.values()) {
      DoseTable t = DoseTables.standard().get(id);
      assertThat(t.bands()).allSatisfy(r -> assertThat(r.source()).isNotNull());
      if (id.name().startsWith("FOSCARNET")) {
        assertThat(t.haemodialysis()).isEmpty();
        assertThat(t.continuousRenalReplacement()).isEmpty();
      }
    }
  }

  // ------------------------------------------------------------------ broken tables rejected

  private static Map<String, String> shippedWith(String file, String from, String to) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : DoseTables.RESOURCES) {
      String text = DoseTables.resourceText(name);
      if (name.equals(file)) {
        assertThat(text).contains(from);
        text = text.replace(from, to);
      }
      files.put(name, text);
    }
    return files;
  }

  @Test
  void parse_shippedFiles_accepted() {
    assertThat(
            DoseTables.parse(shippedWith("foscarnet.csv", "", ""))
                .get(TableId.FOSCARNET_MAINTENANCE_90)
                .bands())
        .hasSize(6);
  }

  @Test
  void parse_gapBetweenBands_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_induction,crcl_ml_min,25,true,50,false",
                        "ganciclovir_induction,crcl_ml_min,25,true,45,false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ganciclovir_induction")
        .hasMessageContaining("gap");
  }

  @Test
  void parse_overlappingBands_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "valganciclovir-tablets.csv",
                        "valganciclovir_maintenance,crcl_ml_min,25,true,40,false",
                        "valganciclovir_maintenance,crcl_ml_min,25,true,45,false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void parse_edgeClaimedTwice_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "foscarnet.csv",
                        "foscarnet_induction_60q8h,crcl_ml_min_kg,0.5,false,0.6,true",
                        "foscarnet_induction_60q8h,crcl_ml_min_kg,0.5,true,0.6,true")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("foscarnet_induction_60q8h")
        .hasMessageContaining("claimed twice");
  }

  @Test
  void parse_edgeClaimedByNeither_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_induction,crcl_ml_min,50,true,70,false",
                        "ganciclovir_induction,crcl_ml_min,50,false,70,false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claimed by neither");
  }

  @Test
  void parse_doseRisingAsKidneyFunctionFalls_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_maintenance,crcl_ml_min,10,true,25,false,0.625",
                        "ganciclovir_maintenance,crcl_ml_min,10,true,25,false,2.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rises");
  }

  @Test
  void parse_unknownSource_rejectedWithFileAndLine() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "valganciclovir-tablets.csv",
                        "valganciclovir_induction,crcl_ml_min,60,true,,false,900,mg,12,,false,false,VGC-PI",
                        "valganciclovir_induction,crcl_ml_min,60,true,,false,900,mg,12,,false,false,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valganciclovir-tablets.csv line")
        .hasMessageContaining("unknown source");
  }

  @Test
  void parse_crrtRowNotOffLabel_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,24,,false,true",
                        "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,24,,false,false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("off-label");
  }

  @Test
  void parse_missingTable_rejected() {
    Map<String, String> files = shippedWith("foscarnet.csv", "", "");
    files.remove("foscarnet.csv");
    assertThatThrownBy(() -> DoseTables.parse(files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("foscarnet_induction_60q8h is not defined");
  }

  @Test
  void parse_topBandBounded_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_induction,crcl_ml_min,70,true,,false",
                        "ganciclovir_induction,crcl_ml_min,70,true,200,false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no upper limit");
  }

  @Test
  void parse_badNumber_rejected() {
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_induction,crcl_ml_min,70,true,,false,5,",
                        "ganciclovir_induction,crcl_ml_min,70,true,,false,five,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount 'five'");
  }

  @Test
  void parse_wrongHeader_rejected() {
    assertThatThrownBy(
            () -> DoseTables.parse(shippedWith("foscarnet.csv", "off_label,source", "off_label")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header");
  }

  @Test
  void parse_bandEdgeOnHaemodialysisRow_rejected() {
    // Only the last edge column (upper_included) is filled in: still an edge on a non-band row.
    assertThatThrownBy(
            () ->
                DoseTables.parse(
                    shippedWith(
                        "ganciclovir-iv.csv",
                        "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25",
                        "ganciclovir_induction,intermittent_hemodialysis,,,,false,1.25")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("band edges must be empty for basis intermittent_hemodialysis");
  }

  @Test
  void parse_faultyRow_messageGivesItsOneBasedLineNumber() {
    String row = "valganciclovir_induction,crcl_ml_min,60,true,,false,900,mg,12,,false,false,";
    String good = row + "VGC-PI";
    List<String> lines = DoseTables.resourceText("valganciclovir-tablets.csv").lines().toList();
    int lineNumber = lines.indexOf(good) + 1;
    assertThat(lineNumber).isPositive();
    assertThatThrownBy(
            () -> DoseTables.parse(shippedWith("valganciclovir-tablets.csv", good, row)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("valganciclovir-tablets.csv line " + lineNumber + ": ");
  }
}
