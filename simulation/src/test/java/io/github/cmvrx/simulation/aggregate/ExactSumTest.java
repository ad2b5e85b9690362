package io.github.cmvrx.simulation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {

  private static List<Double> values(long seed, int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Daily doses span 0.01 to 10^5 mg: magnitudes far apart make a plain double sum lose bits.
      v.add(Math.pow(10, rng.nextDouble(-2, 5)));
    }
    return v;
  }

  private static double exactlyRounded(List<Double> values) {
    BigDecimal exact = BigDecimal.ZERO;
    for (double d : values) {
      exact = exact.add(new BigDecimal(d));
    }
    // BigDecimal.doubleValue rounds the exact decimal to the nearest double.
    return exact.round(MathContext.UNLIMITED).doubleValue();
  }

  @Test
  void value_isTheExactSumCorrectlyRounded() {
    List<Double> v = values(3, 20_000);
    ExactSum s = new ExactSum();
    v.forEach(s::add);
    assertThat(s.value()).isEqualTo(exactlyRounded(v));
  }

  @Test
  void value_sameBitsInAnyOrderAndAnySplit() {
    List<Double> v = values(5, 10_000);
    ExactSum inOrder = new ExactSum();
    v.forEach(inOrder::add);
    List<Double> shuffled = new ArrayList<>(v);
    Collections.shuffle(shuffled, new Random(9));
    // Split the shuffled values into 7 uneven parts and merge them right to left.
    ExactSum merged = new ExactSum();
    int[] cuts = {0, 13, 400, 401, 3000, 7777, 9000, shuffled.size()};
    for (int k = cuts.length - 2; k >= 0; k--) {
      ExactSum part = new ExactSum();
      shuffled.subList(cuts[k], cuts[k + 1]).forEach(part::add);
      merged.add(part);
    }
    assertThat(Double.doubleToLongBits(merged.value()))
        .isEqualTo(Double.doubleToLongBits(inOrder.value()));
  }

  @Test
  void value_plainDoubleSumWouldDependOnOrder() {
    // Guard for the test above: with these values a naive sum does change with the order, so
    // agreement there is the exact sum's doing and not luck.
    double forward = 0;
    double backward = 0;
    List<Double> v = values(5, 10_000);
    for (double d : v) {
      forward += d;
    }
    for (int i = v.size() - 1; i >= 0; i--) {
      backward += v.get(i);
    }
    assertThat(forward).isNotEqualTo(backward);
  }

  @Test
  void value_cancellationAndEmpty() {
    ExactSum s = new ExactSum();
    assertThat(s.value()).isEqualTo(0.0);
    s.add(1e16);
    s.add(1.0);
    s.add(-1e16);
    // 1e16 + 1 is not a double, yet the exact partials keep the 1.
    assertThat(s.value()).isEqualTo(1.0);
  }
}
