package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One case: the patient, the host, the disease, virology, labs and treatment, as the JSON contract
 * reads it (shared case-format). A built case is valid; whether it is in scope is {@link
 * #isInScope()}.
 *
 * <p>An immutable value compared by all its attributes, built with the strict {@link #builder()}.
 * Reading the id never allocates: its optional is made once, when the case is built.
 *
 * @since 0.2.0
 */
public final class PatientCase {
  private final Optional<String> id;
  private final Patient patient;
  private final Host host;
  private final Disease disease;
  private final Virology virology;
  private final Labs labs;
  private final Treatment treatment;

  private PatientCase(
      Optional<String> id,
      Patient patient,
      Host host,
      Disease disease,
      Virology virology,
      Labs labs,
      Treatment treatment) {
    this.id = id;
    this.patient = patient;
    this.host = host;
    this.disease = disease;
    this.virology = virology;
    this.labs = labs;
    this.treatment = treatment;
  }

  /**
   * Returns the caller's id for the case, echoed in the recommendation.
   *
   * @return the id
   */
  public Optional<String> id() {
    return id;
  }

  /**
   * Returns the patient.
   *
   * @return the patient
   */
  public Patient patient() {
    return patient;
  }

  /**
   * Returns the host.
   *
   * @return the host
   */
  public Host host() {
    return host;
  }

  /**
   * Returns the disease.
   *
   * @return the disease
   */
  public Disease disease() {
    return disease;
  }

  /**
   * Returns the virology; {@link Virology#unknown()} when the case gave none.
   *
   * @return the virology
   */
  public Virology virology() {
    return virology;
  }

  /**
   * Returns the labs; {@link Labs#unknown()} when the case gave none.
   *
   * @return the labs
   */
  public Labs labs() {
    return labs;
  }

  /**
   * Returns the treatment history.
   *
   * @return the treatment
   */
  public Treatment treatment() {
    return treatment;
  }

  /**
   * Returns whether the case is in the scope of cmvrx: not congenital or neonatal CMV, that is age
   * at least 28 days (clinical basis §0).
   *
   * @return true if in scope
   */
  public boolean isInScope() {
    return patient.age().years() >= CaseLimits.MIN_AGE_IN_SCOPE_YEARS;
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether {@code o} is a case with equal attributes.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof PatientCase c
        && id.equals(c.id)
        && patient.equals(c.patient)
        && host.equals(c.host)
        && disease.equals(c.disease)
        && virology.equals(c.virology)
        && labs.equals(c.labs)
        && treatment.equals(c.treatment);
  }

  /**
   * Returns a hash code of all attributes (an absent id counts as 0).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + patient.hashCode();
    h += (h << 5) + host.hashCode();
    h += (h << 5) + disease.hashCode();
    h += (h << 5) + virology.hashCode();
    h += (h << 5) + labs.hashCode();
    h += (h << 5) + treatment.hashCode();
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code PatientCase{id=c-1, patient=Patient{...},
   * host=Host{...}, ...}}; an absent id is left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("PatientCase{");
    if (id.isPresent()) {
      b.append("id=").append(id.get()).append(", ");
    }
    b.append("patient=").append(patient);
    b.append(", host=").append(host);
    b.append(", disease=").append(disease);
    b.append(", virology=").append(virology);
    b.append(", labs=").append(labs);
    b.append(", treatment=").append(treatment);
    return b.append('}').toString();
  }

  /**
   * A strict builder: each attribute may be set once (a second time throws {@link
   * IllegalStateException}); {@code build()} throws {@link MissingFieldException} naming each
   * missing part (patient, host, disease and treatment are required; virology and labs default to
   * unknown). Not thread-safe.
   */
  @SuppressWarnings("exports") // @CanIgnoreReturnValue is a compile-time annotation only
  public static final class Builder {
    private static final String TYPE = "PatientCase";
    private static final int ID = 1;
    private static final int PATIENT = 2;
    private static final int HOST = 4;
    private static final int DISEASE = 8;
    private static final int VIROLOGY = 16;
    private static final int LABS = 32;
    private static final int TREATMENT = 64;

    /** The bits of the attributes set so far: each may be set once. */
    private int set;

    private Optional<String> id = Optional.empty();
    private @Nullable Patient patient;
    private @Nullable Host host;
    private @Nullable Disease disease;
    private @Nullable Virology virology;
    private @Nullable Labs labs;
    private @Nullable Treatment treatment;

    Builder() {}

    /**
     * Sets the caller's id for the case.
     *
     * @param id the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(String id) {
      check(ID, "id");
      return id(Optional.of(requireNonNull(id, "id")));
    }

    /**
     * Sets the caller's id for the case, or none.
     *
     * @param id the id, or empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(Optional<String> id) {
      check(ID, "id");
      this.id = requireNonNull(id, "id");
      set |= ID;
      return this;
    }

    /**
     * Sets the patient.
     *
     * @param patient the patient
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder patient(Patient patient) {
      check(PATIENT, "patient");
      this.patient = requireNonNull(patient, "patient");
      set |= PATIENT;
      return this;
    }

    /**
     * Sets the host.
     *
     * @param host the host
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder host(Host host) {
      check(HOST, "host");
      this.host = requireNonNull(host, "host");
      set |= HOST;
      return this;
    }

    /**
     * Sets the disease.
     *
     * @param disease the disease
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder disease(Disease disease) {
      check(DISEASE, "disease");
      this.disease = requireNonNull(disease, "disease");
      set |= DISEASE;
      return this;
    }

    /**
     * Sets the virology (default {@link Virology#unknown()}).
     *
     * @param virology the virology
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder virology(Virology virology) {
      check(VIROLOGY, "virology");
      this.virology = requireNonNull(virology, "virology");
      set |= VIROLOGY;
      return this;
    }

    /**
     * Sets the labs (default {@link Labs#unknown()}).
     *
     * @param labs the labs
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder labs(Labs labs) {
      check(LABS, "labs");
      this.labs = requireNonNull(labs, "labs");
      set |= LABS;
      return this;
    }

    /**
     * Sets the treatment history.
     *
     * @param treatment the treatment
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder treatment(Treatment treatment) {
      check(TREATMENT, "treatment");
      this.treatment = requireNonNull(treatment, "treatment");
      set |= TREATMENT;
      return this;
    }

    /**
     * Builds the case.
     *
     * @return the case
     * @throws MissingFieldException if the patient, host, disease or treatment is missing
     */
    public PatientCase build() {
      if (patient == null || host == null || disease == null || treatment == null) {
        List<String> missing = new ArrayList<>(4);
        if (patient == null) {
          missing.add("patient");
        }
        if (host == null) {
          missing.add("host");
        }
        if (disease == null) {
          missing.add("disease");
        }
        if (treatment == null) {
          missing.add("treatment");
        }
        throw ModelValues.missing(TYPE, missing);
      }
      return new PatientCase(
          id,
          patient,
          host,
          disease,
          virology != null ? virology : Virology.unknown(),
          labs != null ? labs : Labs.unknown(),
          treatment);
    }

    private void check(int bit, String name) {
      ModelValues.checkNotSet(set, bit, TYPE, name);
    }
  }
}
