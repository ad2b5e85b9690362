package io.github.cmvrx.simulation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void percentile_uniformValues_withinBinResolution() {
    Histogram h = new Histogram();
    for (int v = 1; v <= 1000; v++) {
      h.add(v);
    }
    // Median of 1..1000 is 500; bins are 10^(1/100) wide, 2.3%.
    assertThat(h.percentile(50)).isCloseTo(500, within(500 * 0.024));
    assertThat(h.percentile(100)).isEqualTo(1000);
    assertThat(h.min()).isEqualTo(1);
    assertThat(h.mean()).isCloseTo(500.5, within(1e-9));
  }

  @Test
  void merge_isAssociativeAndMatchesOneHistogram() {
    SplittableRandom rng = new SplittableRandom(1);
    Histogram all = new Histogram();
    Histogram a = new Histogram();
    Histogram b = new Histogram();
    Histogram c = new Histogram();
    for (int i = 0; i < 3000; i++) {
      double v = rng.nextDouble() * 1000;
      all.add(v);
      (i < 1000 ? a : i < 2000 ? b : c).add(v);
    }
    Histogram left = new Histogram().merge(a).merge(b).merge(c);
    Histogram right = new Histogram().merge(a).merge(new Histogram().merge(b).merge(c));
    assertThat(left.count()).isEqualTo(3000);
    assertThat(left.percentile(90)).isEqualTo(all.percentile(90));
    assertThat(left.percentile(50)).isEqualTo(right.percentile(50));
    assertThat(left.max()).isEqualTo(all.max());
  }

  @Test
  void add_zero_countsBelowTheFirstBin() {
    Histogram h = new Histogram();
    h.add(0);
    h.add(100);
    assertThat(h.percentile(50)).isEqualTo(0);
  }

  @Test
  void add_negative_throws() {
    assertThatThrownBy(() -> new Histogram().add(-1)).hasMessageContaining("-1");
  }

  @Test
  void percentile_empty_isNaN() {
    assertThat(new Histogram().percentile(50)).isNaN();
  }
}
