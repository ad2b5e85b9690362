package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.DiseaseSite;
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
 * The case-level rules whose one home is {@link Eligibility} (decision 1404), each at and around
 * its edge, with the values of the clinical basis: maribavir from 12 years and 35 kg (§3.5.2),
 * cidofovir not under 18 (§3.4, §4) and stopped by a creatinine rise of 0.5 mg/dL or proteinuria
 * 3+ read as 300 mg/dL (§3.4), valganciclovir tablets not under 18 (§4). Each rule comes after
 * the drug's earlier rules (resistance, the CNS, maribavir's indication), where the dosing met it.
 */
class EligibilityPatientRulesTest {

  private static Eligibility of(CaseDraft d) {
    return Eligibility.of(d.build(), CutOffs.defaults());
  }

  private static Optional<Exclusion> reason(CaseDraft d, Drug drug) {
    return of(d).ruleExclusion(drug);
  }

  /**
   * A patient maribavir's indication allows (clinical basis §3.5.2): solid organ transplant,
   * refractory disease, pneumonitis (not the CNS, not the retina); a child's height.
   */
  private static CaseDraft maribavirIndicated(double ageYears, double kg) {
    CaseDraft d = CaseDraft.adult().age(ageYears).weight(kg).height(150);
    d.host = HostCategory.SOLID_ORGAN_TRANSPLANT;
    d.refractory = true;
    return d;
  }

  // ------------------------------------------------------------------------------ maribavir

  @Test
  void maribavir_under12Years_excludedWithAgeAndWeight() {
    // §3.5.2: "age 12 years or more and weight 35 kg or more"; 11.99 years is under 12.
    Exclusion e = reason(maribavirIndicated(11.99, 40), Drug.MARIBAVIR).orElseThrow();
    assertThat(e.ruleId()).isEqualTo(RuleId.DOSE_MBV);
    assertThat(e.why()).isEqualTo(Message.of(MessageKey.MBV_AGE_WEIGHT, 11.99, 40.0));
    assertThat(of(maribavirIndicated(11.99, 40)).drugsToAssess()).doesNotContain(Drug.MARIBAVIR);
  }

  @Test
  void maribavir_12YearsAnd35Kg_allowed() {
    // Both edges are included (">= 12", ">= 35").
    assertThat(reason(maribavirIndicated(12, 35), Drug.MARIBAVIR)).isEmpty();
    assertThat(of(maribavirIndicated(12, 35)).drugsToAssess()).contains(Drug.MARIBAVIR);
  }

  @Test
  void maribavir_under35Kg_excluded() {
    Exclusion e = reason(maribavirIndicated(30, 34.9), Drug.MARIBAVIR).orElseThrow();
    assertThat(e.ruleId()).isEqualTo(RuleId.DOSE_MBV);
    assertThat(e.why()).isEqualTo(Message.of(MessageKey.MBV_AGE_WEIGHT, 30.0, 34.9));
  }

  @Test
  void maribavir_indicationComesBeforeAgeAndWeight() {
    // A 10-year-old of 30 kg who is not refractory nor resistant: the indication is the reason.
    CaseDraft d = maribavirIndicated(10, 30);
    d.refractory = false;
    assertThat(reason(d, Drug.MARIBAVIR).orElseThrow().why().key())
        .isEqualTo(MessageKey.MBV_ONLY_REFRACTORY_OR_RESISTANT);
    // And in CNS disease, the CNS.
    assertThat(reason(maribavirIndicated(10, 30).cns(), Drug.MARIBAVIR).orElseThrow().why().key())
        .isEqualTo(MessageKey.MBV_NEVER_CNS);
  }

  @Test
  void maribavir_ageAndWeightAreEachCasesOwn_whenCasesShareTheArray() {
    // Reasons with numbers are not shared values: each case in turn keeps its own.
    for (int round = 0; round < 3; round++) {
      assertThat(reason(maribavirIndicated(11.5, 36), Drug.MARIBAVIR).orElseThrow().why())
          .isEqualTo(Message.of(MessageKey.MBV_AGE_WEIGHT, 11.5, 36.0));
      assertThat(reason(maribavirIndicated(40, 30), Drug.MARIBAVIR).orElseThrow().why())
          .isEqualTo(Message.of(MessageKey.MBV_AGE_WEIGHT, 40.0, 30.0));
      assertThat(reason(maribavirIndicated(40, 70), Drug.MARIBAVIR)).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------ cidofovir

  @Test
  void cidofovir_under18_excluded_from18_notByThisRule() {
    // §3.4: "Not used under 18 years"; 17.99 is under, 18 is not.
    Exclusion child = reason(CaseDraft.adult().age(17.99).height(170).weight(60), Drug.CIDOFOVIR)
        .orElseThrow();
    assertThat(child)
        .isEqualTo(
            new Exclusion(
                Drug.CIDOFOVIR,
                Message.of(MessageKey.CDV_UNDER_ADULT_AGE),
                RuleId.DOSE_CDV_PAEDIATRIC));
    assertThat(reason(CaseDraft.adult().age(18).height(170).weight(60), Drug.CIDOFOVIR)).isEmpty();
  }

  @Test
  void cidofovir_cnsComesBeforeTheAge() {
    assertThat(
            reason(CaseDraft.adult().age(16).height(170).weight(60).cns(), Drug.CIDOFOVIR)
                .orElseThrow()
                .why()
                .key())
        .isEqualTo(MessageKey.CDV_NEVER_CNS);
  }

  @Test
  void cidofovir_creatinineRiseOf0point5_stops() {
    // §3.4: a rise of 0.5 mg/dL or more stops it. 1.2 - 0.7 = 0.5 (0.49999999999999994 in
    // double): on the edge, so stopped.
    Exclusion e = reason(CaseDraft.adult().scr(1.2).baselineScr(0.7), Drug.CIDOFOVIR).orElseThrow();
    assertThat(e.ruleId()).isEqualTo(RuleId.DOSE_CDV_ON_THERAPY);
    assertThat(e.why()).isEqualTo(Message.of(MessageKey.CDV_CREATININE_RISE_STOP, 0.5));
    assertThat(of(CaseDraft.adult().scr(1.2).baselineScr(0.7)).drugsToAssess())
        .doesNotContain(Drug.CIDOFOVIR);
  }

  @Test
  void cidofovir_creatinineRiseOf0point49_notStopped() {
    // 1.19 - 0.7 = 0.49 < 0.5: at most the dosing's 3 mg/kg reduction (a rise of 0.3 to 0.4).
    assertThat(reason(CaseDraft.adult().scr(1.19).baselineScr(0.7), Drug.CIDOFOVIR)).isEmpty();
  }

  @Test
  void cidofovir_proteinuria3Plus_stops_299_notByThisRule() {
    // §3.4: proteinuria 3+, read as 300 mg/dL, stops it; 299 mg/dL is "only" the dosing's
    // contraindication (100 mg/dL or more, one exclusion with the other conditions).
    Exclusion e =
        reason(CaseDraft.adult().urineProtein(Optional.of(300.0)), Drug.CIDOFOVIR).orElseThrow();
    assertThat(e.ruleId()).isEqualTo(RuleId.DOSE_CDV_ON_THERAPY);
    assertThat(e.why()).isEqualTo(Message.of(MessageKey.CDV_PROTEINURIA_STOP, 300.0));
    assertThat(e.why().toString()).contains("proteinuria 3+ (300 mg/dL)");
    assertThat(reason(CaseDraft.adult().urineProtein(Optional.of(299.0)), Drug.CIDOFOVIR))
        .isEmpty();
  }

  @Test
  void cidofovir_rules_inTheOrderOfTheLabel() {
    // Under 18 first, then the creatinine rise, then the proteinuria.
    CaseDraft all =
        CaseDraft.adult()
            .age(16)
            .height(170)
            .weight(60)
            .scr(1.3)
            .baselineScr(0.7)
            .urineProtein(Optional.of(400.0));
    assertThat(reason(all, Drug.CIDOFOVIR).orElseThrow().why().key())
        .isEqualTo(MessageKey.CDV_UNDER_ADULT_AGE);
    CaseDraft adult =
        CaseDraft.adult().scr(1.3).baselineScr(0.7).urineProtein(Optional.of(400.0));
    assertThat(reason(adult, Drug.CIDOFOVIR).orElseThrow().why().key())
        .isEqualTo(MessageKey.CDV_CREATININE_RISE_STOP);
  }

  @Test
  void creatinineRise_snappedAndNaNWhenUnknown() {
    // 1.4 - 1.1 = 0.3 exactly after snapping (0.2999999999999998 in double).
    assertThat(
            Eligibility.creatinineRiseMgPerDl(CaseDraft.adult().scr(1.4).baselineScr(1.1).build()))
        .isEqualTo(0.3);
    assertThat(Eligibility.creatinineRiseMgPerDl(CaseDraft.adult().scr(1.4).build())).isNaN();
  }

  // -------------------------------------------------------------------------- valganciclovir

  @Test
  void valganciclovir_under18_excluded_from18_allowed() {
    // §4 Choice: adult tablet doses only from age 18.
    assertThat(
            reason(CaseDraft.adult().age(17.99).height(170).weight(60), Drug.VALGANCICLOVIR)
                .orElseThrow())
        .isEqualTo(
            new Exclusion(
                Drug.VALGANCICLOVIR,
                Message.of(MessageKey.VGC_UNDER_ADULT_AGE),
                RuleId.REG_PAEDIATRIC_NO_TABLETS));
    assertThat(reason(CaseDraft.adult().age(18).height(170).weight(60), Drug.VALGANCICLOVIR))
        .isEmpty();
  }

  // ------------------------------------------------------------------ the public rule, alone

  @Test
  void patientExclusion_isTheRuleEligibilityUses() {
    CaseDraft child = maribavirIndicated(11.99, 40).sites(DiseaseSite.PNEUMONITIS);
    for (Drug d : Drug.values()) {
      Optional<Exclusion> alone = Eligibility.patientExclusion(child.build(), d);
      if (d == Drug.VALGANCICLOVIR || d == Drug.CIDOFOVIR || d == Drug.MARIBAVIR) {
        // Valganciclovir: the ganciclovir family's own reason (refractory disease) comes first
        // in Eligibility, so only cidofovir and maribavir are compared with it.
        assertThat(alone).isPresent();
        if (d != Drug.VALGANCICLOVIR) {
          assertThat(of(child).ruleExclusion(d)).isEqualTo(alone);
        }
      } else {
        assertThat(alone).isEmpty();
      }
    }
  }
}
