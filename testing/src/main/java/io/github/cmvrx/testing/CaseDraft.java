package io.github.cmvrx.testing;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A mutable, test-only draft of one case, turned into a valid {@link PatientCase} by {@link
 * #build()} through the strict core builders. The one case-building fixture of every module's
 * tests. Start from a named point, change what the test is about (public fields, or the fluent
 * setters), build:
 *
 * <ul>
 *   <li>{@link #minimal()}: only what a case requires. A 50-year-old man, 70 kg, 175 cm, serum
 *       creatinine 1.0 mg/dL (left out on intermittent haemodialysis, where it is optional), no
 *       renal replacement; a solid-organ transplant recipient with severe CMV pneumonitis; no
 *       treatment yet; labs, virology and id unknown.
 *   <li>{@link #adult()}: the minimal case with id {@code "test"}, normal blood counts (ANC 2000
 *       /uL, platelets 150 000 /uL, haemoglobin 11 g/dL) and able to take oral drugs.
 *   <li>{@link #unitCockcroftGault()}: a 68-year-old man in induction with serum creatinine 1
 *       mg/dL, so that his Cockcroft-Gault CrCl equals his weight in kg ((140 - 68) x w / (72 x
 *       1) = w) and his CrCl per kg is 1 / SCr, which places a patient exactly on a band edge;
 *       urine protein 0 mg/dL and no nephrotoxic co-medication.
 * </ul>
 *
 * A {@code double} set to NaN and an object set to null mean "not given".
 */
public final class CaseDraft {
  /** Age at which (140 - age) / 72 = 1 in the Cockcroft-Gault formula. */
  public static final double AGE_UNIT_CG = 68;

  public String id;
  public double age = 50;
  public Sex sex = Sex.MALE;
  public double weightKg = 70;
  public double heightCm = 175;
  public SerumCreatinine scr = SerumCreatinine.mgPerDl(1.0);

  /**
   * Whether {@link #scr} is kept on intermittent haemodialysis (where it is optional); false
   * leaves it out there.
   */
  public boolean scrOnHaemodialysis;

  public RenalReplacement renal = RenalReplacement.NONE;
  public HostCategory host = HostCategory.SOLID_ORGAN_TRANSPLANT;
  public Double cd4;
  public Boolean onArt;
  public Boolean suppressed;
  public Double monthsCd4Above100;
  public Set<DiseaseSite> sites = EnumSet.of(DiseaseSite.PNEUMONITIS);
  public Severity severity = Severity.SEVERE;
  public Set<Drug> resistantTo = EnumSet.noneOf(Drug.class);
  public Boolean refractory;
  public double anc = Double.NaN;
  public double platelets = Double.NaN;
  public double hb = Double.NaN;
  public Double urineProteinMgDl;
  public Double baselineScrMgDl;

  /** False gives {@link Labs#unknown()} whatever the lab fields hold. */
  public boolean labsKnown = true;

  /** When set, used as the labs instead of the lab fields. */
  public Labs labs;

  public TreatmentPhase phase = TreatmentPhase.NONE;
  public Integer daysIv;
  public Integer daysInduction;
  public Boolean improving;
  public Boolean canTakeOral;
  public Boolean giImpaired;
  public Boolean intolerance;
  public Boolean onLetermovir;
  public Boolean nephrotoxic;
  public Set<Inducer> inducers = Set.of();

  private CaseDraft() {}

  /**
   * Returns a draft of the minimal case (see the class comment).
   *
   * @return a new draft
   */
  public static CaseDraft minimal() {
    return new CaseDraft();
  }

  /**
   * Returns a draft of the plain adult case (see the class comment).
   *
   * @return a new draft
   */
  public static CaseDraft adult() {
    CaseDraft d = new CaseDraft();
    d.id = "test";
    d.anc = 2000;
    d.platelets = 150_000;
    d.hb = 11;
    d.canTakeOral = Boolean.TRUE;
    return d;
  }

  /**
   * Returns a draft whose Cockcroft-Gault CrCl equals the weight in kg (see the class comment).
   *
   * @return a new draft
   */
  public static CaseDraft unitCockcroftGault() {
    CaseDraft d = new CaseDraft();
    d.age = AGE_UNIT_CG;
    d.scrOnHaemodialysis = true;
    d.urineProteinMgDl = 0.0;
    d.nephrotoxic = Boolean.FALSE;
    d.phase = TreatmentPhase.INDUCTION;
    return d;
  }

  /**
   * Makes the disease CNS (encephalitis only).
   *
   * @return this draft
   */
  @CanIgnoreReturnValue
  public CaseDraft cns() {
    sites = EnumSet.of(DiseaseSite.ENCEPHALITIS);
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft age(double years) {
    age = years;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft sex(Sex s) {
    sex = s;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft weight(double kg) {
    weightKg = kg;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft height(double cm) {
    heightCm = cm;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft scr(double mgPerDl) {
    return scr(SerumCreatinine.mgPerDl(mgPerDl));
  }

  @CanIgnoreReturnValue
  public CaseDraft scr(SerumCreatinine value) {
    scr = value;
    scrOnHaemodialysis = true;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft noScr() {
    scr = null;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft rrt(RenalReplacement r) {
    renal = r;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft sites(DiseaseSite... s) {
    sites = s.length == 0 ? EnumSet.noneOf(DiseaseSite.class) : EnumSet.copyOf(Arrays.asList(s));
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft phase(TreatmentPhase p) {
    phase = p;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft urineProtein(Optional<Double> mgDl) {
    urineProteinMgDl = mgDl.orElse(null);
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft baselineScr(double mgDl) {
    baselineScrMgDl = mgDl;
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft nephrotoxic(Optional<Boolean> value) {
    nephrotoxic = value.orElse(null);
    return this;
  }

  @CanIgnoreReturnValue
  public CaseDraft inducers(Set<Inducer> set) {
    inducers = set;
    return this;
  }

  /**
   * Builds the case with the strict core builders.
   *
   * @return the case
   * @throws IllegalArgumentException if a value is outside its accepted range (as the builders)
   */
  public PatientCase build() {
    Patient.Builder p =
        Patient.builder()
            .age(Age.years(age))
            .sex(sex)
            .weight(Mass.kilograms(weightKg))
            .height(Length.centimetres(heightCm))
            .renalReplacement(renal);
    if (scr != null
        && (scrOnHaemodialysis || renal != RenalReplacement.INTERMITTENT_HEMODIALYSIS)) {
      p.serumCreatinine(scr);
    }
    Host.Builder h = Host.builder().category(host);
    if (cd4 != null) {
      h.cd4(CellCount.perMicrolitre(cd4));
    }
    if (onArt != null) {
      h.onAntiretroviralTherapy(onArt);
    }
    if (suppressed != null) {
      h.hivRnaSuppressed(suppressed);
    }
    if (monthsCd4Above100 != null) {
      h.monthsCd4Above100(monthsCd4Above100);
    }
    Virology.Builder v = Virology.builder().addAllResistantTo(resistantTo);
    if (refractory != null) {
      v.refractory(refractory);
    }
    Treatment.Builder t = Treatment.builder().phase(phase).addAllInducers(inducers);
    if (daysIv != null) {
      t.daysOfIvTherapy(daysIv);
    }
    if (daysInduction != null) {
      t.daysOfInduction(daysInduction);
    }
    if (improving != null) {
      t.clinicallyImproving(improving);
    }
    if (canTakeOral != null) {
      t.canTakeOral(canTakeOral);
    }
    if (giImpaired != null) {
      t.giAbsorptionImpaired(giImpaired);
    }
    if (intolerance != null) {
      t.ganciclovirIntolerance(intolerance);
    }
    if (onLetermovir != null) {
      t.onLetermovir(onLetermovir);
    }
    if (nephrotoxic != null) {
      t.nephrotoxicComedication(nephrotoxic);
    }
    PatientCase.Builder c =
        PatientCase.builder()
            .patient(p.build())
            .host(h.build())
            .disease(Disease.builder().addAllSites(sites).severity(severity).build())
            .virology(v.build())
            .labs(labs())
            .treatment(t.build());
    if (id != null) {
      c.id(id);
    }
    return c.build();
  }

  private Labs labs() {
    if (labs != null) {
      return labs;
    }
    if (!labsKnown) {
      return Labs.unknown();
    }
    Labs.Builder b = Labs.builder();
    if (!Double.isNaN(anc)) {
      b.anc(CellCount.perMicrolitre(anc));
    }
    if (!Double.isNaN(platelets)) {
      b.platelets(CellCount.perMicrolitre(platelets));
    }
    if (!Double.isNaN(hb)) {
      b.hemoglobin(Haemoglobin.gramsPerDecilitre(hb));
    }
    if (urineProteinMgDl != null) {
      b.urineProtein(UrineProtein.mgPerDecilitre(urineProteinMgDl));
    }
    if (baselineScrMgDl != null) {
      b.baselineSerumCreatinine(SerumCreatinine.mgPerDl(baselineScrMgDl));
    }
    return b.build();
  }
}
