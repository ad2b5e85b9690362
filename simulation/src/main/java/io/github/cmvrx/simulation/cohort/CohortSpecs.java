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
    return new CohortSpec(
        "mixed",
        100_000,
        0.03,
        new Normal(52, 16, 18, 100),
        0.40,
        new Normal(175, 7.5, 145, 210),
        new Normal(162, 7, 135, 195),
        new Normal(25.5, 5, 14, 60),
        new LogNormal(0.95, 1.2, 0.4, 1.6),
        new LogNormal(0.75, 1.2, 0.3, 1.4),
        new Normal(110, 20, 60, 160),
        0.25,
        new LogNormal(2.5, 1.8, 1.2, 15),
        0.30,
        weights(
            RenalReplacement.class,
            RenalReplacement.NONE, 0.90,
            RenalReplacement.INTERMITTENT_HEMODIALYSIS, 0.05,
            RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT, 0.03,
            RenalReplacement.PERITONEAL_DIALYSIS, 0.02),
        weights(
            HostCategory.class,
            HostCategory.HIV, 0.30,
            HostCategory.HSCT, 0.20,
            HostCategory.SOLID_ORGAN_TRANSPLANT, 0.30,
            HostCategory.OTHER_IMMUNOCOMPROMISED, 0.15,
            HostCategory.IMMUNOCOMPETENT, 0.05),
        new LogNormal(60, 3, 0, 1500),
        0.70,
        0.50,
        24,
        0.08,
        0.10,
        0.10,
        0.15,
        0.60,
        0.08,
        0.08,
        0.20,
        0.10,
        0.07,
        0.05,
        0.08,
        0.30,
        0.08,
        weights(
            TreatmentPhase.class,
            TreatmentPhase.NONE, 0.60,
            TreatmentPhase.INDUCTION, 0.25,
            TreatmentPhase.MAINTENANCE, 0.15),
        28,
        0.75,
        0.10,
        0.50,
        0.05,
        0.15,
        0.10,
        0.02,
        0.05);
  }

  /**
   * Returns the {@code hiv-cns} preset: HIV hosts with low CD4, CNS disease and retinitis.
   *
   * @return the preset
   */
  public static CohortSpec hivCns() {
    return mixed().toBuilder()
        .name("hiv-cns")
        .childShare(0.01)
        .adultAgeYears(new Normal(42, 11, 18, 90))
        .femaleShare(0.30)
        .hosts(Weights.only(HostCategory.class, HostCategory.HIV))
        .cd4PerUl(new LogNormal(30, 2.5, 0, 1200))
        .cnsShare(0.60)
        .retinitisShare(0.30)
        .dnaemiaOnlyShare(0.02)
        .build();
  }

  /**
   * Returns the {@code transplant} preset: solid organ and HSCT recipients, more resistance and
   * refractory disease.
   *
   * @return the preset
   */
  public static CohortSpec transplant() {
    return mixed().toBuilder()
        .name("transplant")
        .hosts(
            weights(
                HostCategory.class,
                HostCategory.SOLID_ORGAN_TRANSPLANT, 0.70,
                HostCategory.HSCT, 0.30))
        .cnsShare(0.02)
        .retinitisShare(0.02)
        .resistanceShare(0.12)
        .refractoryShare(0.12)
        .renalImpairmentShare(0.40)
        .letermovirShare(0.20)
        .build();
  }

  /**
   * Returns the {@code hsct} preset: allogeneic stem-cell recipients with frequent cytopenia.
   *
   * @return the preset
   */
  public static CohortSpec hsct() {
    return mixed().toBuilder()
        .name("hsct")
        .childShare(0.10)
        .hosts(Weights.only(HostCategory.class, HostCategory.HSCT))
        .cnsShare(0.02)
        .retinitisShare(0.01)
        .neutropeniaShare(0.20)
        .thrombocytopeniaShare(0.25)
        .anaemiaShare(0.15)
        .resistanceShare(0.12)
        .refractoryShare(0.15)
        .letermovirShare(0.40)
        .build();
  }

  /**
   * Returns the {@code renal-impaired} preset: most patients with impaired kidney function or on
   * kidney replacement therapy.
   *
   * @return the preset
   */
  public static CohortSpec renalImpaired() {
    return mixed().toBuilder()
        .name("renal-impaired")
        .adultAgeYears(new Normal(64, 13, 18, 100))
        .renalImpairmentShare(0.80)
        .renalReplacement(
            weights(
                RenalReplacement.class,
                RenalReplacement.NONE, 0.60,
                RenalReplacement.INTERMITTENT_HEMODIALYSIS, 0.20,
                RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT, 0.12,
                RenalReplacement.PERITONEAL_DIALYSIS, 0.08))
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
