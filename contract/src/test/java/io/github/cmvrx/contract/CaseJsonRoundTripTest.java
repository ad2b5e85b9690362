package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Inducer;
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
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link CaseJson#write} then {@link CaseJson#read} gives back an equal case: for every value of
 * every enum field, for every optional section present and absent, and for generated cases.
 */
class CaseJsonRoundTripTest {

  /** A minimal valid case: required fields only. */
  static PatientCase minimal(
      Consumer<Patient.Builder> patient,
      Consumer<Host.Builder> host,
      Consumer<Disease.Builder> disease,
      Consumer<Treatment.Builder> treatment) {
    Patient.Builder p =
        Patient.builder().age(Age.years(54)).weight(Mass.kilograms(62)).height(Length.centimetres(165));
    patient.accept(p);
    Host.Builder h = Host.builder();
    host.accept(h);
    Disease.Builder d = Disease.builder();
    disease.accept(d);
    Treatment.Builder t = Treatment.builder();
    treatment.accept(t);
    return PatientCase.builder()
        .patient(p.build())
        .host(h.build())
        .disease(d.build())
        .treatment(t.build())
        .build();
  }

  static final Consumer<Patient.Builder> USUAL_PATIENT =
      p -> p.sex(Sex.FEMALE).serumCreatinine(SerumCreatinine.mgPerDl(1.1)).renalReplacement(RenalReplacement.NONE);
  static final Consumer<Host.Builder> USUAL_HOST = h -> h.category(HostCategory.HIV);
  static final Consumer<Disease.Builder> USUAL_DISEASE =
      d -> d.addSites(DiseaseSite.ENCEPHALITIS).severity(Severity.SEVERE);
  static final Consumer<Treatment.Builder> USUAL_TREATMENT = t -> t.phase(TreatmentPhase.NONE);

  static void assertRoundTrip(PatientCase c) {
    String json = CaseJson.write(c);
    JsonResult<PatientCase> back = CaseJson.read(json);
    assertThat(back).as(json).isEqualTo(new JsonResult.Valid<>(c));
    assertThat(json).doesNotContain("\n");
  }

  @ParameterizedTest
  @EnumSource(Sex.class)
  void roundTrip_everySex_equal(Sex sex) {
    assertRoundTrip(
        minimal(
            p -> p.sex(sex).serumCreatinine(SerumCreatinine.mgPerDl(1.1)).renalReplacement(RenalReplacement.NONE),
            USUAL_HOST,
            USUAL_DISEASE,
            USUAL_TREATMENT));
  }

  @ParameterizedTest
  @EnumSource(RenalReplacement.class)
  void roundTrip_everyRenalReplacement_equal(RenalReplacement r) {
    assertRoundTrip(
        minimal(
            p -> p.sex(Sex.MALE).serumCreatinine(SerumCreatinine.mgPerDl(4.2)).renalReplacement(r),
            USUAL_HOST,
            USUAL_DISEASE,
            USUAL_TREATMENT));
  }

  @Test
  void roundTrip_haemodialysisWithoutCreatinine_equal() {
    assertRoundTrip(
        minimal(
            p -> p.sex(Sex.MALE).renalReplacement(RenalReplacement.INTERMITTENT_HEMODIALYSIS),
            USUAL_HOST,
            USUAL_DISEASE,
            USUAL_TREATMENT));
  }

  @ParameterizedTest
  @EnumSource(CreatinineUnit.class)
  void roundTrip_everyCreatinineUnit_equal(CreatinineUnit unit) {
    assertRoundTrip(
        minimal(
            p -> p.sex(Sex.MALE).serumCreatinine(new SerumCreatinine(unit == CreatinineUnit.MG_PER_DL ? 1.7 : 150.3, unit)).renalReplacement(RenalReplacement.NONE),
            USUAL_HOST,
            USUAL_DISEASE,
            USUAL_TREATMENT));
  }

  @ParameterizedTest
  @EnumSource(HostCategory.class)
  void roundTrip_everyHostCategory_equal(HostCategory category) {
    assertRoundTrip(minimal(USUAL_PATIENT, h -> h.category(category), USUAL_DISEASE, USUAL_TREATMENT));
  }

  @ParameterizedTest
  @EnumSource(DiseaseSite.class)
  void roundTrip_everyDiseaseSite_equal(DiseaseSite site) {
    assertRoundTrip(
        minimal(USUAL_PATIENT, USUAL_HOST, d -> d.addSites(site).severity(Severity.SEVERE), USUAL_TREATMENT));
  }

  @ParameterizedTest
  @EnumSource(Severity.class)
  void roundTrip_everySeverity_equal(Severity severity) {
    assertRoundTrip(
        minimal(
            USUAL_PATIENT,
            USUAL_HOST,
            d -> d.addSites(DiseaseSite.RETINITIS).severity(severity),
            USUAL_TREATMENT));
  }

  @ParameterizedTest
  @EnumSource(TreatmentPhase.class)
  void roundTrip_everyTreatmentPhase_equal(TreatmentPhase phase) {
    assertRoundTrip(minimal(USUAL_PATIENT, USUAL_HOST, USUAL_DISEASE, t -> t.phase(phase)));
  }

  @ParameterizedTest
  @EnumSource(Inducer.class)
  void roundTrip_everyInducer_equal(Inducer inducer) {
    assertRoundTrip(
        minimal(
            USUAL_PATIENT,
            USUAL_HOST,
            USUAL_DISEASE,
            t -> t.phase(TreatmentPhase.INDUCTION).addInducers(inducer)));
  }

  @ParameterizedTest
  @EnumSource(Drug.class)
  void roundTrip_everyResistanceDrug_equal(Drug drug) {
    PatientCase base = minimal(USUAL_PATIENT, USUAL_HOST, USUAL_DISEASE, USUAL_TREATMENT);
    assertRoundTrip(
        PatientCase.builder()
            .patient(base.patient())
            .host(base.host())
            .disease(base.disease())
            .treatment(base.treatment())
            .virology(Virology.builder().addResistantTo(drug).refractory(true).build())
            .build());
  }

  @Test
  void roundTrip_optionalSectionsAbsent_equalAndNotWritten() {
    PatientCase c = minimal(USUAL_PATIENT, USUAL_HOST, USUAL_DISEASE, USUAL_TREATMENT);
    assertRoundTrip(c);
    assertThat(CaseJson.write(c))
        .doesNotContain("virology")
        .doesNotContain("labs")
        .doesNotContain("\"id\"");
  }

  @Test
  void roundTrip_everyOptionalPresent_equal() {
    PatientCase c = full();
    assertRoundTrip(c);
    assertThat(CaseJson.write(c)).contains("\"virology\"").contains("\"labs\"").contains("\"id\"");
  }

  @Test
  void write_fullCase_writesContractKeysInOrder() {
    assertThat(CaseJson.write(full()))
        .isEqualTo(
            "{\"id\":\"case-7\",\"patient\":{\"ageYears\":54.0,\"sex\":\"female\",\"weightKg\":62.0,"
                + "\"heightCm\":165.0,\"serumCreatinine\":{\"value\":1.1,\"unit\":\"mg/dL\"},"
                + "\"renalReplacement\":\"none\"},\"host\":{\"category\":\"hiv\",\"cd4PerUl\":35.0,"
                + "\"onAntiretroviralTherapy\":true,\"hivRnaSuppressed\":false,"
                + "\"monthsCd4Above100\":0.0,\"onCiclosporin\":false},\"disease\":{\"sites\":"
                + "[\"encephalitis\",\"retinitis\"],\"severity\":\"severe\"},\"virology\":"
                + "{\"resistantTo\":[\"ganciclovir\"],\"refractory\":false},\"labs\":{\"ancPerUl\":"
                + "1800.0,\"plateletsPerUl\":120000.0,\"hemoglobinGPerDl\":10.5,"
                + "\"urineProteinMgPerDl\":10.0,\"baselineSerumCreatinine\":{\"value\":88.0,"
                + "\"unit\":\"umol/L\"}},\"treatment\":{\"phase\":\"induction\",\"daysOfIvTherapy\":4,"
                + "\"daysOfInduction\":4,\"clinicallyImproving\":true,\"canTakeOral\":true,"
                + "\"giAbsorptionImpaired\":false,\"ganciclovirIntolerance\":false,"
                + "\"nephrotoxicComedication\":false,\"onLetermovir\":false,\"inducers\":"
                + "[\"phenytoin\"]}}");
  }

  /** The contract example with every optional key of the model set. */
  static PatientCase full() {
    return PatientCase.builder()
        .id("case-7")
        .patient(
            Patient.builder()
                .age(Age.years(54))
                .sex(Sex.FEMALE)
                .weight(Mass.kilograms(62))
                .height(Length.centimetres(165))
                .serumCreatinine(SerumCreatinine.mgPerDl(1.1))
                .renalReplacement(RenalReplacement.NONE)
                .build())
        .host(
            Host.builder()
                .category(HostCategory.HIV)
                .cd4(CellCount.perMicrolitre(35))
                .onAntiretroviralTherapy(true)
                .hivRnaSuppressed(false)
                .monthsCd4Above100(0)
                .onCiclosporin(false)
                .build())
        .disease(
            Disease.builder()
                .addSites(DiseaseSite.ENCEPHALITIS, DiseaseSite.RETINITIS)
                .severity(Severity.SEVERE)
                .build())
        .virology(Virology.builder().addResistantTo(Drug.GANCICLOVIR).refractory(false).build())
        .labs(
            Labs.builder()
                .anc(CellCount.perMicrolitre(1800))
                .platelets(CellCount.perMicrolitre(120_000))
                .hemoglobin(Haemoglobin.gramsPerDecilitre(10.5))
                .urineProtein(UrineProtein.mgPerDecilitre(10))
                .baselineSerumCreatinine(SerumCreatinine.umolPerL(88))
                .build())
        .treatment(
            Treatment.builder()
                .phase(TreatmentPhase.INDUCTION)
                .daysOfIvTherapy(4)
                .daysOfInduction(4)
                .clinicallyImproving(true)
                .canTakeOral(true)
                .giAbsorptionImpaired(false)
                .ganciclovirIntolerance(false)
                .nephrotoxicComedication(false)
                .onLetermovir(false)
                .addInducers(Inducer.PHENYTOIN)
                .build())
        .build();
  }

  /** Generated cases over the whole accepted range of every number (seeded by QuickTheories). */
  @Test
  void roundTrip_generatedCases_equal() {
    Gen<Double> age = SourceDSL.doubles().between(0.08, 120);
    Gen<Double> weight = SourceDSL.doubles().between(0.5, 400);
    Gen<Double> height = SourceDSL.doubles().between(30.5, 250);
    Gen<Double> scr = SourceDSL.doubles().between(0.1, 20);
    Gen<Integer> days = SourceDSL.integers().between(0, 3650);
    Gen<Integer> choice = SourceDSL.integers().between(0, 1 << 20);
    qt().withExamples(300)
        .forAll(age.zip(weight, Body::new), height.zip(scr, Body::new), days, choice)
        .checkAssert(
            (ageWeight, heightScr, d, k) -> {
              double a = ageWeight.first();
              double w = ageWeight.second();
              double h = heightScr.first();
              double s = heightScr.second();
              RenalReplacement[] renal = RenalReplacement.values();
              DiseaseSite site = DiseaseSite.values()[k % DiseaseSite.values().length];
              PatientCase c =
                  PatientCase.builder()
                      .id("g" + k)
                      .patient(
                          Patient.builder()
                              .age(Age.years(a))
                              .sex(Sex.values()[k % 2])
                              .weight(Mass.kilograms(w))
                              .height(Length.centimetres(h))
                              .serumCreatinine(
                                  (k & 4) == 0
                                      ? SerumCreatinine.mgPerDl(s)
                                      : SerumCreatinine.umolPerL(s * 88.4))
                              .renalReplacement(renal[k % renal.length])
                              .build())
                      .host(
                          Host.builder()
                              .category(HostCategory.values()[k % HostCategory.values().length])
                              .cd4(CellCount.perMicrolitre(d))
                              .build())
                      .disease(Disease.builder().addSites(site).severity(Severity.values()[(k >> 1) % 2]).build())
                      .labs((k & 8) == 0 ? Labs.unknown() : Labs.builder().hemoglobin(Haemoglobin.gramsPerDecilitre(Math.max(0.5, s))).build())
                      .treatment(
                          Treatment.builder()
                              .phase(TreatmentPhase.values()[k % 3])
                              .daysOfIvTherapy(d)
                              .canTakeOral((k & 16) == 0)
                              .build())
                      .build();
              assertRoundTrip(c);
            });
  }

  /** Two generated numbers. */
  record Body(double first, double second) {}
}
