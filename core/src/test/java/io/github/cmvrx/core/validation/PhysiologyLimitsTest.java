package io.github.cmvrx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cmvrx.core.validation.Physiology.AgeGroup;
import io.github.cmvrx.core.validation.Physiology.Limits;
import org.junit.jupiter.api.Test;

/**
 * {@link Limits#implausible}: true only inside the refuse limits and outside the warn limits. The
 * adult weight limits of decision record 0900: refused below 10 or above 400 kg, implausible
 * below 30 or above 250 kg.
 */
class PhysiologyLimitsTest {

  private static final Limits ADULT_WEIGHT = Physiology.weight(AgeGroup.ADULT);

  @Test
  void implausible_insideTheWarnLimitsAndAtTheirEdges_false() {
    assertThat(ADULT_WEIGHT.implausible(30)).isFalse();
    assertThat(ADULT_WEIGHT.implausible(70)).isFalse();
    assertThat(ADULT_WEIGHT.implausible(250)).isFalse();
  }

  @Test
  void implausible_betweenTheWarnAndRefuseLimits_true() {
    assertThat(ADULT_WEIGHT.implausible(29.9)).isTrue();
    assertThat(ADULT_WEIGHT.implausible(10)).isTrue();
    assertThat(ADULT_WEIGHT.implausible(250.1)).isTrue();
    assertThat(ADULT_WEIGHT.implausible(400)).isTrue();
  }

  @Test
  void implausible_impossibleOrNotANumber_falseImpossibleInstead() {
    assertThat(ADULT_WEIGHT.implausible(9.9)).isFalse();
    assertThat(ADULT_WEIGHT.impossible(9.9)).isTrue();
    assertThat(ADULT_WEIGHT.implausible(400.1)).isFalse();
    assertThat(ADULT_WEIGHT.impossible(400.1)).isTrue();
    assertThat(ADULT_WEIGHT.implausible(Double.NaN)).isFalse();
    assertThat(ADULT_WEIGHT.impossible(Double.NaN)).isTrue();
  }

  @Test
  void implausible_anyValue_neverAlsoImpossibleAndOnlyOutsideTheWarnLimits() {
    qt().withFixedSeed(900L)
        .forAll(doubles().between(-10, 500))
        .checkAssert(
            v -> {
              for (AgeGroup g : AgeGroup.values()) {
                for (Limits l :
                    new Limits[] {
                      Physiology.weight(g), Physiology.height(g), Physiology.bodyMassIndex(g)
                    }) {
                  boolean inWarn = v >= l.warnMin() && v <= l.warnMax();
                  boolean inRefuse = v >= l.refuseMin() && v <= l.refuseMax();
                  assertThat(l.implausible(v)).isEqualTo(inRefuse && !inWarn);
                  assertThat(l.impossible(v)).isEqualTo(!inRefuse);
                }
              }
            });
  }
}
