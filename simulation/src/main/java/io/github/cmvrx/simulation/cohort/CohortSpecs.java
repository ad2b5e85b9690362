package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.simulation.distribution.LogNormal;
import io.github.cmvrx.simulation.distribution.Normal;
import io.github.cmvrx.simulation.distribution.Weights;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in cohort presets: {@code mixed}, {@code hiv-cns}, {@code transplant}, {@code hsct}
 * and {@code renal-impaired}. Every number is an assumption of the test bench, not
 * epidemiology; its basis is written in {@code simulation/DISTRIBUTIONS.md} (decision record
 * 0300). The presets exist to exercise every rule of the engine, so rare situations
 * (dialysis, resistance, cytopenia, children) are deliberately over-represented.
 */
public final class CohortSpecs {
  private CohortSpecs() {}

  /** The names of the presets, in the order the command line lists them. */
  public static final List<String> NAMES =
      List.of("mixed", "hiv-cns", "transplant", "hsct", "renal-impaired");

  private static <E extends Enum<E>> Weights<E> weights(Class<E> type, Object... pairs) {
    Map<E, Double> m = new EnumMap<>(type);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(type.cast(pairs[i]), (Double) pairs[i + 1]);
    }
    return Weights.of(type, m);
  }

  /**
   * Returns the {@code mixed} preset: every host category, mostly adults, a quarter with impaired
   * kidney function.
   *
   * @return the preset
   */
  public static CohortSpec mixed() {
    return ImmutableCohortSpec.builder()
        .name("mixed")
        .patients(100_000)
        .body(
            ImmutableBodyMix.builder()
                .childShare(0.03)
                .adultAgeYears(new Normal(52, 16, 18, 100))
                .femaleShare(0.40)
                .maleHeightCm(new Normal(175, 7.5, 145, 210))
                .femaleHeightCm(new Normal(162, 7, 135, 195))
                .adultBmi(new Normal(25.5, 5, 14, 60))
                .build())
        .kidney(
            ImmutableKidneyMix.builder()
                .maleCreatinineMgDl(new LogNormal(0.95, 1.2, 0.4, 1.6))
                .femaleCreatinineMgDl(new LogNormal(0.75, 1.2, 0.3, 1.4))
                .childEgfr(new Normal(110, 20, 60, 160))
                .renalImpairmentShare(0.25)
                .impairmentFactor(new LogNormal(2.5, 1.8, 1.2, 15))
                .umolShare(0.30)
                .renalReplacement(
                    weights(
                        RenalReplacement.class,
                        RenalReplacement.NONE, 0.90,
                        RenalReplacement.INTERMITTENT_HEMODIALYSIS, 0.05,
                        RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT, 0.03,
                        RenalReplacement.PERITONEAL_DIALYSIS, 0.02))
                .build())
        .host(
            ImmutableHostMix.builder()
                .hosts(
                    weights(
                        HostCategory.class,
                        HostCategory.HIV, 0.30,
                        HostCategory.HSCT, 0.20,
                        HostCategory.SOLID_ORGAN_TRANSPLANT, 0.30,
                        HostCategory.OTHER_IMMUNOCOMPROMISED, 0.15,
                        HostCategory.IMMUNOCOMPETENT, 0.05))
                .cd4PerUl(new LogNormal(60, 3, 0, 1500))
                .onArtShare(0.70)
                .hivSuppressedShare(0.50)
                .maxMonthsCd4Above100(24)
                .build())
        .disease(
            ImmutableDiseaseMix.builder()
                .cnsShare(0.08)
                .retinitisShare(0.10)
                .dnaemiaOnlyShare(0.10)
                .secondSiteShare(0.15)
                .severeShare(0.60)
                .resistanceShare(0.08)
                .refractoryShare(0.08)
                .virologyUnknownShare(0.20)
                .build())
        .labs(
            ImmutableLabsMix.builder()
                .labsMissingShare(0.10)
                .neutropeniaShare(0.07)
                .thrombocytopeniaShare(0.05)
                .anaemiaShare(0.08)
                .urineProteinMissingShare(0.30)
                .urineProteinHighShare(0.08)
                .build())
        .treatment(
            ImmutableTreatmentMix.builder()
                .phases(
                    weights(
                        TreatmentPhase.class,
                        TreatmentPhase.NONE, 0.60,
                        TreatmentPhase.INDUCTION, 0.25,
                        TreatmentPhase.MAINTENANCE, 0.15))
                .maxDaysOfIvTherapy(28)
                .canTakeOralShare(0.75)
                .giImpairedShare(0.10)
                .improvingShare(0.50)
                .ganciclovirIntoleranceShare(0.05)
                .nephrotoxicShare(0.15)
                .letermovirShare(0.10)
                .inducerShare(0.02)
                .build())
        .boundaryShare(0.05)
        .build();
  }

  /**
   * Returns the {@code hiv-cns} preset: HIV hosts with low CD4, CNS disease and retinitis.
   *
   * @return the preset
   */
  public static CohortSpec hivCns() {
    CohortSpec m = mixed();
    return m.toBuilder()
        .name("hiv-cns")
        .body(
            ImmutableBodyMix.copyOf(m.body())
                .withChildShare(0.01)
                .withAdultAgeYears(new Normal(42, 11, 18, 90))
                .withFemaleShare(0.30))
        .host(
            ImmutableHostMix.copyOf(m.host())
                .withHosts(Weights.only(HostCategory.class, HostCategory.HIV))
                .withCd4PerUl(new LogNormal(30, 2.5, 0, 1200)))
        .disease(
            ImmutableDiseaseMix.copyOf(m.disease())
                .withCnsShare(0.60)
                .withRetinitisShare(0.30)
                .withDnaemiaOnlyShare(0.02))
        .build();
  }

  /**
   * Returns the {@code transplant} preset: solid organ and HSCT recipients, more resistance and
   * refractory disease.
   *
   * @return the preset
   */
  public static CohortSpec transplant() {
    CohortSpec m = mixed();
    return m.toBuilder()
        .name("transplant")
        .host(
            ImmutableHostMix.copyOf(m.host())
                .withHosts(
                    weights(
                        HostCategory.class,
                        HostCategory.SOLID_ORGAN_TRANSPLANT, 0.70,
                        HostCategory.HSCT, 0.30)))
        .disease(
            ImmutableDiseaseMix.copyOf(m.disease())
                .withCnsShare(0.02)
                .withRetinitisShare(0.02)
                .withResistanceShare(0.12)
                .withRefractoryShare(0.12))
        .kidney(ImmutableKidneyMix.copyOf(m.kidney()).withRenalImpairmentShare(0.40))
        .treatment(ImmutableTreatmentMix.copyOf(m.treatment()).withLetermovirShare(0.20))
        .build();
  }

  /**
   * Returns the {@code hsct} preset: allogeneic stem-cell recipients with frequent cytopenia.
   *
   * @return the preset
   */
  public static CohortSpec hsct() {
    CohortSpec m = mixed();
    return m.toBuilder()
        .name("hsct")
        .body(ImmutableBodyMix.copyOf(m.body()).withChildShare(0.10))
        .host(
            ImmutableHostMix.copyOf(m.host())
                .withHosts(Weights.only(HostCategory.class, HostCategory.HSCT)))
        .disease(
            ImmutableDiseaseMix.copyOf(m.disease())
                .withCnsShare(0.02)
                .withRetinitisShare(0.01)
                .withResistanceShare(0.12)
                .withRefractoryShare(0.15))
        .labs(
            ImmutableLabsMix.copyOf(m.labs())
                .withNeutropeniaShare(0.20)
                .withThrombocytopeniaShare(0.25)
                .withAnaemiaShare(0.15))
        .treatment(ImmutableTreatmentMix.copyOf(m.treatment()).withLetermovirShare(0.40))
        .build();
  }

  /**
   * Returns the {@code renal-impaired} preset: most patients with impaired kidney function or on
   * kidney replacement therapy.
   *
   * @return the preset
   */
  public static CohortSpec renalImpaired() {
    CohortSpec m = mixed();
    return m.toBuilder()
        .name("renal-impaired")
        .body(ImmutableBodyMix.copyOf(m.body()).withAdultAgeYears(new Normal(64, 13, 18, 100)))
        .kidney(
            ImmutableKidneyMix.copyOf(m.kidney())
                .withRenalImpairmentShare(0.80)
                .withRenalReplacement(
                    weights(
                        RenalReplacement.class,
                        RenalReplacement.NONE, 0.60,
                        RenalReplacement.INTERMITTENT_HEMODIALYSIS, 0.20,
                        RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT, 0.12,
                        RenalReplacement.PERITONEAL_DIALYSIS, 0.08)))
        .boundaryShare(0.15)
        .build();
  }

  /**
   * Returns the preset with the given name.
   *
   * @param name one of {@link #NAMES}
   * @return the preset, or empty if there is none by that name
   */
  public static Optional<CohortSpec> named(String name) {
    return switch (name) {
      case "mixed" -> Optional.of(mixed());
      case "hiv-cns" -> Optional.of(hivCns());
      case "transplant" -> Optional.of(transplant());
      case "hsct" -> Optional.of(hsct());
      case "renal-impaired" -> Optional.of(renalImpaired());
      default -> Optional.empty();
    };
  }
}
