package io.github.cmvrx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.dosing.table.DoseTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 "done when", through the command line with real files: {@code policy check}, a local
 * table that changes a dose, a local row above the label maximum failing {@code verify}, a table
 * with a gap refused with exit 2 naming file and line.
 */
class PolicyCommandTest {

  /** The label ganciclovir induction rows with the top band's amount replaced. */
  static String gcvInduction(String topAmount, String lowerOf25Band) {
    return DoseTables.HEADER
        + "\n"
        + "ganciclovir_induction,crcl_ml_min,70,true,,false,"
        + topAmount
        + ",mg_per_kg,12,,false,false,Example Hospital protocol\n"
        + "ganciclovir_induction,crcl_ml_min,50,true,70,false,2.5,mg_per_kg,12,,false,false,GCV-PI\n"
        + "ganciclovir_induction,crcl_ml_min,"
        + lowerOf25Band
        + ",true,50,false,2.5,mg_per_kg,24,,false,false,GCV-PI\n"
        + "ganciclovir_induction,crcl_ml_min,10,true,25,false,1.25,mg_per_kg,24,,false,false,GCV-PI\n"
        + "ganciclovir_induction,intermittent_hemodialysis,,,,,1.25,mg_per_kg,,3,true,false,GCV-PI\n"
        + "ganciclovir_induction,continuous_renal_replacement,,,,,2.5,mg_per_kg,24,,false,true,"
        + "HORVATITS-2014\n";
  }

  static Path policy(Path dir, String name, String csv) throws IOException {
    Files.createDirectories(dir.resolve("t"));
    Files.writeString(dir.resolve("t").resolve(name + ".csv"), csv);
    Path p = dir.resolve(name + ".json");
    Files.writeString(
        p, "{\"tables\":{\"ganciclovir_induction\":\"t/" + name + ".csv\"}}");
    return p;
  }

  @Test
  void check_validLocalTable_exit0_printsResolvedAndRowDiff(@TempDir Path dir) throws IOException {
    Path p = policy(dir, "gcv4", gcvInduction("4", "25"));
    MainTest.Run r = MainTest.run("", "policy", "check", p.toString());
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out())
        .contains(": valid")
        .contains("ganciclovir_induction        LOCAL t/gcv4.csv (6 rows")
        .contains(
            "table ganciclovir_induction: band [70.0, inf) mL/min: label 5 mg/kg every 12 h -> 4"
                + " mg/kg every 12 h (t/gcv4.csv line 2; source: Example Hospital protocol)")
        .contains("cytopeniaAncPerUl            500 /uL (label default)");
  }

  @Test
  void check_gap_exit2NamingFileAndLine(@TempDir Path dir) throws IOException {
    Path p = policy(dir, "gap", gcvInduction("5", "30"));
    MainTest.Run r = MainTest.run("", "policy", "check", p.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("refused")
        .contains("tables.ganciclovir_induction: t/gap.csv: dose table ganciclovir_induction: gap")
        .contains("(t/gap.csv line 5)")
        .contains("(t/gap.csv line 4)");
  }

  @Test
  void check_cutOffOutsideRange_exit2NamingKeyValueRange(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("c.json");
    Files.writeString(p, "{\"hivStopCd4PerUl\":90}");
    MainTest.Run r = MainTest.run("", "policy", "check", p.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("hivStopCd4PerUl").contains("90").contains("100").contains("150");
  }

  @Test
  void recommend_localTable_changesTheDose(@TempDir Path dir) throws IOException {
    Path p = policy(dir, "gcv4", gcvInduction("4", "25"));
    Path c = dir.resolve("case.json");
    // 68-year-old man, 70 kg, SCr 1 mg/dL: CrCl (140 - 68) x 70 / 72 = 70 mL/min, the top band;
    // severe pneumonitis in a transplant recipient: REG-NONCNS-GCV. Label 5 mg/kg x 70 = 350 mg,
    // local 4 mg/kg x 70 = 280 mg q12h.
    Files.writeString(
        c,
        "{\"patient\":{\"ageYears\":68,\"sex\":\"male\",\"weightKg\":70,\"heightCm\":175,"
            + "\"serumCreatinine\":{\"value\":1,\"unit\":\"mg/dL\"},\"renalReplacement\":\"none\"},"
            + "\"host\":{\"category\":\"solid_organ_transplant\"},"
            + "\"disease\":{\"sites\":[\"pneumonitis\"],\"severity\":\"severe\"},"
            + "\"treatment\":{\"phase\":\"induction\"}}");
    MainTest.Run label = MainTest.run("", "recommend", c.toString());
    MainTest.Run local = MainTest.run("", "recommend", "--policy", p.toString(), c.toString());
    assertThat(label.out()).contains("\"doseMg\":350");
    assertThat(local.out())
        .contains("\"doseMg\":280")
        .contains("DOSE-LOCAL-TABLE")
        .contains("source: Example Hospital protocol");
  }

  @Test
  void verify_localRowAboveLabelMaximum_exit1NamingTheRow(@TempDir Path dir) throws IOException {
    // 6 mg/kg q12h is above the label's 5 mg/kg per dose (clinical basis §3.1).
    Path p = policy(dir, "gcv6", gcvInduction("6", "25"));
    MainTest.Run r =
        MainTest.run(
            "", "verify", "--cohort", "mixed", "--patients", "2000", "--seed", "1", "--policy",
            p.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("dose-within-label-maximum")
        .contains("dose from local table ganciclovir_induction, t/gcv6.csv line 2");
  }
}
