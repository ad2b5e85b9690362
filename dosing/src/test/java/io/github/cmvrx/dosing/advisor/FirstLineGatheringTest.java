package io.github.cmvrx.dosing.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmvrx.core.decision.Eligibility;
import io.github.cmvrx.core.decision.TreatmentDecider;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.calc.CaseDosing;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.testing.CaseDraft;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The advisor gathers the first-line drugs' facts first and the rest only when ganciclovir cannot
 * be given (decision 1403). Its answer must be the one that gathering every drug before choosing
 * gives (the path before that decision), over cases that reach every branch: CNS or not, every
 * host, cytopenias, intolerance, resistance, refractory disease, maintenance, kidney replacement.
 * Both paths must be taken, so that the comparison is not between two runs of the same path. (The
 * same-answers test checks the same over 300,000 cohort cases against digests recorded before.)
 */
class FirstLineGatheringTest {
  private static final long SEED = 20261202L;

  private static final List<Set<DiseaseSite>> SITES =
      List.of(
          EnumSet.of(DiseaseSite.PNEUMONITIS),
          EnumSet.of(DiseaseSite.RETINITIS),
          EnumSet.of(DiseaseSite.ENCEPHALITIS),
          EnumSet.of(DiseaseSite.GASTROINTESTINAL, DiseaseSite.HEPATITIS));

  private static final List<Set<Drug>> RESISTANCE =
      List.of(
          EnumSet.noneOf(Drug.class),
          EnumSet.noneOf(Drug.class),
          EnumSet.of(Drug.GANCICLOVIR),
          EnumSet.of(Drug.FOSCARNET),
          EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR));

  private static final List<RenalReplacement> RENAL =
      List.of(
          RenalReplacement.NONE,
          RenalReplacement.INTERMITTENT_HEMODIALYSIS,
          RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT,
          RenalReplacement.PERITONEAL_DIALYSIS);

  /** A case from a plain adult draft with the fields the decisions branch on drawn at random. */
  private static Gen<PatientCase> cases() {
    Gen<Integer> flags = integers().between(0, (1 << 13) - 1);
    return Generate.enumValues(HostCategory.class)
        .zip(
            Generate.pick(SITES),
            Generate.pick(RESISTANCE),
            doubles().between(0.3, 12.0),
            flags,
            (host, sites, resistant, scr, f) -> {
              CaseDraft d = CaseDraft.adult();
              d.host = host;
              d.sites = sites;
              d.resistantTo = resistant;
              d.scr = SerumCreatinine.mgPerDl(scr);
              d.severity = (f & 1) != 0 ? Severity.MILD_MODERATE : Severity.SEVERE;
              d.refractory = (f & 2) != 0 ? Boolean.TRUE : null;
              // ANC 400 /uL is below GCV-PI §5.1's 500 /uL (clinical basis §3.1).
              d.anc = (f & 4) != 0 ? 400 : 2000;
              d.intolerance = (f & 8) != 0 ? Boolean.TRUE : null;
              d.phase = (f & 16) != 0 ? TreatmentPhase.MAINTENANCE : TreatmentPhase.NONE;
              d.daysInduction = (f & 16) != 0 ? 21 : null;
              // Peritoneal dialysis, or a CrCl below 10 mL/min (serum creatinine above about 7.3
              // mg/dL at 50 years and 70 kg), leaves ganciclovir without a label dose (GCV-PI
              // table 3.2), although no decision rule rules it out.
              d.renal = RENAL.get((f >> 5) & 3);
              d.scrOnHaemodialysis = true;
              d.age = (f & 128) != 0 ? 15 : 50;
              d.canTakeOral = (f & 256) != 0 ? Boolean.FALSE : Boolean.TRUE;
              d.urineProteinMgDl = (f & 512) != 0 ? 10.0 : null;
              d.nephrotoxic = (f & 512) != 0 ? Boolean.FALSE : null;
              d.onLetermovir = (f & 1024) != 0 ? Boolean.TRUE : null;
              if (host == HostCategory.HIV) {
                d.cd4 = (f & 2048) != 0 ? 250.0 : 40.0;
                d.onArt = Boolean.TRUE;
                d.suppressed = Boolean.TRUE;
                d.monthsCd4Above100 = 6.0;
              }
              return d.build();
            });
  }

  @Test
  void answer_isTheOneGatheringEveryDrugGives() {
    Policy policy = Policy.defaults();
    AtomicInteger firstLineOnly = new AtomicInteger();
    AtomicInteger gatheredAll = new AtomicInteger();
    AtomicInteger firstLineFailed = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(3_000)
        .forAll(cases())
        .checkAssert(
            c -> {
              Eligibility eligibility = Eligibility.of(c, policy.cutOffs());
              if (eligibility.refusal().isPresent()) {
                return;
              }
              CaseDosing dosing = CaseDosing.of(c, policy);
              Set<Drug> first = TreatmentDecider.drugsToAssessFirst(eligibility);
              boolean tryFirst = first.size() < eligibility.drugsToAssess().size();
              boolean shortPath =
                  tryFirst
                      && TreatmentDecider.firstLineSuffices(
                          DoseFacts.assess(dosing, eligibility.dosePhase(), first), eligibility);
              (shortPath ? firstLineOnly : gatheredAll).incrementAndGet();
              if (tryFirst && !shortPath) {
                firstLineFailed.incrementAndGet();
              }
              assertThat(TreatmentAdvisor.recommend(c, policy))
                  .isEqualTo(everyDrugGathered(eligibility, dosing));
            });
    assertThat(firstLineOnly.get()).as("cases answered from the first-line facts").isPositive();
    assertThat(gatheredAll.get()).as("cases that gathered every drug").isPositive();
    assertThat(firstLineFailed.get())
        .as("cases whose first-line facts showed ganciclovir cannot be given")
        .isPositive();
  }

  /** The answer with every drug's availability gathered before choosing. */
  private static Recommendation everyDrugGathered(Eligibility eligibility, CaseDosing dosing) {
    DoseFacts all = DoseFacts.assess(dosing, eligibility.dosePhase(), eligibility.drugsToAssess());
    return TreatmentDecider.decide(
        all.withDoses(dosing, TreatmentDecider.drugsToDose(all, eligibility)), eligibility);
  }
}
