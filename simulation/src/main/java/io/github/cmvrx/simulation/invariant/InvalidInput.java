package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.CaseLimits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deliberately invalid variants of a valid case, one field out of range each (clinical basis §8),
 * and the probe that checks the validation path refuses each with a message naming the field.
 */
final class InvalidInput {
  private InvalidInput() {}

  /**
   * One way to make a case invalid.
   *
   * @param field the field made invalid, as the error must name it
   * @param build builds the invalid case from a valid one; must throw
   */
  record Mutation(String field, Function<PatientCase, Object> build) {}

  private static Patient.Builder patientExcept(Patient p, String skip) {
    Patient.Builder b = Patient.builder();
    if (!skip.contains("age")) {
      b.age(p.age());
    }
    if (!skip.contains("weight")) {
      b.weight(p.weight());
    }
    if (!skip.contains("height")) {
      b.height(p.height());
    }
    if (!skip.contains("scr")) {
      b.serumCreatinine(p.serumCreatinine());
    }
    if (!skip.contains("rrt")) {
      b.renalReplacement(p.renalReplacement());
    }
    return b.sex(p.sex());
  }

  /** Just outside (above) the spec's maximum, for a range whose maximum is inclusive. */
  private static double above(double max) {
    return Math.nextUp(max);
  }

  static final List<Mutation> MUTATIONS =
      List.of(
          new Mutation(
              "patient.ageYears",
              c -> patientExcept(c.patient(), "age").age(Age.years(above(CaseLimits.AGE_YEARS.max()))).build()),
          new Mutation("age (years)", c -> Age.years(0)),
          new Mutation(
              "patient.weightKg",
              c ->
                  patientExcept(c.patient(), "weight")
                      .weight(Mass.kilograms(above(CaseLimits.WEIGHT_KG.max())))
                      .build()),
          new Mutation("mass (kg)", c -> Mass.kilograms(-1)),
          new Mutation(
              "patient.heightCm",
              c ->
                  patientExcept(c.patient(), "height")
                      .height(Length.centimetres(CaseLimits.HEIGHT_CM.min()))
                      .build()),
          new Mutation(
              "patient.heightCm",
              c ->
                  patientExcept(c.patient(), "height")
                      .height(Length.centimetres(above(CaseLimits.HEIGHT_CM.max())))
                      .build()),
          new Mutation(
              "patient.serumCreatinine.value",
              c ->
                  patientExcept(c.patient(), "scr")
                      .serumCreatinine(
                          SerumCreatinine.mgPerDl(above(CaseLimits.SERUM_CREATININE_MG_DL.max())))
                      .build()),
          new Mutation(
              "patient.serumCreatinine.value",
              c ->
                  patientExcept(c.patient(), "scr")
                      .serumCreatinine(
                          SerumCreatinine.umolPerL(above(CaseLimits.SERUM_CREATININE_UMOL_L.max())))
                      .build()),
          new Mutation("serum creatinine (mg/dL)", c -> SerumCreatinine.mgPerDl(0)),
          new Mutation(
              "patient.serumCreatinine",
              c ->
                  patientExcept(c.patient(), "scr+rrt")
                      .renalReplacement(RenalReplacement.NONE)
                      .build()),
          new Mutation("disease.sites", c -> Disease.builder().severity(c.disease().severity()).build()),
          new Mutation(
              "disease.sites",
              c ->
                  Disease.builder()
                      .addSites(DiseaseSite.DNAEMIA_ONLY, DiseaseSite.PNEUMONITIS)
                      .severity(c.disease().severity())
                      .build()),
          new Mutation(
              "host.cd4PerUl",
              c ->
                  Host.builder()
                      .category(c.host().category())
                      .cd4(CellCount.perMicrolitre(above(CaseLimits.CD4_PER_UL.max())))
                      .build()),
          new Mutation(
              "host.monthsCd4Above100",
              c -> Host.builder().category(c.host().category()).monthsCd4Above100(-1).build()),
          new Mutation("cell count (cells/uL)", c -> Labs.builder().anc(CellCount.perMicrolitre(-1)).build()),
          new Mutation(
              "labs.plateletsPerUl",
              c -> Labs.builder().platelets(CellCount.perMicrolitre(above(CaseLimits.PLATELETS_PER_UL.max()))).build()),
          new Mutation(
              "treatment.daysOfIvTherapy",
              c -> Treatment.builder().phase(c.treatment().phase()).daysOfIvTherapy(-1).build()));

  /**
   * Returns which mutation a case gets: chosen from its weight's bits so that a cohort cycles
   * through all of them, deterministically across runs (enum hash codes are not).
   */
  static int mutationFor(PatientCase c) {
    long bits = Double.doubleToLongBits(c.patient().weight().kilograms());
    return (int) Math.floorMod(bits ^ (bits >>> 29), (long) MUTATIONS.size());
  }

  static Optional<String> probe(PatientCase c) {
    return probe(c, MUTATIONS.get(mutationFor(c)));
  }

  static Optional<String> probe(PatientCase c, Mutation m) {
    Object built;
    try {
      built = m.build().apply(c);
    } catch (IllegalArgumentException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains(m.field())) {
        return Optional.empty();
      }
      return Optional.of(
          String.format(
              Locale.ROOT, "invalid %s refused, but the message does not name it: %s", m.field(), msg));
    }
    return Optional.of(
        String.format(Locale.ROOT, "invalid %s was accepted: %s", m.field(), built));
  }
}
