package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
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
import java.util.EnumSet;
import java.util.Set;

/** A mutable test-only draft of a case with plain adult defaults, built into a valid case. */
final class CaseDraft {
  double age = 50;
  double weight = 70;
  double height = 175;
  RenalReplacement renal = RenalReplacement.NONE;
  HostCategory host = HostCategory.SOLID_ORGAN_TRANSPLANT;
  Double cd4;
  Boolean onArt;
  Boolean suppressed;
  Double monthsCd4Above100;
  Set<DiseaseSite> sites = EnumSet.of(DiseaseSite.PNEUMONITIS);
  Severity severity = Severity.SEVERE;
  Set<Drug> resistantTo = EnumSet.noneOf(Drug.class);
  Boolean refractory;
  double anc = 2000;
  double platelets = 150_000;
  double hb = 11;
  boolean labsKnown = true;
  /** When set, used as the labs instead of {@code anc}, {@code platelets} and {@code hb}. */
  Labs labs;
  TreatmentPhase phase = TreatmentPhase.NONE;
  Integer daysIv;
  Integer daysInduction;
  Boolean improving;
  Boolean canTakeOral = Boolean.TRUE;
  Boolean giImpaired;
  Boolean intolerance;
  Boolean onLetermovir;

  static CaseDraft adult() {
    return new CaseDraft();
  }

  CaseDraft cns() {
    sites = EnumSet.of(DiseaseSite.ENCEPHALITIS);
    return this;
  }

  PatientCase build() {
    Patient.Builder p =
        Patient.builder()
            .age(Age.of(age))
            .sex(Sex.MALE)
            .weight(Mass.of(weight))
            .height(Length.of(height))
            .renalReplacement(renal);
    if (renal != RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
      p.serumCreatinine(SerumCreatinine.mgPerDl(1.0));
    }
    Host.Builder h = Host.builder().category(host);
    if (cd4 != null) {
      h.cd4(CellCount.of(cd4));
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
    Labs caseLabs =
        this.labs != null
            ? this.labs
            : labsKnown
            ? Labs.builder()
                .anc(CellCount.of(anc))
                .platelets(CellCount.of(platelets))
                .hemoglobin(Haemoglobin.of(hb))
                .build()
            : Labs.unknown();
    Treatment.Builder t = Treatment.builder().phase(phase);
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
    return PatientCase.builder()
        .id("test")
        .patient(p.build())
        .host(h.build())
        .disease(Disease.builder().addAllSites(sites).severity(severity).build())
        .virology(v.build())
        .labs(caseLabs)
        .treatment(t.build())
        .build();
  }
}
