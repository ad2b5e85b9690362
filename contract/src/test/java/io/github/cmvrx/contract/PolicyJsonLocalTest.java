package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.TableId;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy keys of issue 13: {@code tables} and the local cut-offs. */
class PolicyJsonLocalTest {
  static final String GCV =
      DoseTables.HEADER
          + "\n"
          + "ganciclovir_induction,crcl_ml_min,70,true,,false,4,mg_per_kg,12,,false,false,Local v1\n"
          + "ganciclovir_induction,crcl_ml_min,50,true,70,false,2.5,mg_per_kg,12,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,25,true,50,false,2.5,mg_per_kg,24,,false,false,GCV-PI\n"
          + "ganciclovir_induction,crcl_ml_min,10,true,25,false,1.25,mg_per_kg,24,,false,false,GCV-PI\n"
          + "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25,mg_per_kg,,3,true,false,GCV-PI\n"
          + "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,24,,false,true,"
          + "HORVATITS-2014\n";

  private static final PolicyJson.TableFiles FILES =
      path -> {
        String text = Map.of("gcv.csv", GCV, "gap.csv", GCV.replace(",25,true,50,", ",30,true,50,"))
            .get(path);
        if (text == null) {
          throw new IOException("no such file");
        }
        return text;
      };

  private static Policy valid(String json) {
    JsonResult<Policy> r = PolicyJson.read(json, FILES);
    assertThat(r).as(r.toString()).isInstanceOf(JsonResult.Valid.class);
    return ((JsonResult.Valid<Policy>) r).value();
  }

  private static String errors(String json) {
    JsonResult<Policy> r = PolicyJson.read(json, FILES);
    assertThat(r).isInstanceOf(JsonResult.Invalid.class);
    return String.join("\n", PolicyJson.describe((JsonResult.Invalid<Policy>) r));
  }

  @Test
  void tables_localFileReplacesTheLabelTable() {
    Policy p = valid("{\"tables\":{\"ganciclovir_induction\":\"gcv.csv\"}}");
    assertThat(p.localTables()).containsOnlyKeys(TableId.GANCICLOVIR_INDUCTION);
    assertThat(p.doseTables().get(TableId.GANCICLOVIR_INDUCTION).fullDose().amount()).isEqualTo(4);
  }

  @Test
  void tables_gapRefusedNamingKeyFileAndLine() {
    assertThat(errors("{\"tables\":{\"ganciclovir_induction\":\"gap.csv\"}}"))
        .startsWith("tables.ganciclovir_induction: gap.csv: dose table ganciclovir_induction: gap")
        // Header on line 1: the 25-50 row (moved to 30-50) is line 4, the 10-25 row line 5.
        .contains("[10.0, 25.0) (gap.csv line 5) and [30.0, 50.0) (gap.csv line 4)");
  }

  @Test
  void tables_unknownTableMissingFileOrNoFolder_refused() {
    assertThat(errors("{\"tables\":{\"ganciclovir\":\"gcv.csv\"}}"))
        .startsWith("tables.ganciclovir: unknown table")
        .contains("ganciclovir_induction");
    assertThat(errors("{\"tables\":{\"ganciclovir_induction\":\"none.csv\"}}"))
        .isEqualTo("tables.ganciclovir_induction: cannot read none.csv: no such file");
    JsonResult<Policy> noFolder =
        PolicyJson.read("{\"tables\":{\"ganciclovir_induction\":\"gcv.csv\"}}");
    assertThat(String.join("", PolicyJson.describe((JsonResult.Invalid<Policy>) noFolder)))
        .contains("read the policy from its file");
  }

  @Test
  void cutOffs_insideRangeRead_outsideRefusedNamingKeyValueRange() {
    Policy p = valid("{\"cytopeniaAncPerUl\":750,\"ivToOralMinIvDays\":5,\"hivStopCd4PerUl\":150}");
    assertThat(p.cutOffs().get(CutOff.CYTOPENIA_ANC)).isEqualTo(750);
    assertThat(p.cutOffs().days(CutOff.IV_TO_ORAL_MIN_IV_DAYS)).isEqualTo(5);
    assertThat(p.cutOffs().get(CutOff.HIV_STOP_CD4)).isEqualTo(150);
    // GCV-PI §5.1 holds below 500 /uL: a local 400 would be less strict than the label.
    assertThat(errors("{\"cytopeniaAncPerUl\":400}"))
        .startsWith("cytopeniaAncPerUl: ")
        .contains("400")
        .contains("500")
        .contains("1500");
    assertThat(errors("{\"nonCnsInductionDays\":17.5}"))
        .isEqualTo("nonCnsInductionDays: value 17.5 must be a whole number of days");
    assertThat(errors("{\"hivStopMonths\":null}")).contains("null is not accepted");
  }

  @Test
  void write_cutOffsRoundTrip() {
    Policy p = valid("{\"cytopeniaPlateletsPerUl\":50000,\"nonCnsInductionDays\":14}");
    assertThat(PolicyJson.read(PolicyJson.write(p))).isEqualTo(new JsonResult.Valid<>(p));
  }
}
