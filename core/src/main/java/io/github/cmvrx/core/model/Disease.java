package io.github.cmvrx.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CMV disease: its sites and its severity. Immutable.
 *
 * @since 0.2.0
 */
public final class Disease {
  private final Set<DiseaseSite> sites;
  private final Severity severity;
  private final boolean cns;

  private Disease(EnumSet<DiseaseSite> sites, Severity severity) {
    this.sites = ModelValues.unmodifiableCopy(sites);
    this.severity = severity;
    boolean anyCns = false;
    for (DiseaseSite s : sites) {
      anyCns |= s.isCns();
    }
    this.cns = anyCns;
  }

  /**
   * Returns the disease sites; never empty.
   *
   * @return the sites, in {@link DiseaseSite} declaration order (an enum set)
   */
  public Set<DiseaseSite> sites() {
    return sites;
  }

  /**
   * Returns the clinical severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns whether any site is CNS disease (clinical basis §4).
   *
   * @return true if encephalitis, ventriculitis, myelitis or polyradiculopathy is present
   */
  public boolean isCns() {
    return cns;
  }

  /**
   * Returns whether retinitis is one of the sites.
   *
   * @return true with retinitis
   */
  public boolean hasRetinitis() {
    return sites.contains(DiseaseSite.RETINITIS);
  }

  /**
   * Returns whether {@code o} is a disease with the same sites and severity.
   *
   * @param o the object
   * @return whether the values are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Disease d && sites.equals(d.sites) && severity == d.severity;
  }

  /**
   * Returns a hash code of the sites, the severity and whether the disease is CNS disease.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + sites.hashCode();
    h += (h << 5) + severity.hashCode();
    h += (h << 5) + Boolean.hashCode(cns);
    return h;
  }

  /**
   * Returns the attributes for a reader, e.g. {@code Disease{sites=[RETINITIS],
   * severity=SEVERE, isCns=false}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Disease{sites=" + sites + ", severity=" + severity + ", isCns=" + cns + "}";
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
   * A strict builder: sites are added (a site added twice counts once), the severity may be set
   * once (a second time throws {@link IllegalStateException}); {@code build()} throws {@link
   * MissingFieldException} without a severity and validates the sites ({@link
   * InvalidFieldsException}: at least one). Not thread-safe.
   */
  public static final class Builder {
    private static final String TYPE = "Disease";

    private final EnumSet<DiseaseSite> sites = EnumSet.noneOf(DiseaseSite.class);
    private @Nullable Severity severity;

    Builder() {}

    /**
     * Adds a site.
     *
     * @param element the site
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addSites(DiseaseSite element) {
      sites.add(requireNonNull(element, "sites element"));
      return this;
    }

    /**
     * Adds sites.
     *
     * @param elements the sites
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addSites(DiseaseSite... elements) {
      for (DiseaseSite element : elements) {
        sites.add(requireNonNull(element, "sites element"));
      }
      return this;
    }

    /**
     * Adds sites.
     *
     * @param elements the sites
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllSites(Iterable<DiseaseSite> elements) {
      for (DiseaseSite element : elements) {
        sites.add(requireNonNull(element, "sites element"));
      }
      return this;
    }

    /**
     * Sets the clinical severity.
     *
     * @param severity the severity
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder severity(Severity severity) {
      ModelValues.checkNotSet(this.severity == null ? 0 : 1, 1, TYPE, "severity");
      this.severity = requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Builds the disease.
     *
     * @return the disease
     * @throws MissingFieldException if the severity is missing
     * @throws InvalidFieldsException if no site is given
     */
    public Disease build() {
      Severity s = severity;
      if (s == null) {
        throw ModelValues.missing(TYPE, List.of("severity"));
      }
      Disease disease = new Disease(sites, s);
      InvalidFieldsException.throwIfAny(CaseValidation.validate(disease));
      return disease;
    }
  }
}
