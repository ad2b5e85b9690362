package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.testing.CaseDraft;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The decision rules' exclusions stay each case's own when cases share the array that holds
 * them (clinical basis §4): a case with shared reasons only, one with a reason of its own
 * (cytopenia, with the counts), and the first again, in turn on one thread.
 */
class EligibilitySharingTest {

  private static Optional<Exclusion> reason(Eligibility e, Drug d) {
    return e.ruleExclusion(d);
  }

  @Test
  void ruleExclusion_casesInTurn_eachCaseItsOwnReasons() {
    // An adult outside the transplant setting, not on letermovir: letermovir is for prophylaxis
    // only, maribavir only after transplant; the rest may be given.
    CaseDraft plain = CaseDraft.adult();
    plain.host = HostCategory.HIV;
    // The same with ANC 300 /uL, below the 500 /uL of the ganciclovir label.
    CaseDraft neutropenic = CaseDraft.adult();
    neutropenic.host = HostCategory.HIV;
    neutropenic.anc = 300;

    for (int round = 0; round < 3; round++) {
      Eligibility first = Eligibility.of(plain.build(), CutOffs.defaults());
      Eligibility second = Eligibility.of(neutropenic.build(), CutOffs.defaults());
      Eligibility again = Eligibility.of(plain.build(), CutOffs.defaults());

      for (Eligibility e : new Eligibility[] {first, again}) {
        assertThat(reason(e, Drug.GANCICLOVIR)).isEmpty();
        assertThat(reason(e, Drug.VALGANCICLOVIR)).isEmpty();
        assertThat(reason(e, Drug.FOSCARNET)).isEmpty();
        assertThat(reason(e, Drug.CIDOFOVIR)).isEmpty();
        assertThat(reason(e, Drug.MARIBAVIR).orElseThrow())
            .isEqualTo(
                new Exclusion(
                    Drug.MARIBAVIR,
                    Message.of(MessageKey.MBV_ONLY_POST_TRANSPLANT),
                    RuleId.REG_THIRD_LINE));
        assertThat(reason(e, Drug.LETERMOVIR).orElseThrow())
            .isEqualTo(
                new Exclusion(
                    Drug.LETERMOVIR,
                    Message.of(MessageKey.LETERMOVIR_PROPHYLAXIS_ONLY),
                    RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY));
      }
      Exclusion cytopenia = reason(second, Drug.GANCICLOVIR).orElseThrow();
      assertThat(cytopenia.ruleId()).isEqualTo(RuleId.DOSE_GCV_CYTOPENIA);
      assertThat(cytopenia.why().key()).isEqualTo(MessageKey.GCV_CYTOPENIA);
      // Valganciclovir shares the reason; the other drugs as for the plain case.
      assertThat(reason(second, Drug.VALGANCICLOVIR).orElseThrow().why())
          .isEqualTo(cytopenia.why());
      assertThat(reason(second, Drug.FOSCARNET)).isEmpty();
      assertThat(reason(second, Drug.MARIBAVIR)).isEqualTo(reason(first, Drug.MARIBAVIR));
      assertThat(first.drugsToAssess())
          .containsExactlyInAnyOrder(
              Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR);
      assertThat(second.drugsToAssess()).containsExactlyInAnyOrder(Drug.FOSCARNET, Drug.CIDOFOVIR);
    }
  }
}
