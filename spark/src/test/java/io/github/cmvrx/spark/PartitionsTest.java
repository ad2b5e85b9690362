package io.github.cmvrx.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitionsTest {

  @Test
  void start_coversTheRangeContiguouslyWithSizesWithinOne() {
    long first = 17;
    long n = 1003;
    int parts = 7;
    assertThat(Partitions.start(first, n, parts, 0)).isEqualTo(first);
    assertThat(Partitions.start(first, n, parts, parts)).isEqualTo(first + n);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int p = 0; p < parts; p++) {
      long size = Partitions.start(first, n, parts, p + 1) - Partitions.start(first, n, parts, p);
      min = Math.min(min, size);
      max = Math.max(max, size);
    }
    // 1003 = 7 * 143 + 2: two parts of 144, five of 143.
    assertThat(min).isEqualTo(143);
    assertThat(max).isEqualTo(144);
  }

  @Test
  void start_morePartsThanPatients_someEmpty() {
    assertThat(Partitions.start(0, 2, 5, 5)).isEqualTo(2);
    assertThat(Partitions.start(0, 2, 5, 3)).isEqualTo(2);
    assertThat(Partitions.start(0, 2, 5, 1)).isEqualTo(1);
  }

  @Test
  void start_hugeRange_noOverflow() {
    long n = 1_000_000_000_000L;
    assertThat(Partitions.start(0, n, 3, 3)).isEqualTo(n);
    assertThat(Partitions.start(0, n, 3, 1)).isEqualTo(333_333_333_334L);
  }

  @Test
  void start_badArguments_throwNamingThem() {
    assertThatThrownBy(() -> Partitions.start(0, 10, 0, 0)).hasMessageContaining("partitions (0)");
    assertThatThrownBy(() -> Partitions.start(0, 10, 2, 3)).hasMessageContaining("part (3)");
  }
}
