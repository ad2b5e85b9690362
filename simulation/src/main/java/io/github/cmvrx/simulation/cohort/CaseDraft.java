package io.github.cmvrx.simulation.cohort;

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
import io.github.cmvrx.core.validation.CaseLimits;
import org.jspecify.annotations.Nullable;

/**
 * The raw values of one case while it is being drawn, before the strict core builders see them.
 * A draft is scratch space confined to one generator call: it is never shared and never
 * escapes; {@link #build()} turns it into an immutable, validated {@link PatientCase}. A double
 * set to NaN means "not known".
 */
final class CaseDraft {
  double ageYears;
  Sex sex = Sex.MALE;
  double weightKg;
  double heightCm;
  double scrMgDl = Double.NaN;
  boolean scrInUmol;
  RenalReplacement renalReplacement = RenalReplacement.NONE;
  HostCategory host = HostCategory.IMMUNOCOMPETENT;
  double cd4 = Double.NaN;
  boolean onArt;
  boolean hivSuppressed;
  double monthsCd4Above100 = Double.NaN;
  boolean onCiclosporin;
  /** The sites, one bit per {@link DiseaseSite} ordinal (no set allocated per patient). */
  private int sites;
  Severity severity = Severity.SEVERE;
  /** The one drug a resistance genotype names, or null if none. */
  @Nullable Drug resistantTo;
  /** -1 unknown, 0 false, 1 true. */
  int refractory = -1;
  double anc = Double.NaN;
  double platelets = Double.NaN;
  double hemoglobin = Double.NaN;
  double urineProtein = Double.NaN;
  TreatmentPhase phase = TreatmentPhase.NONE;
  int daysOfIvTherapy;
  int daysOfInduction;
  boolean canTakeOral;
  boolean giImpaired;
  boolean improving;
  boolean ganciclovirIntolerance;
  boolean nephrotoxic;
  boolean onLetermovir;
  Inducer inducer = Inducer.CARBAMAZEPINE;
  boolean hasInducer;

  private static final DiseaseSite[] SITES = DiseaseSite.values();

  static {
    if (SITES.length > Integer.SIZE) {
      throw new AssertionError("more disease sites than bits in an int: " + SITES.length);
    }
  }

  void addSite(DiseaseSite site) {
    sites |= 1 << site.ordinal();
  }

  boolean hasSite() {
    return sites != 0;
  }

  boolean hasSite(DiseaseSite site) {
    return (sites & (1 << site.ordinal())) != 0;
  }

  void removeCnsSites() {
    for (DiseaseSite site : SITES) {
      if (site.isCns()) {
        sites &= ~(1 << site.ordinal());
      }
    }
  }

  private Disease disease() {
    Disease.Builder b = Disease.builder().severity(severity);
    for (DiseaseSite site : SITES) {
      if (hasSite(site)) {
        b.addSites(site);
      }
    }
    return b.build();
  }

  /**
   * Builds the case through the strict core builders, which validate every value.
   *
   * @return the case
   * @throws IllegalArgumentException if a value is outside what the builders accept
   */
  PatientCase build() {
    Patient.Builder patient =
        Patient.builder()
            .age(Age.years(ageYears))
            .sex(sex)
            .weight(Mass.kilograms(weightKg))
            .height(Length.centimetres(heightCm))
            .renalReplacement(renalReplacement);
    if (!Double.isNaN(scrMgDl)) {
      // A creatinine aimed at a kidney-function edge may fall under the physiological floor
      // (docs/decisions/0900): the synthetic patient then gets the floor and misses the edge.
      double scrMgDl = Math.max(CaseLimits.MIN_SERUM_CREATININE_MG_DL, this.scrMgDl);
      patient.serumCreatinine(
          scrInUmol
              ? SerumCreatinine.umolPerL(scrMgDl * SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL)
              : SerumCreatinine.mgPerDl(scrMgDl));
    }
    Host.Builder h = Host.builder().category(host);
    if (host == HostCategory.HIV) {
      h.cd4(CellCount.perMicrolitre(cd4))
          .onAntiretroviralTherapy(onArt)
          .hivRnaSuppressed(hivSuppressed)
          // A history is never longer than the patient's life (docs/decisions/0900, 0901).
          .monthsCd4Above100(Math.min(monthsCd4Above100, ageYears * 12));
    }
    if (host.isTransplant()) {
      h.onCiclosporin(onCiclosporin);
    }
    Virology.Builder v = Virology.builder();
    if (resistantTo != null) {
      v.addResistantTo(resistantTo);
    }
    if (refractory >= 0) {
      v.refractory(refractory == 1);
    }
    Labs.Builder labs = Labs.builder();
    if (!Double.isNaN(anc)) {
      labs.anc(CellCount.perMicrolitre(anc));
    }
    if (!Double.isNaN(platelets)) {
      labs.platelets(CellCount.perMicrolitre(platelets));
    }
    if (!Double.isNaN(hemoglobin)) {
      labs.hemoglobin(Haemoglobin.gramsPerDecilitre(hemoglobin));
    }
    if (!Double.isNaN(urineProtein)) {
      labs.urineProtein(UrineProtein.mgPerDecilitre(urineProtein));
    }
    int daysLived = (int) Math.floor(ageYears * 365.25);
    Treatment.Builder t =
        Treatment.builder()
            .phase(phase)
            .daysOfIvTherapy(Math.min(daysOfIvTherapy, daysLived))
            .daysOfInduction(Math.min(daysOfInduction, daysLived))
            .clinicallyImproving(improving)
            .canTakeOral(canTakeOral)
            .giAbsorptionImpaired(giImpaired)
            .ganciclovirIntolerance(ganciclovirIntolerance)
            .nephrotoxicComedication(nephrotoxic)
            .onLetermovir(onLetermovir);
    if (hasInducer) {
      t.addInducers(inducer);
    }
    return PatientCase.builder()
        .patient(patient.build())
        .host(h.build())
        .disease(disease())
        .virology(v.build())
        .labs(labs.build())
        .treatment(t.build())
        .build();
  }
}
