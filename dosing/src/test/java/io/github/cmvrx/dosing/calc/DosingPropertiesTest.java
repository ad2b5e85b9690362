package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.decision.Eligibility;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import io.github.cmvrx.dosing.table.DoseTables;
import io.github.cmvrx.dosing.table.Preparations;
import io.github.cmvrx.dosing.table.TableId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property tests (QuickTheories inside JUnit 5; style.md 2.6): totality, dose never above the table
 * maximum, mg = mg/kg x dosing weight within rounding, dose never rising as kidney function falls,
 * creatinine unit round trip. Generators mix named edge values (band edges, age 1/12/18, weight 35
 * kg, 60 inches) into uniform ranges. A failure prints the seed.
 */
class DosingPropertiesTest {

  private static final long SEED = 20261124L;

  private static QuickTheory theory(int examples) {
    return qt().withFixedSeed(SEED).withExamples(examples);
  }

  private static final Gen<Double> AGE =
      doubles()
          .between(28.0 / 365.25, 120)
          .mix(Generate.pick(List.of(0.5, 0.99, 1.0, 11.99, 12.0, 17.99, 18.0, 68.0, 120.0)), 30);

  private static final Gen<Double> WEIGHT =
      doubles().between(0.5, 400).mix(Generate.pick(List.of(34.99, 35.0, 70.0, 150.0, 400.0)), 20);

  private static final Gen<Double> HEIGHT =
      doubles().between(30.01, 250).mix(Generate.pick(List.of(152.39, 152.4, 175.0, 250.0)), 20);

  private static final Gen<Double> SCR =
      doubles()
          .between(0.1, 20)
          .mix(Generate.pick(List.of(0.1, 0.7, 1.0, 1.5, 2.5, 8.0, 20.0)), 30);

  private static final Gen<RenalReplacement> RRT =
      Generate.enumValues(RenalReplacement.class).mix(Generate.constant(RenalReplacement.NONE), 50);

  private static final Gen<Policy> POLICY =
      Generate.enumValues(WeightBasis.class)
          .zip(
              Generate.enumValues(WeightBasis.class),
              Generate.enumValues(FoscarnetInductionScheme.class),
              Generate.enumValues(FoscarnetMaintenanceScheme.class),
              Generate.pick(List.of(0.0, 0.0, 5.0, 10.0, 25.0, 50.0, 1000.0)),
              (dw, cw, fi, fm, r) ->
                  Policy.builder()
                      .dosingWeight(dw)
                      .crclWeight(cw)
                      .foscarnetInduction(fi)
                      .foscarnetMaintenance(fm)
                      .roundingMg(r)
                      .build());

  private static final Gen<CaseDraft> BODY =
      AGE.zip(
          Generate.enumValues(Sex.class),
          WEIGHT,
          HEIGHT,
          (age, sex, kg, cm) -> CaseDraft.unitCockcroftGault().age(age).sex(sex).weight(kg).height(cm));

  private static final Gen<CaseDraft> PATIENT =
      BODY.zip(
          SCR,
          RRT,
          integers().between(0, 7),
          doubles().between(0, 1.5),
          (body, scr, rrt, flags, rise) -> {
            CaseDraft s = body.scr(scr).rrt(rrt);
            if (rrt == RenalReplacement.INTERMITTENT_HEMODIALYSIS && (flags & 1) == 1) {
              s.noScr();
            }
            s.urineProtein((flags & 2) == 2 ? Optional.of(rise * 200) : Optional.empty());
            s.nephrotoxic((flags & 4) == 4 ? Optional.of(rise > 1.2) : Optional.empty());
            if (rise < 1 && scr - rise >= 0.1) {
              s.baselineScr(scr - rise);
            }
            s.inducers(
                flags == 0
                    ? Set.of(Inducer.CARBAMAZEPINE)
                    : flags == 7 ? EnumSet.of(Inducer.PHENYTOIN) : Set.of());
            return s;
          });

  /**
   * Availability is the dose without building it (issue 10 item 1): {@code Available} exactly
   * where {@code dose} gives a dose, and otherwise the very same exclusion or "not computable",
   * alerts and rationale included. Every outcome kind must occur, or the check proves nothing.
   */
  @Test
  void availability_everyValidInput_agreesWithDose() {
    Set<Class<?>> seen = new java.util.HashSet<>();
    theory(3000)
        .forAll(PATIENT, POLICY)
        .checkAssert(
            (spec, policy) -> {
              PatientCase c = spec.build();
              CaseDosing dosing = CaseDosing.of(c, policy);
              for (Drug drug : Drug.values()) {
                if (!asked(c, drug)) {
                  continue;
                }
                for (DosePhase phase : DosePhase.values()) {
                  DoseDecision full = dosing.dose(drug, phase);
                  DoseDecision available = dosing.availability(drug, phase);
                  seen.add(available.getClass());
                  if (full instanceof DoseDecision.Dosed) {
                    assertThat(available).isEqualTo(DoseDecision.Available.of(drug));
                  } else {
                    assertThat(available).isEqualTo(full);
                  }
                }
              }
            });
    assertThat(seen)
        .containsExactlyInAnyOrder(
            DoseDecision.Available.class,
            DoseDecision.Excluded.class,
            DoseDecision.NotComputable.class);
  }

  /**
   * Dosing only the chosen drugs changes no answer: for every generated case and policy, the
   * advisor's answer equals the decision taken with every drug dosed up front.
   */
  @Test
  void recommend_dosesOnlyTheChosenDrugs_sameAnswerAsDosingEveryDrug() {
    Set<Integer> regimenSizes = new java.util.HashSet<>();
    theory(3000)
        .forAll(PATIENT, POLICY)
        .checkAssert(
            (spec, policy) -> {
              io.github.cmvrx.core.model.PatientCase c = spec.build();
              io.github.cmvrx.core.recommendation.Recommendation everyDose =
                  io.github.cmvrx.core.decision.TreatmentDecider.decide(
                      c,
                      io.github.cmvrx.core.dose.DoseFacts.collect(
                          CaseDosing.of(c, policy),
                          io.github.cmvrx.core.decision.TreatmentDecider.dosePhase(c),
                          Eligibility.of(c, policy.cutOffs()).drugsToAssess()),
                      policy.cutOffs());
              io.github.cmvrx.core.recommendation.Recommendation chosenOnly =
                  io.github.cmvrx.dosing.advisor.TreatmentAdvisor.recommend(c, policy);
              assertThat(chosenOnly).isEqualTo(everyDose);
              regimenSizes.add(chosenOnly.regimen().size());
            });
    // Both empty regimens (nothing usable) and regimens were compared.
    assertThat(regimenSizes).contains(0, 1);
  }

  /**
   * Totality: every valid case and phase gives exactly one outcome, never an exception, for every
   * drug the dosing may be asked about; for the others (letermovir, and a drug the label gives
   * the patient no dose of: Eligibility's) it refuses with IllegalArgumentException.
   */
  @Test
  void dose_everyValidInput_exactlyOneOutcome() {
    Set<Class<?>> seen = new java.util.HashSet<>();
    Set<Drug> refused = EnumSet.noneOf(Drug.class);
    Set<String> bands = new java.util.HashSet<>();
    theory(3000)
        .forAll(PATIENT, POLICY)
        .checkAssert(
            (spec, policy) -> {
              PatientCase pc = spec.build();
              CaseDosing dosing = CaseDosing.of(pc, policy);
              for (Drug drug : Drug.values()) {
                for (DosePhase phase : DosePhase.values()) {
                  if (!asked(pc, drug)) {
                    assertThatThrownBy(() -> dosing.dose(drug, phase))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(drug.name());
                    refused.add(drug);
                    continue;
                  }
                  DoseDecision d = dosing.dose(drug, phase);
                  assertThat(d).isNotNull();
                  assertThat(d.drug()).isEqualTo(drug);
                  seen.add(d.getClass());
                  if (d instanceof DoseDecision.Dosed dosed) {
                    RegimenComponent c = dosed.component();
                    if (phase == DosePhase.INDUCTION
                        && (drug == Drug.GANCICLOVIR
                            || (drug == Drug.FOSCARNET
                                && policy.foscarnetInduction()
                                    == FoscarnetInductionScheme.MG60_Q8H))) {
                      bands.add(drug + " " + schedule(c));
                    }
                    assertThat(c.dose().value()).isFinite().isGreaterThanOrEqualTo(0);
                    assertThat(c.durationDays()).isEmpty();
                  }
                }
              }
            });
    assertThat(seen)
        .containsExactlyInAnyOrder(
            DoseDecision.Dosed.class,
            DoseDecision.Excluded.class,
            DoseDecision.NotComputable.class);
    // Every drug the dosing refuses for some patient was refused (children, under 12 years or 35
    // kg, the cidofovir stop rules), or the refusal is not checked.
    assertThat(refused)
        .containsExactlyInAnyOrder(
            Drug.LETERMOVIR, Drug.VALGANCICLOVIR, Drug.CIDOFOVIR, Drug.MARIBAVIR);
    // coverage (style.md 2.6, point 22): every induction row of clinical basis §3.1 and §3.3 (60 q8h) is hit
    assertThat(bands)
        .contains(
            "GANCICLOVIR 5.0 q12",
            "GANCICLOVIR 2.5 q12",
            "GANCICLOVIR 2.5 q24",
            "GANCICLOVIR 1.25 q24",
            "GANCICLOVIR 1.25 3xw",
            "GANCICLOVIR 2.5 q24 off-label",
            "FOSCARNET 60.0 q8",
            "FOSCARNET 45.0 q8",
            "FOSCARNET 50.0 q12",
            "FOSCARNET 40.0 q12",
            "FOSCARNET 60.0 q24",
            "FOSCARNET 50.0 q24");
  }

  private static String schedule(RegimenComponent c) {
    String when =
        c.timesPerWeek().isPresent()
            ? c.timesPerWeek().getAsInt() + "xw"
            : "q" + c.intervalHours().getAsInt();
    return c.doseMgPerKg().getAsDouble() + " " + when + (c.offLabel() ? " off-label" : "");
  }

  /**
   * Never above the maximum: a weight-based dose never exceeds table mg/kg x dosing weight, and
   * never the full-function row's mg/kg x dosing weight; fixed doses never above their label
   * maximum (valganciclovir 900 mg, maribavir 1200 mg).
   */
  @Test
  void dose_neverAboveMaximum() {
    DoseTables tables = DoseTables.standard();
    theory(3000)
        .forAll(PATIENT, POLICY)
        .checkAssert(
            (spec, policy) -> {
              PatientCase pc = spec.build();
              CaseDosing dosing = CaseDosing.of(pc, policy);
              double kg = dosing.assessment().dosingWeight().kilograms();
              for (Drug drug : Drug.values()) {
                for (DosePhase phase : DosePhase.values()) {
                  if (!asked(pc, drug)
                      || !(dosing.dose(drug, phase) instanceof DoseDecision.Dosed dosed)) {
                    continue;
                  }
                  RegimenComponent c = dosed.component();
                  double mg = c.dose().value();
                  switch (drug) {
                    case GANCICLOVIR -> {
                      double top = tables.get(TableId.ganciclovir(phase)).fullDose().amount();
                      assertThat(mg).isLessThanOrEqualTo(c.doseMgPerKg().getAsDouble() * kg);
                      assertThat(c.doseMgPerKg().getAsDouble()).isLessThanOrEqualTo(top);
                    }
                    case FOSCARNET -> {
                      double top =
                          phase == DosePhase.INDUCTION
                              ? tables
                                  .get(TableId.foscarnet(policy.foscarnetInduction()))
                                  .fullDose()
                                  .amount()
                              : tables
                                  .get(TableId.foscarnet(policy.foscarnetMaintenance()))
                                  .fullDose()
                                  .amount();
                      assertThat(mg).isLessThanOrEqualTo(c.doseMgPerKg().getAsDouble() * kg);
                      assertThat(c.doseMgPerKg().getAsDouble()).isLessThanOrEqualTo(top);
                      assertThat(c.infusionMinutes().getAsInt())
                          .isGreaterThanOrEqualTo((int) Math.ceil(c.doseMgPerKg().getAsDouble()));
                    }
                    case CIDOFOVIR -> assertThat(mg).isLessThanOrEqualTo(5 * kg);
                    case VALGANCICLOVIR -> assertThat(mg).isLessThanOrEqualTo(900);
                    case MARIBAVIR -> assertThat(mg).isLessThanOrEqualTo(1200);
                    case LETERMOVIR -> throw new AssertionError("letermovir dosed for treatment");
                  }
                }
              }
            });
  }

  /** mg = mg/kg x dosing weight rounded down to a practical amount, never above. */
  @Test
  void dose_mgEqualsMgPerKgTimesWeightWithinRounding() {
    theory(3000)
        .forAll(PATIENT, POLICY)
        .checkAssert(
            (spec, policy) -> {
              PatientCase pc = spec.build();
              CaseDosing dosing = CaseDosing.of(pc, policy);
              double kg = dosing.assessment().dosingWeight().kilograms();
              for (Drug drug : List.of(Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR)) {
                for (DosePhase phase : DosePhase.values()) {
                  if (asked(pc, drug)
                      && dosing.dose(drug, phase) instanceof DoseDecision.Dosed dosed) {
                    RegimenComponent c = dosed.component();
                    double exact = c.doseMgPerKg().getAsDouble() * kg;
                    double mg = c.dose().value();
                    // Practical doses (decision 0801): whole mg, never above the computed
                    // dose, less than one step below it: the default step is 5 / 12 / 15 mg
                    // (0.1 / 0.5 / 0.2 mL of 50 / 24 / 75 mg/mL), 1 mg under 20 steps; a local
                    // step then whole mg takes off less than roundingMg + 1.
                    double step =
                        drug == Drug.GANCICLOVIR ? 5 : drug == Drug.FOSCARNET ? 12 : 15;
                    double allowed = exact < 20 * step ? 1 : step;
                    if (policy.roundingMg() > 0) {
                      allowed = Math.max(allowed, policy.roundingMg() + 1);
                    }
                    assertThat(mg).isEqualTo(Math.rint(mg));
                    assertThat(mg).isLessThanOrEqualTo(exact + 1e-9);
                    assertThat(exact - mg).isLessThan(allowed);
                  }
                }
              }
            });
  }

  /**
   * Monotone: the same patient with a higher creatinine (lower kidney function) never gets a higher
   * weekly dose of ganciclovir, valganciclovir or foscarnet, in either phase.
   */
  @Test
  void dose_higherCreatinine_neverHigherWeeklyDose() {
    theory(3000)
        .forAll(BODY, SCR, doubles().between(0, 10), POLICY)
        .checkAssert(
            (body, scr, extra, policy) -> {
              double higher = Math.min(20, scr + extra);
              PatientCase lowCase = body.scr(scr).build();
              CaseDosing low = CaseDosing.of(lowCase, policy);
              CaseDosing high = CaseDosing.of(body.scr(higher).build(), policy);
              for (Drug drug : List.of(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET)) {
                if (!asked(lowCase, drug)) {
                  continue;
                }
                for (DosePhase phase : DosePhase.values()) {
                  assertThat(weekly(high.dose(drug, phase)))
                      .as("%s %s SCr %s vs %s", drug, phase, higher, scr)
                      .isLessThanOrEqualTo(weekly(low.dose(drug, phase)));
                }
              }
            });
  }

  /**
   * Whether the dosing may be asked about {@code drug} for {@code c} (the port's precondition):
   * not letermovir, and not a drug the label gives this patient no dose of (Eligibility's rule).
   */
  private static boolean asked(PatientCase c, Drug drug) {
    return drug != Drug.LETERMOVIR && Eligibility.patientExclusion(c, drug).isEmpty();
  }

  private static double weekly(DoseDecision d) {
    return d instanceof DoseDecision.Dosed dosed ? dosed.component().mgPerWeek() : 0;
  }

  /** umol/L -> mg/dL -> umol/L returns the value; both units give the same clearance. */
  @Test
  void creatinine_unitRoundTrip() {
    theory(2000)
        .forAll(SCR, BODY)
        .checkAssert(
            (mgDl, body) -> {
              SerumCreatinine umol = SerumCreatinine.umolPerL(mgDl * 88.4);
              assertThat(SerumCreatinine.mgPerDl(umol.mgPerDl()).umolPerL())
                  .isCloseTo(umol.value(), within(umol.value() * 1e-12));
              var a = CaseDosing.of(body.scr(mgDl).build(), Policy.defaults()).assessment();
              var b = CaseDosing.of(body.scr(umol).build(), Policy.defaults()).assessment();
              assertThat(a.creatinineClearance().isPresent())
                  .isEqualTo(b.creatinineClearance().isPresent());
              a.creatinineClearance()
                  .ifPresent(
                      c ->
                          assertThat(b.creatinineClearance().orElseThrow().mlPerMin())
                              .isCloseTo(c.mlPerMin(), within(c.mlPerMin() * 1e-12)));
              a.egfr()
                  .ifPresent(
                      e ->
                          assertThat(b.egfr().orElseThrow().mlPerMinPer173())
                              .isCloseTo(e.mlPerMinPer173(), within(e.mlPerMinPer173() * 1e-12)));
            });
  }

  /**
   * The amount to give follows decision 0801, worked here in decimal arithmetic: a policy's
   * local step, then whole mg, unless that gives 0; otherwise the drug's default step, or whole
   * mg below 20 default steps. Both the dose ({@code iv}) and the availability ({@code givenMg})
   * give that amount, including for doses under 1 mg, on a step and just beside one.
   */
  @Test
  void givenMg_everyDoseAndStep_isDecision0801InDecimals() {
    Gen<Double> mg =
        doubles()
            .between(0, 20_000)
            .mix(
                Generate.pick(
                    List.of(0.0, 0.4, 0.99, 1.0, 19.99, 100.0, 299.99, 300.0, 155.00000000000003)),
                30);
    theory(5000)
        .forAll(
            Generate.pick(List.of(Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR)), mg, POLICY)
        .checkAssert(
            (drug, computed, policy) -> {
              double expected = -1;
              if (policy.roundingMg() > 0) {
                expected =
                    PracticalDose.decimalFloorTo(
                        PracticalDose.decimalFloorTo(computed, policy.roundingMg()), 1);
              }
              if (!(expected > 0)) {
                double step = PracticalDose.defaultStepMg(drug);
                expected =
                    PracticalDose.decimalFloorTo(
                        computed,
                        computed < step * Preparations.MIN_STEPS_FOR_VOLUME_STEP ? 1 : step);
              }
              assertThat(PracticalDose.givenMg(drug, computed, policy)).isEqualTo(expected);
              assertThat(PracticalDose.iv(drug, computed, policy).givenMg()).isEqualTo(expected);
            });
  }

  /**
   * Whether an IV dose can be given, as the availability asks it, is whether its amount to give
   * reaches 1 mg, around 1 and 2 mg above all, where the shortcut from 2 mg on begins.
   */
  @Test
  void measurable_everyDoseAndStep_isAmountAtLeastOneMg() {
    Gen<Double> mg =
        doubles()
            .between(0, 5)
            .mix(doubles().between(0, 20_000), 30)
            .mix(Generate.pick(List.of(0.0, 0.999999999, 1.0, 1.9999999999, 2.0, 2.0000001)), 30);
    theory(5000)
        .forAll(
            Generate.pick(List.of(Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR)), mg, POLICY)
        .checkAssert(
            (drug, computed, policy) ->
                assertThat(PracticalDose.measurable(drug, computed, policy))
                    .isEqualTo(PracticalDose.givenMg(drug, computed, policy) >= 1));
  }

  /** Rounding is idempotent and never above its input. */
  @Test
  void rounding_idempotentAndNotAbove() {
    theory(3000)
        .forAll(
            doubles().between(0, 200_000),
            Generate.pick(List.of(0.0, 0.5, 5.0, 25.0, 50.0, 1000.0)))
        .checkAssert(
            (mg, step) -> {
              double once = Rounding.roundNotAbove(mg, step);
              assertThat(once).isLessThanOrEqualTo(mg);
              assertThat(Rounding.roundNotAbove(once, step)).isEqualTo(once);
            });
  }
}
