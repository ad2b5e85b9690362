package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProphylaxisTest {

  /** LTV-PI §2.2-2.3 (clinical basis §3.5): 480 mg, 240 mg with ciclosporin. */
  @Test
  void letermovir_withAndWithoutCiclosporin() {
    assertThat(Prophylaxis.letermovir(false).value()).isEqualTo(480.0);
    assertThat(Prophylaxis.letermovir(true).value()).isEqualTo(240.0);
  }

  /**
   * VGC-PI §2.3 (clinical basis §3.2): 7 x BSA x CrCl, CrCl capped at 150, dose capped at 900 mg, nearest 25
   * mg. Expected values hand-computed from that formula.
   */
  @ParameterizedTest
  @CsvSource({
    // 7 x 1.0 x 100 = 700
    "1.0, 100, 700",
    // 7 x 0.5 x 51 = 178.5 -> 175
    "0.5, 51, 175",
    // 7 x 0.5 x 52 = 182 -> 175 (182/25 = 7.28)
    "0.5, 52, 175",
    // 7 x 0.5 x 54 = 189 -> 200 (7.56)
    "0.5, 54, 200",
    // CrCl 200 capped to 150: 7 x 0.8 x 150 = 840 -> 850
    "0.8, 200, 850",
    // 7 x 1.2 x 150 = 1260 -> capped 900
    "1.2, 150, 900",
    // 7 x 0.2 x 10 = 14 -> 25 (0.56 rounds up)
    "0.2, 10, 25",
  })
  void valganciclovirPaediatric_formula(double bsa, double crcl, double expectedMg) {
    assertThat(
            Prophylaxis.valganciclovirPaediatric(
                    BodySurfaceArea.squareMetres(bsa), CreatinineClearance.mlPerMin(crcl))
                .value())
        .isEqualTo(expectedMg);
  }
}
