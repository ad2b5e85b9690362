package io.github.cmvrx.simulation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedRunTest {

  /** A partial result whose combine is order-sensitive: a list of the indices, and a double sum. */
  record Part(List<Long> indices, double sum) {
    static Part combine(Part a, Part b) {
      List<Long> all = new ArrayList<>(a.indices);
      all.addAll(b.indices);
      return new Part(all, a.sum + b.sum);
    }
  }

  private static Part work(long from, long to) {
    List<Long> idx = new ArrayList<>();
    double sum = 0;
    for (long i = from; i < to; i++) {
      idx.add(i);
      sum += 1.0 / (i + 1);
    }
    return new Part(idx, sum);
  }

  @Test
  void run_oneAndFourThreads_sameResultBitForBit() {
    Part one = ChunkedRun.run(5, 10_007, 1, 64, ChunkedRunTest::work, Part::combine, new Part(List.of(), 0), n -> {});
    Part four = ChunkedRun.run(5, 10_007, 4, 64, ChunkedRunTest::work, Part::combine, new Part(List.of(), 0), n -> {});
    assertThat(four.indices()).isEqualTo(one.indices());
    assertThat(Double.doubleToLongBits(four.sum())).isEqualTo(Double.doubleToLongBits(one.sum()));
    assertThat(one.indices()).hasSize(10_007).startsWith(5L).endsWith(10_011L);
  }

  @Test
  void run_progress_endsAtN() {
    List<Long> seen = new ArrayList<>();
    Part all =
        ChunkedRun.run(
            0, 1000, 2, 100, ChunkedRunTest::work, Part::combine, new Part(List.of(), 0), seen::add);
    assertThat(all.indices()).hasSize(1000);
    assertThat(seen).hasSize(10).endsWith(1000L).isSorted();
  }

  @Test
  void run_zeroPatients_isIdentity() {
    Part none = ChunkedRun.run(0, 0, 2, 100, ChunkedRunTest::work, Part::combine, new Part(List.of(), 0), n -> {});
    assertThat(none.indices()).isEmpty();
  }
}
