package io.github.cmvrx.simulation.properties;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

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
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import io.github.cmvrx.simulation.edge.CockcroftGault;
import io.github.cmvrx.simulation.edge.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid cases and policies, composed with {@code zip} and {@code
 * map} so that a failing case shrinks field by field towards a minimal patient. Every spec
 * threshold (edge package) is mixed in on, just below and just above its value.
 */
final class CaseGens {
  private CaseGens() {}

  /** Share (in percent) of draws taken from the named edge values instead of the range. */
  static final int EDGE_PERCENT = 25;

  private static List<Double> edges(Threshold.Kind kind) {
    List<Double> values = new ArrayList<>();
    for (Threshold t : Threshold.defaults()) {
      if (t.kind() == kind) {
        for (Threshold.Side s : Threshold.Side.values()) {
          values.add(t.at(s));
        }
      }
    }
    return values;
  }

  private static Gen<Double> range(double min, double max, Threshold.Kind kind) {
    Gen<Double> plain = doubles().between(min, max);
    List<Double> e = edges(kind);
    return e.isEmpty() ? plain : plain.mix(Generate.pick(e), EDGE_PERCENT);
  }

  /** A body: age, sex, weight, height. */
  record Body(double age, Sex sex, double weight, double height) {}

  static Gen<Body> bodies() {
    Gen<Double> ages =
        range(CaseLimits.MIN_AGE_IN_SCOPE_YEARS, 100, Threshold.Kind.AGE_YEARS)
            .mix(Generate.constant(CaseLimits.MIN_AGE_IN_SCOPE_YEARS), 5);
    return ages.zip(
        Generate.enumValues(Sex.class),
        range(2.5, 250, Threshold.Kind.WEIGHT_KG),
        doubles().between(45, 210),
        Body::new);
  }

  /** Serum creatinine: either a value drawn directly, or one aimed at a CrCl or per-kg edge. */
  record Kidney(RenalReplacement rrt, double scr, double crclTarget, int aim, boolean umol) {}

  static Gen<Kidney> kidneys() {
    Gen<Double> targets =
        Generate.pick(edges(Threshold.Kind.CRCL)).mix(Generate.pick(edges(Threshold.Kind.CRCL_PER_KG)), 40);
    return Generate.enumValues(RenalReplacement.class)
        .zip(
            range(0.1, 15, Threshold.Kind.SERUM_CREATININE_MG_DL),
            targets,
            integers().between(0, 2),
            booleans().all(),
            Kidney::new);
  }

  static Patient patient(Body b, Kidney k) {
    Patient.Builder p =
        Patient.builder()
            .age(Age.years(b.age()))
            .sex(b.sex())
            .weight(Mass.kilograms(b.weight()))
            .height(Length.centimetres(b.height()))
            .renalReplacement(k.rrt());
    double scr = k.scr();
    if (k.aim() == 1 && b.age() >= ClinicalThresholds.ADULT_AGE_YEARS) {
      // aim at a CrCl (mL/min) edge, or a foscarnet per-kg edge for targets below 2
      scr =
          k.crclTarget() < 2
              ? CockcroftGault.creatinineForClearancePerKg(b.age(), b.sex(), k.crclTarget())
              : CockcroftGault.creatinineForClearance(b.age(), b.weight(), b.sex(), k.crclTarget());
    }
    scr =
        Math.max(
            CaseLimits.MIN_SERUM_CREATININE_MG_DL,
            Math.min(CaseLimits.SERUM_CREATININE_MG_DL.max(), scr));
    boolean omit = k.aim() == 2 && k.rrt() == RenalReplacement.INTERMITTENT_HEMODIALYSIS;
    if (!omit) {
      p.serumCreatinine(
          k.umol()
              ? SerumCreatinine.umolPerL(scr * SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL)
              : SerumCreatinine.mgPerDl(scr));
    }
    return p.build();
  }

  @CanIgnoreReturnValue
  static Gen<Patient> patients() {
    return bodies().zip(kidneys(), CaseGens::patient);
  }

  private static final List<Set<DiseaseSite>> SITE_SETS =
      List.of(
          Set.of(DiseaseSite.ENCEPHALITIS),
          Set.of(DiseaseSite.VENTRICULITIS),
          Set.of(DiseaseSite.MYELITIS),
          Set.of(DiseaseSite.POLYRADICULOPATHY),
          Set.of(DiseaseSite.RETINITIS),
          Set.of(DiseaseSite.ENCEPHALITIS, DiseaseSite.RETINITIS),
          Set.of(DiseaseSite.GASTROINTESTINAL),
          Set.of(DiseaseSite.PNEUMONITIS),
          Set.of(DiseaseSite.HEPATITIS),
          Set.of(DiseaseSite.DISSEMINATED),
          Set.of(DiseaseSite.CMV_SYNDROME),
          Set.of(DiseaseSite.PNEUMONITIS, DiseaseSite.GASTROINTESTINAL),
          Set.of(DiseaseSite.DNAEMIA_ONLY));

  static Gen<Disease> diseases() {
    return Generate.pick(SITE_SETS)
        .zip(
            Generate.enumValues(Severity.class),
            (sites, sev) -> Disease.builder().addAllSites(sites).severity(sev).build());
  }

  @CanIgnoreReturnValue
  static Gen<Host> hosts() {
    return Generate.enumValues(HostCategory.class)
        .zip(
            range(0, 1500, Threshold.Kind.CD4_PER_UL),
            range(0, 36, Threshold.Kind.MONTHS_CD4_ABOVE_100),
            booleans().all(),
            booleans().all(),
            (cat, cd4, months, art, suppressed) -> {
              Host.Builder h = Host.builder().category(cat);
              if (cat == HostCategory.HIV) {
                h.cd4(CellCount.perMicrolitre(cd4))
                    .monthsCd4Above100(months)
                    .onAntiretroviralTherapy(art)
                    .hivRnaSuppressed(art && suppressed);
              }
              if (cat.isTransplant()) {
                h.onCiclosporin(suppressed);
              }
              return h.build();
            });
  }

  static Gen<Labs> labs() {
    return range(0, 10_000, Threshold.Kind.ANC_PER_UL)
        .zip(
            range(0, 400_000, Threshold.Kind.PLATELETS_PER_UL),
            range(4, 17, Threshold.Kind.HEMOGLOBIN_G_DL),
            range(0, 500, Threshold.Kind.URINE_PROTEIN_MG_DL),
            integers().between(0, 3),
            (anc, plt, hb, up, known) ->
                known == 0
                    ? Labs.unknown()
                    : Labs.builder()
                        .anc(CellCount.perMicrolitre(anc))
                        .platelets(CellCount.perMicrolitre(plt))
                        .hemoglobin(Haemoglobin.gramsPerDecilitre(hb))
                        .urineProtein(
                            known == 1 ? java.util.Optional.empty() : java.util.Optional.of(UrineProtein.mgPerDecilitre(up)))
                        .build());
  }

  private static final List<Set<Drug>> RESISTANCE =
      List.of(Set.of(), Set.of(Drug.GANCICLOVIR), Set.of(Drug.FOSCARNET), Set.of(Drug.GANCICLOVIR, Drug.FOSCARNET),
          Set.of(Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR));

  static Gen<Virology> virologies() {
    return Generate.pick(RESISTANCE)
        .zip(
            integers().between(0, 2),
            (res, refr) -> {
              Virology.Builder v = Virology.builder().addAllResistantTo(res);
              if (refr > 0) {
                v.refractory(refr == 2);
              }
              return v.build();
            });
  }

  /** Four booleans packed into 0..15, so one generator draws them and shrinks them together. */
  static Gen<Treatment> treatments() {
    return Generate.enumValues(TreatmentPhase.class)
        .zip(
            integers().between(0, 30),
            integers().between(0, 255),
            Generate.pick(List.of(Set.<Inducer>of(), Set.of(Inducer.CARBAMAZEPINE), Set.of(Inducer.PHENYTOIN))),
            (phase, days, flags, inducers) ->
                Treatment.builder()
                    .phase(phase)
                    .daysOfIvTherapy(days)
                    .daysOfInduction(days)
                    .clinicallyImproving((flags & 1) != 0)
                    .canTakeOral((flags & 2) != 0)
                    .giAbsorptionImpaired((flags & 4) != 0)
                    .ganciclovirIntolerance((flags & 8) != 0)
                    .nephrotoxicComedication((flags & 16) != 0)
                    .onLetermovir((flags & 32) != 0)
                    .addAllInducers(inducers)
                    .build());
  }

  /** Patient, host and disease, before the rest is added. */
  record Core(Patient patient, Host host, Disease disease) {}

  static Gen<PatientCase> cases() {
    return patients()
        .zip(hosts(), diseases(), Core::new)
        .zip(
            labs(),
            treatments(),
            virologies(),
            (core, labs, treatment, virology) ->
                PatientCase.builder()
                    .patient(core.patient())
                    .host(core.host())
                    .disease(core.disease())
                    .labs(labs)
                    .treatment(treatment)
                    .virology(virology)
                    .build());
  }

  static Gen<Policy> policies() {
    return Generate.enumValues(WeightBasis.class)
        .zip(
            Generate.enumValues(WeightBasis.class),
            Generate.enumValues(FoscarnetInductionScheme.class),
            Generate.enumValues(FoscarnetMaintenanceScheme.class),
            Generate.pick(List.of(0.0, 10.0, 25.0, 50.0)),
            (dw, cw, fi, fm, rounding) ->
                Policy.builder()
                    .dosingWeight(dw)
                    .crclWeight(cw)
                    .foscarnetInduction(fi)
                    .foscarnetMaintenance(fm)
                    .roundingMg(rounding)
                    .build())
        .mix(Generate.constant(Policy.defaults()), 30);
  }
}
