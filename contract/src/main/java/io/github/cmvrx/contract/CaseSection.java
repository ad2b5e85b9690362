package io.github.cmvrx.contract;

import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.Virology;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a case: where it is, and how its model value is built from the fields of
 * {@link CaseField} that belong to it (a builder, set field by field, then built).
 */
enum CaseSection {
  ROOT("", PatientCase::builder, b -> ((PatientCase.Builder) b).build()),
  PATIENT("patient", Patient::builder, b -> ((Patient.Builder) b).build()),
  SERUM_CREATININE("patient.serumCreatinine", CreatinineDraft::new, b -> ((CreatinineDraft) b).build()),
  HOST("host", Host::builder, b -> ((Host.Builder) b).build()),
  DISEASE("disease", Disease::builder, b -> ((Disease.Builder) b).build()),
  VIROLOGY("virology", Virology::builder, b -> ((Virology.Builder) b).build()),
  LABS("labs", Labs::builder, b -> ((Labs.Builder) b).build()),
  BASELINE_SERUM_CREATININE(
      "labs.baselineSerumCreatinine", CreatinineDraft::new, b -> ((CreatinineDraft) b).build()),
  TREATMENT("treatment", Treatment::builder, b -> ((Treatment.Builder) b).build());

  private final String path;
  private final Supplier<Object> builder;
  private final Function<Object, Object> build;

  CaseSection(String path, Supplier<Object> builder, Function<Object, Object> build) {
    this.path = path;
    this.builder = builder;
    this.build = build;
  }

  /** Returns the path of the object, {@code ""} for the document itself. */
  String path() {
    return path;
  }

  /** Returns the path of member {@code key}. */
  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Returns a new builder of the section's value. */
  Object newBuilder() {
    return builder.get();
  }

  /**
   * Builds the section's value.
   *
   * @throws IllegalArgumentException if the model refuses it
   */
  Object build(Object builder) {
    return build.apply(builder);
  }

  /** The builder of a serum creatinine, which is a record: its value and its unit. */
  static final class CreatinineDraft {
    private double value = Double.NaN;
    private @Nullable CreatinineUnit unit;

    void value(double v) {
      value = v;
    }

    void unit(CreatinineUnit u) {
      unit = u;
    }

    SerumCreatinine build() {
      if (unit == null) {
        throw new IllegalArgumentException("unit is required");
      }
      return new SerumCreatinine(value, unit);
    }
  }
}
