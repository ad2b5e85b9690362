package io.github.cmvrx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RenalPoolTest {

  @Test
  void generate_sameSeed_samePatients() {
    RenalPool first = RenalPool.generate(42, 256);
    RenalPool second = RenalPool.generate(42, 256);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.ageYears(i)).isEqualTo(first.ageYears(i));
      assertThat(second.female(i)).isEqualTo(first.female(i));
      assertThat(second.weightKg(i)).isEqualTo(first.weightKg(i));
      assertThat(second.serumCreatinineMgDl(i)).isEqualTo(first.serumCreatinineMgDl(i));
    }
  }

  @Test
  void generate_otherSeed_otherPatients() {
    RenalPool first = RenalPool.generate(42, 256);
    RenalPool other = RenalPool.generate(43, 256);
    int same = 0;
    for (int i = 0; i < first.size(); i++) {
      if (first.serumCreatinineMgDl(i) == other.serumCreatinineMgDl(i)) {
        same++;
      }
    }
    // 551 possible creatinine values: a few coincidences, never most of the pool.
    assertThat(same).isLessThan(first.size() / 2);
  }

  @Test
  void generate_values_areAdultsOnTheReportingGridInsideTheRanges() {
    RenalPool pool = RenalPool.generate(7, 4096);
    assertThat(pool.size()).isEqualTo(4096);
    int women = 0;
    for (int i = 0; i < pool.size(); i++) {
      // Cockcroft-Gault from age 18 (clinical basis §2.2); 95 is the pool's synthetic maximum.
      assertThat(pool.ageYears(i)).isBetween(18.0, 95.0);
      assertThat(pool.ageYears(i) % 1.0).isZero();
      assertThat(pool.weightKg(i)).isBetween(40.0, 140.0);
      assertThat(Math.abs(pool.weightKg(i) * 10 - Math.rint(pool.weightKg(i) * 10)))
          .isLessThan(1e-9);
      assertThat(pool.serumCreatinineMgDl(i)).isBetween(0.5, 6.0);
      assertThat(
              Math.abs(pool.serumCreatinineMgDl(i) * 100 - Math.rint(pool.serumCreatinineMgDl(i) * 100)))
          .isLessThan(1e-9);
      if (pool.female(i)) {
        women++;
      }
    }
    assertThat(women).isBetween(pool.size() / 4, 3 * pool.size() / 4);
  }

  @Test
  void generate_sizeNotAPowerOfTwo_isRejected() {
    assertThatThrownBy(() -> RenalPool.generate(1, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool size (1000)")
        .hasMessageContaining("power of two");
  }

  @Test
  void generate_sizeZero_isRejected() {
    assertThatThrownBy(() -> RenalPool.generate(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool size (0)");
  }
}
