package io.github.cmvrx.simulation.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Sex;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void sample_frequenciesFollowWeights() {
    Weights<Sex> w = Weights.of(Sex.class, Map.of(Sex.MALE, 3.0, Sex.FEMALE, 1.0));
    SplittableRandom rng = new SplittableRandom(1);
    int female = 0;
    for (int i = 0; i < 40_000; i++) {
      if (w.sample(rng) == Sex.FEMALE) {
        female++;
      }
    }
    assertThat(female / 40_000.0).isBetween(0.24, 0.26);
  }

  @Test
  void sample_zeroWeight_neverDrawn() {
    Weights<Sex> w = Weights.only(Sex.class, Sex.FEMALE);
    SplittableRandom rng = new SplittableRandom(2);
    for (int i = 0; i < 1000; i++) {
      assertThat(w.sample(rng)).isEqualTo(Sex.FEMALE);
    }
  }

  @Test
  void of_allZero_throwsNamingTheEnum() {
    assertThatThrownBy(() -> Weights.of(Sex.class, Map.of(Sex.MALE, 0.0))).hasMessageContaining("Sex");
  }

  @Test
  void of_negative_throwsNamingTheConstant() {
    assertThatThrownBy(() -> Weights.of(Sex.class, Map.of(Sex.MALE, -1.0))).hasMessageContaining("male");
  }

  @Test
  void normal_draws_stayInsideTruncation() {
    Normal n = new Normal(0, 10, -1, 1);
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 1000; i++) {
      assertThat(n.sample(rng)).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void logNormal_medianNearParameter() {
    LogNormal l = new LogNormal(2.5, 1.8, 0, 1000);
    SplittableRandom rng = new SplittableRandom(4);
    int below = 0;
    for (int i = 0; i < 20_000; i++) {
      if (l.sample(rng) < 2.5) {
        below++;
      }
    }
    assertThat(below / 20_000.0).isBetween(0.48, 0.52);
  }

  @Test
  void share_outOfRange_throwsWithNameValueAndRange() {
    assertThatThrownBy(() -> Share.require("severeShare", -0.1))
        .hasMessageContaining("severeShare")
        .hasMessageContaining("-0.1")
        .hasMessageContaining("[0, 1]");
  }
}
