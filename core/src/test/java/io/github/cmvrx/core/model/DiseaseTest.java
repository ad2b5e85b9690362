package io.github.cmvrx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import io.github.cmvrx.core.validation.MissingFieldException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Disease: non-empty sites, the dnaemia_only contradiction, CNS classification (clinical basis §4, §8). */
class DiseaseTest {

  private static Disease of(DiseaseSite... sites) {
    return Disease.builder().addSites(sites).severity(Severity.SEVERE).build();
  }

  @Test
  void build_noSite_rejected() {
    assertThatThrownBy(() -> Disease.builder().severity(Severity.SEVERE).build())
        .isInstanceOf(InvalidFieldsException.class)
        .hasMessage("disease.sites: at least one disease site is required (was [])");
  }

  @Test
  void build_dnaemiaOnlyAlone_accepted() {
    assertThat(of(DiseaseSite.DNAEMIA_ONLY).sites()).containsExactly(DiseaseSite.DNAEMIA_ONLY);
  }

  @ParameterizedTest
  @EnumSource(
      value = DiseaseSite.class,
      names = {"DNAEMIA_ONLY"},
      mode = EnumSource.Mode.EXCLUDE)
  void build_dnaemiaOnlyWithEndOrganSite_rejected(DiseaseSite site) {
    assertThatThrownBy(() -> of(DiseaseSite.DNAEMIA_ONLY, site))
        .isInstanceOf(InvalidFieldsException.class)
        .hasMessage(
            "disease.sites: contradictory input: dnaemia_only cannot be given together with an"
                + " end-organ site ("
                + site.name().toLowerCase(Locale.ROOT)
                + ")")
        .satisfies(
            e ->
                assertThat(((InvalidFieldsException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("disease.sites"));
  }

  @Test
  void isCns_exactlyTheFourCnsSites() {
    // Clinical basis §4: CNS disease = encephalitis, ventriculitis, myelitis, polyradiculopathy.
    Set<DiseaseSite> cns =
        EnumSet.of(
            DiseaseSite.ENCEPHALITIS,
            DiseaseSite.VENTRICULITIS,
            DiseaseSite.MYELITIS,
            DiseaseSite.POLYRADICULOPATHY);
    for (DiseaseSite site : DiseaseSite.values()) {
      assertThat(site.isCns()).as(site.name()).isEqualTo(cns.contains(site));
      assertThat(of(site).isCns()).as(site.name()).isEqualTo(cns.contains(site));
    }
  }

  @Test
  void isCns_retinitisWithMyelitis_true() {
    assertThat(of(DiseaseSite.RETINITIS, DiseaseSite.MYELITIS).isCns()).isTrue();
  }

  @Test
  void hasRetinitis_onlyWithRetinitis() {
    assertThat(of(DiseaseSite.RETINITIS).hasRetinitis()).isTrue();
    assertThat(of(DiseaseSite.RETINITIS).isCns()).isFalse();
    assertThat(of(DiseaseSite.PNEUMONITIS).hasRetinitis()).isFalse();
  }

  @Test
  void isEndOrgan_falseOnlyForDnaemia() {
    for (DiseaseSite site : DiseaseSite.values()) {
      assertThat(site.isEndOrgan()).as(site.name()).isEqualTo(site != DiseaseSite.DNAEMIA_ONLY);
    }
  }

  /** The sites are an enum set: declaration order, whatever order they were given in. */
  @Test
  void sites_declarationOrderWithoutDuplicates() {
    Disease d = of(DiseaseSite.PNEUMONITIS, DiseaseSite.ENCEPHALITIS, DiseaseSite.PNEUMONITIS);
    assertThat(d.sites()).containsExactly(DiseaseSite.ENCEPHALITIS, DiseaseSite.PNEUMONITIS);
  }

  @Test
  void builder_severitySetTwice_throws() {
    assertThatThrownBy(
            () -> Disease.builder().severity(Severity.SEVERE).severity(Severity.MILD_MODERATE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("severity");
  }

  @Test
  void build_missingSeverity_throws() {
    assertThatThrownBy(() -> Disease.builder().addSites(DiseaseSite.RETINITIS).build())
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("disease.severity is required");
  }

  /** A value: the same sites (in any order of adding) and severity make equal diseases. */
  @Test
  void equalSitesAndSeverity_equal_otherwiseNot() {
    Disease a =
        Disease.builder()
            .addSites(DiseaseSite.RETINITIS, DiseaseSite.GASTROINTESTINAL)
            .severity(Severity.SEVERE)
            .build();
    Disease b =
        Disease.builder()
            .addSites(DiseaseSite.GASTROINTESTINAL)
            .addSites(DiseaseSite.RETINITIS)
            .severity(Severity.SEVERE)
            .build();
    Disease milder =
        Disease.builder()
            .addSites(DiseaseSite.RETINITIS, DiseaseSite.GASTROINTESTINAL)
            .severity(Severity.MILD_MODERATE)
            .build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(milder);
    assertThat(a).isNotEqualTo(of(DiseaseSite.RETINITIS));
  }
}
