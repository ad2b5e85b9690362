package io.github.cmvrx.simulation.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.dosing.renal.CockcroftGault;
import io.github.cmvrx.simulation.edge.Threshold;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CohortGeneratorTest {
  private static final int N = 20_000;

  @Test
  void generate_sameSeedAndIndex_sameCase() {
    CohortGenerator a = new CohortGenerator(CohortSpecs.mixed(), 42);
    CohortGenerator b = new CohortGenerator(CohortSpecs.mixed(), 42);
    for (long i : new long[] {0, 1, 999, 123_456_789}) {
      assertThat(a.generate(i)).isEqualTo(b.generate(i));
    }
  }

  @Test
  void generate_orderOfIndices_doesNotMatter() {
    CohortGenerator g = new CohortGenerator(CohortSpecs.mixed(), 7);
    PatientCase forward = g.generate(500);
    for (long i = 1000; i > 0; i--) {
      assertThat(g.generate(i)).isNotNull();
    }
    assertThat(g.generate(500)).isEqualTo(forward);
  }

  @Test
  void generate_differentSeeds_differentCases() {
    PatientCase a = new CohortGenerator(CohortSpecs.mixed(), 1).generate(0);
    PatientCase b = new CohortGenerator(CohortSpecs.mixed(), 2).generate(0);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void generate_everyPreset_buildsValidCasesInScopeCoveringTheMix() {
    for (String name : CohortSpecs.NAMES) {
      CohortGenerator g = new CohortGenerator(CohortSpecs.named(name).orElseThrow(), 3);
      int children = 0;
      int umol = 0;
      Set<HostCategory> hosts = EnumSet.noneOf(HostCategory.class);
      Set<RenalReplacement> rrt = EnumSet.noneOf(RenalReplacement.class);
      for (int i = 0; i < N; i++) {
        PatientCase c = g.generate(i); // the strict builders throw on any invalid value
        assertThat(c.isInScope()).isTrue();
        if (c.patient().age().years() < 18) {
          children++;
        }
        if (c.patient().serumCreatinine().map(s -> s.unit() == CreatinineUnit.UMOL_PER_L).orElse(false)) {
          umol++;
        }
        hosts.add(c.host().category());
        rrt.add(c.patient().renalReplacement());
      }
      assertThat(children).as(name + " children").isGreaterThan(0);
      assertThat(umol).as(name + " umol/L").isGreaterThan(0);
      assertThat(rrt).as(name).contains(RenalReplacement.NONE, RenalReplacement.INTERMITTENT_HEMODIALYSIS);
      assertThat(hosts).as(name).isNotEmpty();
    }
  }

  @Test
  void generate_mixed_childShareNearSpec() {
    CohortGenerator g = new CohortGenerator(CohortSpecs.mixed(), 11);
    int children = 0;
    for (int i = 0; i < N; i++) {
      if (g.generate(i).patient().age().years() < 18) {
        children++;
      }
    }
    // childShare 0.03 plus boundary patients moved to age 12 or 18 - 0.01 (a few per mille).
    assertThat((double) children / N).isBetween(0.02, 0.05);
  }

  @Test
  void generate_youngestChild_isAtLeast28Days() {
    CohortSpec allChildren = CohortSpecs.mixed().toBuilder()
            .body(ImmutableBodyMix.copyOf(CohortSpecs.mixed().body()).withChildShare(1))
            .boundaryShare(0)
            .build();
    CohortGenerator g = new CohortGenerator(allChildren, 5);
    double youngest = Double.MAX_VALUE;
    for (int i = 0; i < N; i++) {
      youngest = Math.min(youngest, g.generate(i).patient().age().years());
    }
    assertThat(youngest).isGreaterThanOrEqualTo(CaseLimits.MIN_AGE_IN_SCOPE_YEARS).isLessThan(1);
  }

  @Test
  void generate_boundaryPatients_landOnTheirCrclEdge() {
    CohortSpec all = CohortSpecs.mixed().toBuilder().boundaryShare(1).build();
    CohortGenerator g = new CohortGenerator(all, 9);
    Set<Threshold> seen = new java.util.HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      Threshold t = g.thresholds().get(g.boundaryThreshold(i));
      seen.add(t);
      PatientCase c = g.generate(i);
      if (t.kind() == Threshold.Kind.CRCL) {
        double crcl =
            CockcroftGault.creatinineClearance(
                    c.patient().age(),
                    c.patient().sex(),
                    c.patient().weight(),
                    c.patient().serumCreatinine().orElseThrow())
                .mlPerMin();
        double distance = Math.abs(crcl - t.value());
        assertThat(distance).as(t.name()).isLessThanOrEqualTo(t.step() * (1 + 1e-6));
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(g.thresholds());
  }

  @Test
  void mix_neighbouringIndices_differInManyBits() {
    long a = CohortGenerator.mix(1, 100);
    long b = CohortGenerator.mix(1, 101);
    assertThat(Long.bitCount(a ^ b)).isGreaterThan(16);
  }
}
