package io.github.cmvrx.dosing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.text.Renderer;

import org.junit.jupiter.api.Test;

/**
 * Band membership exactly as the label prints the edges: clinical basis §3.1 "50 to < 70" (lower included,
 * upper not) and clinical basis §3.3 "> 0.5 to 0.6" (lower not included, upper included).
 */
class BandTest {

  private static final Band GCV_50_TO_70 = new Band(50, true, 70, false);
  private static final Band FOS_05_TO_06 = new Band(0.5, false, 0.6, true);

  @Test
  void contains_lowerIncludedUpperExcluded_edgesAsPrinted() {
    assertThat(GCV_50_TO_70.contains(50)).isTrue();
    assertThat(GCV_50_TO_70.contains(69.99)).isTrue();
    assertThat(GCV_50_TO_70.contains(70)).isFalse();
    assertThat(GCV_50_TO_70.contains(49.99)).isFalse();
  }

  @Test
  void contains_lowerExcludedUpperIncluded_edgesAsPrinted() {
    assertThat(FOS_05_TO_06.contains(0.6)).isTrue();
    assertThat(FOS_05_TO_06.contains(0.5)).isFalse();
    assertThat(FOS_05_TO_06.contains(0.51)).isTrue();
    assertThat(FOS_05_TO_06.contains(0.61)).isFalse();
  }

  @Test
  void toString_bracketsShowWhichEdgesAreIncluded() {
    assertThat(GCV_50_TO_70).hasToString("[50.0, 70.0)");
    assertThat(FOS_05_TO_06).hasToString("(0.5, 0.6]");
    assertThat(new Band(70, true, Double.POSITIVE_INFINITY, false)).hasToString("[70.0, inf)");
  }

  /** Every bracket shape, as the label tables print them; edges as Double.toString writes them. */
  @Test
  void text_everyShape_renderedFromTheCatalogue() {
    Renderer en = Renderer.english();
    assertThat(en.render(new Band(25, true, 50, false).text())).isEqualTo("[25.0, 50.0)");
    assertThat(en.render(new Band(10, true, 25, true).text())).isEqualTo("[10.0, 25.0]");
    assertThat(en.render(new Band(0, false, 10, false).text())).isEqualTo("(0.0, 10.0)");
    assertThat(en.render(new Band(0.5, false, 0.6, true).text())).isEqualTo("(0.5, 0.6]");
    assertThat(en.render(new Band(69.5, true, Double.POSITIVE_INFINITY, false).text()))
        .isEqualTo("[69.5, inf)");
    assertThat(en.render(new Band(1.4, false, Double.POSITIVE_INFINITY, false).text()))
        .isEqualTo("(1.4, inf)");
  }

  @Test
  void text_typedKeyAndEdges_notProse() {
    assertThat(GCV_50_TO_70.text().key()).isEqualTo(MessageKey.BAND_CLOSED_OPEN);
    assertThat(GCV_50_TO_70.text().args()).containsExactly(50.0, 70.0);
  }

  @Test
  void new_unboundedUpperIncluded_rejected() {
    assertThatThrownBy(() -> new Band(70, true, Double.POSITIVE_INFINITY, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unbounded upper edge");
  }

  @Test
  void new_lowerNotBelowUpper_rejected() {
    assertThatThrownBy(() -> new Band(70, true, 70, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= lower < upper");
  }
}
