package io.github.cmvrx.simulation.cohort;

import io.github.cmvrx.simulation.distribution.Share;
import org.immutables.value.Value;

/**
 * What a synthetic cohort looks like: its name, size and the distribution of every case field,
 * in six groups ({@link BodyMix}, {@link KidneyMix}, {@link HostMix}, {@link DiseaseMix}, {@link
 * LabsMix}, {@link TreatmentMix}). The defaults of each preset and their basis are in {@code
 * simulation/DISTRIBUTIONS.md}. Shares are probabilities in [0, 1]; every distribution must lie
 * inside the values the case builders accept, so every patient the cohort generates is valid
 * (issue 12 item 10, docs/decisions/0901). The builder is generated ({@link
 * ImmutableCohortSpec#builder()}); the JSON file format is read by {@link CohortSpecReader},
 * whose keys are the flat attribute names of the groups.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class CohortSpec {
  CohortSpec() {}

  /**
   * Returns the name of the cohort (a preset name or the file's).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the default number of patients (the command line may override it).
   *
   * @return the number, &gt;= 0
   */
  public abstract long patients();

  /**
   * Returns who the patients are: age, sex and build.
   *
   * @return the group
   */
  public abstract BodyMix body();

  /**
   * Returns kidney function and kidney replacement therapy.
   *
   * @return the group
   */
  public abstract KidneyMix kidney();

  /**
   * Returns the host mix.
   *
   * @return the group
   */
  public abstract HostMix host();

  /**
   * Returns the disease and virology.
   *
   * @return the group
   */
  public abstract DiseaseMix disease();

  /**
   * Returns the laboratory values.
   *
   * @return the group
   */
  public abstract LabsMix labs();

  /**
   * Returns the treatment.
   *
   * @return the group
   */
  public abstract TreatmentMix treatment();

  /**
   * Returns the share of patients put on a threshold by the boundary generator.
   *
   * @return a share in [0, 1]
   */
  public abstract double boundaryShare();

  @Value.Check
  void check() {
    SpecChecks.nonNegative("patients", patients());
    Share.require("boundaryShare", boundaryShare());
  }

  /**
   * Returns a builder that starts from this specification.
   *
   * @return the builder
   */
  public ImmutableCohortSpec.Builder toBuilder() {
    return ImmutableCohortSpec.builder().from(this);
  }
}
