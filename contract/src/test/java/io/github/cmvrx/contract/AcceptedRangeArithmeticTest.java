package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.model.Virology;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.core.validation.FieldRange;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * No arithmetic overflows, underflows to zero or gives a non-finite value from an accepted input
 * (issue 12 item 3): every numeric field is drawn over its whole accepted range ({@link
 * CaseLimits}), with its edges, the next double inside each edge, the smallest positive double
 * where zero is accepted, a log-uniform spread (so tiny and huge values are as likely as middle
 * ones) and a uniform spread. Every case, answered or refused, must come back without an
 * exception; every derived measure and every dose of an answer must be finite and above zero; the
 * JSON written must hold no non-finite number.
 */
class AcceptedRangeArithmeticTest {

  private static final long SEED = 20261202L;

  /** Values across the whole accepted range of {@code r}. */
  static Gen<Double> across(FieldRange r) {
    double lo = r.minInclusive() ? r.min() : Math.nextUp(r.min());
    double hi = r.maxInclusive() ? r.max() : Math.nextDown(r.max());
    List<Double> edges = new ArrayList<>(List.of(lo, Math.nextUp(lo), hi, Math.nextDown(hi)));
    double logLo = lo;
    if (lo == 0) {
      edges.add(Double.MIN_VALUE);
      logLo = Double.MIN_NORMAL;
    }
    double from = logLo;
    Gen<Double> logUniform =
        doubles()
            .between(0, 1)
            .map(u -> Math.min(hi, Math.max(from, from * Math.pow(hi / from, u))));
    return doubles().between(lo, hi).mix(logUniform, 40).mix(Generate.pick(edges), 30);
  }

  private static final Gen<Policy> POLICY =
      Generate.enumValues(WeightBasis.class)
          .zip(
              Generate.enumValues(FoscarnetInductionScheme.class),
              Generate.pick(List.of(0.0, 1.0, 25.0, 1000.0)),
              (w, f, r) ->
                  Policy.builder()
                      .dosingWeight(w)
                      .crclWeight(w)
                      .foscarnetInduction(f)
                      .roundingMg(r)
                      .build());

  /** Age, sex, weight, height, creatinine value and the creatinine choice (unit or absent). */
  private record Body(double age, double kg, double cm, double scrFraction, int scrChoice) {}

  private static final Gen<Body> BODY =
      across(CaseLimits.AGE_YEARS)
          .zip(
              across(CaseLimits.WEIGHT_KG),
              across(CaseLimits.HEIGHT_CM),
              doubles().between(0, 1),
              integers().between(0, 5),
              Body::new);

  private record Counts(double cd4, double months, double anc, double platelets, double hb) {}

  private static final Gen<Counts> COUNTS =
      across(CaseLimits.CD4_PER_UL)
          .zip(
              across(CaseLimits.MONTHS_CD4_ABOVE_100),
              across(CaseLimits.ANC_PER_UL),
              across(CaseLimits.PLATELETS_PER_UL),
              across(CaseLimits.HEMOGLOBIN_G_PER_DL),
              Counts::new);

  private record Rest(double urineProtein, double baseline, int daysIv, int daysInduction, int k) {}

  private static final Gen<Rest> REST =
      across(CaseLimits.URINE_PROTEIN_MG_PER_DL)
          .zip(
              across(CaseLimits.BASELINE_CREATININE_MG_DL),
              across(CaseLimits.DAYS_OF_IV_THERAPY).map(d -> (int) Math.floor(d)),
              across(CaseLimits.DAYS_OF_INDUCTION).map(d -> (int) Math.floor(d)),
              integers().between(0, 1 << 16),
              Rest::new);

  /** Picks a value inside {@code r} at {@code fraction} of the way, on a log scale. */
  private static double inside(FieldRange r, double fraction) {
    double lo = r.minInclusive() ? r.min() : Math.nextUp(r.min());
    double hi = r.max();
    return Math.min(hi, Math.max(lo, lo * Math.pow(hi / lo, fraction)));
  }

  static PatientCase build(Body b, Counts c, Rest r) {
    RenalReplacement[] rrts = RenalReplacement.values();
    RenalReplacement rrt = rrts[r.k() % rrts.length];
    Patient.Builder p =
        Patient.builder()
            .age(Age.years(b.age()))
            .sex((r.k() & 1) == 0 ? Sex.MALE : Sex.FEMALE)
            .weight(Mass.kilograms(b.kg()))
            .height(Length.centimetres(b.cm()))
            .renalReplacement(rrt);
    boolean absent = b.scrChoice() == 0 && rrt == RenalReplacement.INTERMITTENT_HEMODIALYSIS;
    if (!absent) {
      p.serumCreatinine(
          b.scrChoice() % 2 == 0
              ? SerumCreatinine.mgPerDl(inside(CaseLimits.SERUM_CREATININE_MG_DL, b.scrFraction()))
              : SerumCreatinine.umolPerL(
                  inside(CaseLimits.SERUM_CREATININE_UMOL_L, b.scrFraction())));
    }
    HostCategory[] hosts = HostCategory.values();
    DiseaseSite[] sites = DiseaseSite.values();
    TreatmentPhase[] phases = TreatmentPhase.values();
    return PatientCase.builder()
        .id("g" + r.k())
        .patient(p.build())
        .host(
            Host.builder()
                .category(hosts[(r.k() >> 2) % hosts.length])
                .cd4(CellCount.perMicrolitre(c.cd4()))
                .monthsCd4Above100(c.months())
                .onAntiretroviralTherapy((r.k() & 2) == 0)
                .hivRnaSuppressed((r.k() & 4) == 0)
                .build())
        .disease(
            Disease.builder()
                .addSites(sites[(r.k() >> 3) % sites.length])
                .severity((r.k() & 8) == 0 ? Severity.SEVERE : Severity.MILD_MODERATE)
                .build())
        .virology(Virology.unknown())
        .labs(
            Labs.builder()
                .anc(CellCount.perMicrolitre(c.anc()))
                .platelets(CellCount.perMicrolitre(c.platelets()))
                .hemoglobin(Haemoglobin.gramsPerDecilitre(c.hb()))
                .urineProtein(UrineProtein.mgPerDecilitre(r.urineProtein()))
                .baselineSerumCreatinine(SerumCreatinine.mgPerDl(r.baseline()))
                .build())
        .treatment(
            Treatment.builder()
                .phase(phases[(r.k() >> 5) % phases.length])
                .daysOfIvTherapy(r.daysIv())
                .daysOfInduction(r.daysInduction())
                .canTakeOral((r.k() & 16) == 0)
                .build())
        .build();
  }

  @Test
  void recommend_wholeAcceptedRange_everyNumberFiniteAndAboveZero() {
    int[] answered = {0};
    qt().withFixedSeed(SEED)
        .withExamples(4000)
        .forAll(BODY, COUNTS, REST, POLICY)
        .checkAssert(
            (b, c, r, policy) -> {
              PatientCase pc = build(b, c, r);
              Recommendation rec = TreatmentAdvisor.recommend(pc, policy);
              String json = RecommendationJson.write(rec);
              assertThat(json).doesNotContain("Infinity").doesNotContain("NaN");
              if (rec.status() == Status.REFUSED) {
                assertThat(rec.errors()).isNotEmpty();
                return;
              }
              answered[0]++;
              Assessment a = rec.assessment().orElseThrow();
              positive(a.dosingWeight().kilograms());
              positive(a.bodySurfaceArea().squareMetres());
              a.creatinineClearance().ifPresent(x -> positive(x.mlPerMin()));
              a.creatinineClearancePerKg().ifPresent(x -> positive(x.mlPerMinPerKg()));
              a.egfr().ifPresent(x -> positive(x.mlPerMinPer173()));
              a.idealBodyWeight().ifPresent(x -> positive(x.kilograms()));
              a.adjustedBodyWeight().ifPresent(x -> positive(x.kilograms()));
              List<RegimenComponent> all = new ArrayList<>(rec.regimen());
              all.addAll(rec.alternatives());
              for (RegimenComponent rc : all) {
                positive(rc.dose().value());
                rc.doseMgPerKg().ifPresent(AcceptedRangeArithmeticTest::positive);
              }
            });
    // The draw must reach the engine, not only the refusals.
    assertThat(answered[0]).isGreaterThan(400);
  }

  private static void positive(double x) {
    assertThat(x).isFinite().isGreaterThan(0);
  }

  /**
   * Issue 12 item 2: serum creatinine 1e-304 mg/dL was accepted and Cockcroft-Gault overflowed to
   * "CrCl 6.29e305 mL/min"; 5e-324 made the engine throw. Both are now refused at reading, naming
   * the field and the accepted range.
   */
  @Test
  void read_creatinineFarBelowAnyPatient_refusedNamingFieldAndRange() {
    for (String v : List.of("1e-304", "5e-324", "0.09")) {
      String json =
          "{\"id\":\"c\",\"patient\":{\"ageYears\":54,\"sex\":\"male\",\"weightKg\":70,"
              + "\"heightCm\":175,\"serumCreatinine\":{\"value\":"
              + v
              + ",\"unit\":\"mg/dL\"},\"renalReplacement\":\"none\"},"
              + "\"host\":{\"category\":\"solid_organ_transplant\"},"
              + "\"disease\":{\"sites\":[\"pneumonitis\"],\"severity\":\"severe\"},"
              + "\"treatment\":{\"phase\":\"none\"}}";
      JsonResult<PatientCase> read = CaseJson.read(json);
      assertThat(read).as(v).isInstanceOf(JsonResult.Invalid.class);
      assertThat(((JsonResult.Invalid<PatientCase>) read).errors())
          .as(v)
          .anySatisfy(
              e -> {
                assertThat(e.field()).isEqualTo("patient.serumCreatinine.value");
                assertThat(e.message()).contains("[0.1, 20] mg/dL");
              });
    }
  }

  /**
   * Issue 12 item 3, the probe itself: a 54-year-old of 165 cm and 0.5 kg read from JSON is
   * refused, naming the weight, instead of being given foscarnet 25 mg q12h.
   */
  @Test
  void recommend_adultOfHalfAKilogramFromJson_refused() {
    String json =
        "{\"id\":\"w\",\"patient\":{\"ageYears\":54,\"sex\":\"male\",\"weightKg\":0.5,"
            + "\"heightCm\":165,\"serumCreatinine\":{\"value\":1,\"unit\":\"mg/dL\"},"
            + "\"renalReplacement\":\"none\"},"
            + "\"host\":{\"category\":\"hiv\",\"cd4PerUl\":30},"
            + "\"disease\":{\"sites\":[\"encephalitis\"],\"severity\":\"severe\"},"
            + "\"treatment\":{\"phase\":\"none\"}}";
    JsonResult<PatientCase> read = CaseJson.read(json);
    assertThat(read).isInstanceOf(JsonResult.Valid.class);
    Recommendation r = TreatmentAdvisor.recommend(((JsonResult.Valid<PatientCase>) read).value());
    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.regimen()).isEmpty();
    assertThat(r.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("patient.weightKg"));
  }
}
