package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.simulation.distribution.LogNormal;
import io.github.cmvrx.simulation.distribution.Share;
import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.edge.Threshold;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates the patients of a cohort: patient {@code index} of seed {@code seed} is always the
 * same case, whichever thread draws it and in whatever order, because each patient has its own
 * {@link SplittableRandom} seeded with {@link #mix(long, long)}. Nothing is held in memory: a
 * cohort is the stream of indices {@code 0 .. n-1}. Every case is valid (built by the strict
 * core builders); a share {@link CohortSpec#boundaryShare()} is put on a spec threshold.
 *
 * <p>Immutable and thread-safe.
 */
public final class CohortGenerator {
  /** Bedside Schwartz constant, eGFR = 0.413 x height(cm) / SCr (SCHWARTZ-2009, clinical basis §2.7). */
  static final double SCHWARTZ_K = 0.413;

  /** Highest serum creatinine drawn, mg/dL: the spec's limit (clinical basis §8). */
  static final double MAX_SCR_MG_DL = CaseLimits.SERUM_CREATININE_MG_DL.max();

  /** Adults from 18 years (clinical basis §2, Decision on age). */

  /** Sites that are end-organ but neither CNS nor retinitis, drawn uniformly. */
  private static final DiseaseSite[] OTHER_SITES = {
    DiseaseSite.GASTROINTESTINAL,
    DiseaseSite.PNEUMONITIS,
    DiseaseSite.HEPATITIS,
    DiseaseSite.DISSEMINATED,
    DiseaseSite.CMV_SYNDROME
  };

  private static final DiseaseSite[] CNS_SITES = {
    DiseaseSite.ENCEPHALITIS,
    DiseaseSite.VENTRICULITIS,
    DiseaseSite.MYELITIS,
    DiseaseSite.POLYRADICULOPATHY
  };

  /**
   * Drugs named in a resistance genotype, with cumulative weights (assumption, DISTRIBUTIONS.md:
   * UL97 ganciclovir resistance dominates; UL54 cross-resistance to foscarnet or cidofovir is
   * rarer).
   */
  private static final Drug[] RESISTANCE_DRUGS = {
    Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR, Drug.MARIBAVIR
  };

  private static final double[] RESISTANCE_CUMULATIVE = {0.70, 0.85, 0.95, 1.0};

  private static final Inducer[] INDUCERS = Inducer.values();

  private static final Threshold.Side[] SIDES = Threshold.Side.values();

  private final CohortSpec spec;
  // The groups of the specification, read once per patient each: held here, not looked up.
  private final BodyMix body;
  private final KidneyMix kidney;
  private final HostMix host;
  private final DiseaseMix disease;
  private final LabsMix labs;
  private final TreatmentMix treatment;
  private final long seed;
  private final List<Threshold> thresholds;
  private final double cd4AboveStop;

  /**
   * Creates the generator, with boundary patients on the edges of the label tables and the default
   * cut-offs.
   *
   * @param spec the cohort specification
   * @param seed the cohort seed
   */
  public CohortGenerator(CohortSpec spec, long seed) {
    this(spec, seed, Policy.defaults());
  }

  /**
   * Creates the generator, with boundary patients on the edges of the tables and cut-offs the
   * policy actually loads ({@link Threshold#of(Policy)}).
   *
   * @param spec the cohort specification
   * @param seed the cohort seed
   * @param policy the policy whose edges the boundary patients land on
   */
  public CohortGenerator(CohortSpec spec, long seed, Policy policy) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.body = spec.body();
    this.kidney = spec.kidney();
    this.host = spec.host();
    this.disease = spec.disease();
    this.labs = spec.labs();
    this.treatment = spec.treatment();
    this.seed = seed;
    this.thresholds =
        policy.equals(Policy.defaults()) ? Threshold.defaults() : Threshold.of(policy);
    this.cd4AboveStop = policy.cutOffs().get(CutOff.HIV_STOP_CD4) + CD4_MARGIN_ABOVE_STOP;
  }

  /**
   * CD4 of an HIV host put on a months edge: this far above the stop count, /uL (150 with the
   * default 100 /uL, clinical basis §5).
   */
  static final double CD4_MARGIN_ABOVE_STOP = 50;

  /**
   * Returns the thresholds boundary patients are put on, in the order {@link
   * #boundaryThreshold(long)} indexes them.
   *
   * @return the thresholds
   */
  public List<Threshold> thresholds() {
    return thresholds;
  }

  /**
   * Returns the specification.
   *
   * @return the specification
   */
  public CohortSpec spec() {
    return spec;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns a well-mixed 64-bit seed for one patient (the SplitMix64 finaliser over the cohort
   * seed and the index), so neighbouring indices get unrelated streams.
   *
   * @param seed the cohort seed
   * @param index the patient index
   * @return the patient's seed
   */
  public static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns patient {@code index} of the cohort.
   *
   * @param index the patient index, &gt;= 0
   * @return the case; the same for the same seed and index
   */
  public PatientCase generate(long index) {
    SplittableRandom rng = new SplittableRandom(mix(seed, index));
    CaseDraft d = new CaseDraft();
    boolean boundary = Share.draw(rng, spec.boundaryShare());
    int thresholdIndex = rng.nextInt(thresholds.size());
    int side = rng.nextInt(SIDES.length);
    draw(rng, d);
    if (boundary) {
      BoundaryMixer.apply(d, thresholds.get(thresholdIndex), SIDES[side], cd4AboveStop);
    }
    return d.build();
  }

  /**
   * Returns the threshold patient {@code index} was put on, if it was a boundary patient.
   *
   * @param index the patient index
   * @return the index in {@link #thresholds()}, or -1 if the patient is not a boundary patient
   */
  public int boundaryThreshold(long index) {
    SplittableRandom rng = new SplittableRandom(mix(seed, index));
    boolean boundary = Share.draw(rng, spec.boundaryShare());
    int ordinal = rng.nextInt(thresholds.size());
    return boundary ? ordinal : -1;
  }

  private void draw(SplittableRandom rng, CaseDraft d) {
    boolean child = Share.draw(rng, body.childShare());
    d.sex = Share.draw(rng, body.femaleShare()) ? Sex.FEMALE : Sex.MALE;
    if (child) {
      drawChildBody(rng, d);
    } else {
      d.ageYears = body.adultAgeYears().sample(rng);
      d.heightCm = (d.sex == Sex.FEMALE ? body.femaleHeightCm() : body.maleHeightCm()).sample(rng);
      double metres = d.heightCm / 100;
      d.weightKg =
          Math.min(CaseLimits.WEIGHT_KG.max(), body.adultBmi().sample(rng) * metres * metres);
    }
    d.renalReplacement = kidney.renalReplacement().sample(rng);
    double scr;
    if (child) {
      scr = SCHWARTZ_K * d.heightCm / kidney.childEgfr().sample(rng);
    } else {
      scr =
          (d.sex == Sex.FEMALE ? kidney.femaleCreatinineMgDl() : kidney.maleCreatinineMgDl())
              .sample(rng);
    }
    boolean impaired = Share.draw(rng, kidney.renalImpairmentShare());
    double factor = kidney.impairmentFactor().sample(rng);
    if (impaired || d.renalReplacement.isAny()) {
      scr *= factor;
    }
    d.scrMgDl = Math.min(MAX_SCR_MG_DL, scr);
    d.scrInUmol = Share.draw(rng, kidney.umolShare());
    if (d.renalReplacement == RenalReplacement.INTERMITTENT_HEMODIALYSIS
        && Share.draw(rng, ABSENT_CREATININE_ON_HD)) {
      d.scrMgDl = Double.NaN;
    }

    d.host = host.hosts().sample(rng);
    d.cd4 = host.cd4PerUl().sample(rng);
    d.onArt = Share.draw(rng, host.onArtShare());
    d.hivSuppressed = d.onArt && Share.draw(rng, host.hivSuppressedShare());
    d.monthsCd4Above100 = d.cd4 > HIV_CD4_STOP ? rng.nextDouble() * host.maxMonthsCd4Above100() : 0;
    d.onCiclosporin = Share.draw(rng, CICLOSPORIN_SHARE);

    drawSites(rng, d);
    d.severity = Share.draw(rng, disease.severeShare()) ? Severity.SEVERE : Severity.MILD_MODERATE;
    if (Share.draw(rng, disease.resistanceShare())) {
      double u = rng.nextDouble();
      for (int i = 0; i < RESISTANCE_DRUGS.length; i++) {
        if (u < RESISTANCE_CUMULATIVE[i]) {
          d.resistantTo = RESISTANCE_DRUGS[i];
          break;
        }
      }
    }
    boolean refractory = Share.draw(rng, disease.refractoryShare());
    d.refractory = Share.draw(rng, disease.virologyUnknownShare()) ? -1 : refractory ? 1 : 0;

    if (!Share.draw(rng, labs.labsMissingShare())) {
      d.anc = Share.draw(rng, labs.neutropeniaShare()) ? rng.nextDouble() * 500 : 500 + NORMAL_ANC.sample(rng);
      d.platelets =
          Share.draw(rng, labs.thrombocytopeniaShare())
              ? rng.nextDouble() * 25_000
              : 25_000 + NORMAL_PLATELETS.sample(rng);
      d.hemoglobin =
          Share.draw(rng, labs.anaemiaShare()) ? 5 + rng.nextDouble() * 3 : 8 + NORMAL_HB.sample(rng);
    }
    if (!Share.draw(rng, labs.urineProteinMissingShare())) {
      d.urineProtein =
          Share.draw(rng, labs.urineProteinHighShare())
              ? 100 + rng.nextDouble() * 400
              : rng.nextDouble() * 100;
    }

    d.phase = treatment.phases().sample(rng);
    int maxDays = (int) treatment.maxDaysOfIvTherapy();
    d.daysOfIvTherapy = d.phase == TreatmentPhase.NONE ? 0 : rng.nextInt(maxDays + 1);
    d.daysOfInduction = d.phase == TreatmentPhase.NONE ? 0 : rng.nextInt(maxDays + 1);
    d.canTakeOral = Share.draw(rng, treatment.canTakeOralShare());
    d.giImpaired = Share.draw(rng, treatment.giImpairedShare());
    d.improving = Share.draw(rng, treatment.improvingShare());
    d.ganciclovirIntolerance = Share.draw(rng, treatment.ganciclovirIntoleranceShare());
    d.nephrotoxic = Share.draw(rng, treatment.nephrotoxicShare());
    d.onLetermovir = d.host.isTransplant() && Share.draw(rng, treatment.letermovirShare());
    d.hasInducer = Share.draw(rng, treatment.inducerShare());
    d.inducer = INDUCERS[rng.nextInt(INDUCERS.length)];
  }

  private static void drawChildBody(SplittableRandom rng, CaseDraft d) {
    double min = CaseLimits.MIN_AGE_IN_SCOPE_YEARS;
    d.ageYears = min + rng.nextDouble() * (ClinicalThresholds.ADULT_AGE_YEARS - min);
    d.heightCm = childMedianHeightCm(d.ageYears) * (1 + CHILD_HEIGHT_CV * clampedGaussian(rng));
    double metres = d.heightCm / 100;
    double bmi = d.ageYears < 2 ? INFANT_BMI : CHILD_BMI;
    d.weightKg = bmi * (1 + CHILD_BMI_CV * clampedGaussian(rng)) * metres * metres;
  }

  private static double clampedGaussian(SplittableRandom rng) {
    return Math.max(-2.5, Math.min(2.5, rng.nextGaussian()));
  }

  /**
   * A piecewise-linear median height by age (assumption, DISTRIBUTIONS.md, approximating the WHO
   * and CDC growth charts: about 50 cm at birth, 75 at 1 year, 87 at 2, then 6 cm a year).
   */
  static double childMedianHeightCm(double ageYears) {
    if (ageYears < 1) {
      return 50 + 25 * ageYears;
    }
    if (ageYears < 2) {
      return 75 + 12 * (ageYears - 1);
    }
    return 87 + 6 * (ageYears - 2);
  }

  private void drawSites(SplittableRandom rng, CaseDraft d) {
    if (Share.draw(rng, disease.dnaemiaOnlyShare())) {
      d.addSite(DiseaseSite.DNAEMIA_ONLY);
      return;
    }
    if (Share.draw(rng, disease.cnsShare())) {
      d.addSite(CNS_SITES[rng.nextInt(CNS_SITES.length)]);
    }
    if (Share.draw(rng, disease.retinitisShare())) {
      d.addSite(DiseaseSite.RETINITIS);
    }
    if (!d.hasSite() || Share.draw(rng, disease.secondSiteShare())) {
      d.addSite(OTHER_SITES[rng.nextInt(OTHER_SITES.length)]);
    }
  }

  /** CD4 above which months are counted (clinical basis §5.3 PHASE-HIV-STOP). */
  static final double HIV_CD4_STOP = 100;

  /** Share of haemodialysis patients with no creatinine given (allowed, clinical basis §8). */
  static final double ABSENT_CREATININE_ON_HD = 0.5;

  /** Share of transplant hosts on ciclosporin (assumption, DISTRIBUTIONS.md). */
  static final double CICLOSPORIN_SHARE = 0.2;

  /** ANC above the 500 /uL threshold: 500 plus this (assumption, DISTRIBUTIONS.md). */
  private static final LogNormal NORMAL_ANC = new LogNormal(2500, 2, 0, 20_000);

  /** Platelets above 25,000 /uL: 25,000 plus this (assumption, DISTRIBUTIONS.md). */
  private static final LogNormal NORMAL_PLATELETS = new LogNormal(120_000, 2, 0, 600_000);

  /** Haemoglobin above 8 g/dL: 8 plus this (assumption, DISTRIBUTIONS.md). */
  private static final LogNormal NORMAL_HB = new LogNormal(3, 1.5, 0, 10);

  /** Children's BMI under 2 years, kg/m2 (assumption, WHO growth charts, median about 16-17). */
  static final double INFANT_BMI = 16.5;

  /** Children's BMI from 2 years, kg/m2 (assumption, CDC charts, median 15.5-21 by age). */
  static final double CHILD_BMI = 17.5;

  /** Coefficient of variation of children's height (assumption, about 4% on growth charts). */
  static final double CHILD_HEIGHT_CV = 0.04;

  /** Coefficient of variation of children's BMI (assumption, DISTRIBUTIONS.md). */
  static final double CHILD_BMI_CV = 0.12;
}
