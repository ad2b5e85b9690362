package io.github.cmvrx.dosing.calc;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
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
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import java.util.Optional;
import java.util.Set;

/**
 * Test fixture: builds valid cases. A male of 68 years with serum creatinine 1 mg/dL has a
 * Cockcroft-Gault CrCl equal to his weight in kg ((140 - 68) x w / (72 x 1) = w) and a CrCl per kg
 * of 1 / SCr, which lets tests place a patient exactly on a band edge.
 */
public final class TestCases {
  private TestCases() {}

  /** Age at which (140 - age) / 72 = 1. */
  public static final double AGE_UNIT_CG = 68;

  /** A mutable description of one patient, turned into a case by {@link #build()}. */
  public static final class Spec {
    double ageYears = AGE_UNIT_CG;
    Sex sex = Sex.MALE;
    double weightKg = 70;
    double heightCm = 175;
    Optional<SerumCreatinine> scr = Optional.of(SerumCreatinine.mgPerDl(1));
    RenalReplacement rrt = RenalReplacement.NONE;
    Optional<Double> urineProteinMgDl = Optional.of(0.0);
    Optional<Double> baselineScrMgDl = Optional.empty();
    Optional<Boolean> nephrotoxic = Optional.of(false);
    Set<Inducer> inducers = Set.of();
    Optional<Double> ancPerUl = Optional.empty();

    /** Sets a full blood count: this ANC, platelets 150,000 /uL, haemoglobin 11 g/dL. */
    public Spec anc(double perUl) {
      ancPerUl = Optional.of(perUl);
      return this;
    }

    public Spec age(double years) {
      ageYears = years;
      return this;
    }

    public Spec sex(Sex s) {
      sex = s;
      return this;
    }

    public Spec weight(double kg) {
      weightKg = kg;
      return this;
    }

    public Spec height(double cm) {
      heightCm = cm;
      return this;
    }

    public Spec scr(double mgPerDl) {
      scr = Optional.of(SerumCreatinine.mgPerDl(mgPerDl));
      return this;
    }

    public Spec scr(SerumCreatinine value) {
      scr = Optional.of(value);
      return this;
    }

    @CanIgnoreReturnValue
    public Spec noScr() {
      scr = Optional.empty();
      return this;
    }

    public Spec rrt(RenalReplacement r) {
      rrt = r;
      return this;
    }

    @CanIgnoreReturnValue
    public Spec urineProtein(Optional<Double> mgDl) {
      urineProteinMgDl = mgDl;
      return this;
    }

    @CanIgnoreReturnValue
    public Spec baselineScr(double mgDl) {
      baselineScrMgDl = Optional.of(mgDl);
      return this;
    }

    @CanIgnoreReturnValue
    public Spec nephrotoxic(Optional<Boolean> value) {
      nephrotoxic = value;
      return this;
    }

    @CanIgnoreReturnValue
    public Spec inducers(Set<Inducer> set) {
      inducers = set;
      return this;
    }

    public PatientCase build() {
      Patient.Builder p =
          Patient.builder()
              .age(Age.of(ageYears))
              .sex(sex)
              .weight(Mass.of(weightKg))
              .height(Length.of(heightCm))
              .renalReplacement(rrt);
      scr.ifPresent(p::serumCreatinine);
      Labs.Builder labs = Labs.builder();
      urineProteinMgDl.ifPresent(u -> labs.urineProtein(UrineProtein.of(u)));
      baselineScrMgDl.ifPresent(b -> labs.baselineSerumCreatinine(SerumCreatinine.mgPerDl(b)));
      ancPerUl.ifPresent(
          a ->
              labs.anc(io.github.cmvrx.core.quantity.CellCount.of(a))
                  .platelets(io.github.cmvrx.core.quantity.CellCount.of(150_000))
                  .hemoglobin(io.github.cmvrx.core.quantity.Haemoglobin.of(11)));
      Treatment.Builder t =
          Treatment.builder().phase(TreatmentPhase.INDUCTION).addAllInducers(inducers);
      nephrotoxic.ifPresent(t::nephrotoxicComedication);
      return PatientCase.builder()
          .patient(p.build())
          .host(Host.builder().category(HostCategory.SOLID_ORGAN_TRANSPLANT).build())
          .disease(
              Disease.builder().addSites(DiseaseSite.PNEUMONITIS).severity(Severity.SEVERE).build())
          .labs(labs.build())
          .treatment(t.build())
          .build();
    }
  }

  /**
   * Returns a fixture starting from a 68-year-old man, 70 kg, 175 cm, SCr 1 mg/dL, no dialysis,
   * urine protein 0, no nephrotoxic drug, no inducer.
   *
   * @return the spec
   */
  public static Spec patient() {
    return new Spec();
  }
}
