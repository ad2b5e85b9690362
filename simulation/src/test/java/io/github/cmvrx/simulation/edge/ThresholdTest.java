package io.github.cmvrx.simulation.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.renal.CockcroftGault;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boundary edges are derived from the dose tables and cut-offs a policy loads: the default
 * ones are the edges the clinical basis states, and a local table moves them.
 */
class ThresholdTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "policies");

  @Test
  void defaults_areTheEdgesOfTheClinicalBasis() {
    // Each value is read from docs/clinical-basis.md, not from the code:
    // - CRCL, mL/min: the lower edges above 0 of the ganciclovir table (clinical basis §3.1:
    //   70, 50, 25, 10) and the valganciclovir table (§3.2: 60, 40, 25, 10), and cidofovir's
    //   "CrCl of 55 mL/min or less" (§3.4); together 10, 25, 40, 50, 55, 60, 70.
    // - CRCL_PER_KG, mL/min/kg: the foscarnet induction and maintenance edges (§3.3: above 1.4,
    //   1.0, 0.8, 0.6, 0.5, 0.4 in both tables): 0.4, 0.5, 0.6, 0.8, 1.0, 1.4.
    // - Serum creatinine 1.5 mg/dL and urine protein 100 mg/dL: cidofovir (§3.4).
    // - ANC 500 /uL, platelets 25,000 /uL, haemoglobin 8 g/dL: cytopenia (§3.1).
    // - CD4 50 /uL: lifelong maintenance (§5.2); CD4 100 /uL: stopping (§5.3).
    // - Months with CD4 above 100: 3 (stopping may be considered) and 6 (stop), §5.3.
    // - Age 12 years (maribavir, §3.5.2) and 18 years (adults, §3.4 and §2.11).
    // - Weight 35 kg (maribavir, §3.5.2).
    // - Days of IV ganciclovir before the oral switch: 3 (§4.5).
    List<String> expected =
        List.of(
            "CRCL 10", "CRCL 25", "CRCL 40", "CRCL 50", "CRCL 55", "CRCL 60", "CRCL 70",
            "CRCL_PER_KG 0.4", "CRCL_PER_KG 0.5", "CRCL_PER_KG 0.6", "CRCL_PER_KG 0.8",
            "CRCL_PER_KG 1", "CRCL_PER_KG 1.4",
            "SERUM_CREATININE_MG_DL 1.5",
            "URINE_PROTEIN_MG_DL 100",
            "ANC_PER_UL 500",
            "PLATELETS_PER_UL 25000",
            "HEMOGLOBIN_G_DL 8",
            "CD4_PER_UL 50", "CD4_PER_UL 100",
            "MONTHS_CD4_ABOVE_100 3", "MONTHS_CD4_ABOVE_100 6",
            "AGE_YEARS 12", "AGE_YEARS 18",
            "WEIGHT_KG 35",
            "DAYS_OF_IV_THERAPY 3");
    assertThat(Threshold.defaults()).extracting(Threshold::name).containsExactlyElementsOf(expected);
    assertThat(Threshold.of(Policy.defaults())).isEqualTo(Threshold.defaults());
  }

  @Test
  void exampleLocalCrrtTable_changesNoBandEdge() throws IOException {
    // The example replaces only the CRRT row of the ganciclovir induction table (no CrCl band):
    // the boundary edges stay those of the label.
    Policy local = JsonAdvisor.policy(EXAMPLES.resolve("local-crrt-ganciclovir.json"));
    assertThat(Threshold.of(local))
        .extracting(Threshold::name)
        .containsExactlyElementsOf(
            Threshold.defaults().stream().map(Threshold::name).toList());
  }

  @Test
  void exampleLocalTableWithAMovedEdge_boundaryPatientsLandOnTheNewEdge(@TempDir Path dir)
      throws IOException {
    // The example policy and its tables folder, with the table's 70 mL/min edge moved to 65:
    // the top band now starts at 65 and the second band ends there.
    Files.copy(EXAMPLES.resolve("local-crrt-ganciclovir.json"), dir.resolve("local.json"));
    Files.createDirectories(dir.resolve("tables"));
    String csv =
        Files.readString(
            EXAMPLES.resolve("tables/ganciclovir-induction-crrt-q12h.csv"), StandardCharsets.UTF_8);
    String moved =
        csv.replace("crcl_ml_min,70,true,,false", "crcl_ml_min,65,true,,false")
            .replace("crcl_ml_min,50,true,70,false", "crcl_ml_min,50,true,65,false");
    assertThat(moved).isNotEqualTo(csv);
    Files.writeString(
        dir.resolve("tables/ganciclovir-induction-crrt-q12h.csv"), moved, StandardCharsets.UTF_8);
    Policy local = JsonAdvisor.policy(dir.resolve("local.json"));

    List<Threshold> edges = Threshold.of(local);
    assertThat(edges)
        .anySatisfy(
            t -> {
              assertThat(t.name()).isEqualTo("CRCL 65");
              assertThat(t.source()).contains("ganciclovir-induction-crrt-q12h.csv");
            });
    assertThat(Threshold.defaults()).extracting(Threshold::name).doesNotContain("CRCL 65");

    CohortGenerator g =
        new CohortGenerator(
            CohortSpecs.mixed().toBuilder().boundaryShare(1).build(), 11, local);
    assertThat(g.thresholds()).isEqualTo(edges);
    int onNewEdge = 0;
    for (int i = 0; i < 20_000; i++) {
      Threshold t = g.thresholds().get(g.boundaryThreshold(i));
      if (!t.name().equals("CRCL 65")) {
        continue;
      }
      PatientCase c = g.generate(i);
      double crcl =
          CockcroftGault.creatinineClearance(
                  c.patient().age(),
                  c.patient().sex(),
                  c.patient().weight(),
                  c.patient().serumCreatinine().orElseThrow())
              .mlPerMin();
      assertThat(Math.abs(crcl - 65)).as("patient %s", i).isLessThanOrEqualTo(t.step() * (1 + 1e-6));
      onNewEdge++;
    }
    assertThat(onNewEdge).isPositive();
  }
}
