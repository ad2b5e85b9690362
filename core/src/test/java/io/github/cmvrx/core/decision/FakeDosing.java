package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.Dosing;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dosing port for decision tests: every drug is dosed with a marker dose unless the test
 * excludes it or makes it not computable. Doses are not asserted by decision tests; the
 * dosing module's own tests check them against the label tables.
 */
final class FakeDosing implements Dosing {
  private final Map<Drug, DoseDecision> overrides = new EnumMap<>(Drug.class);
  private final Set<Drug> notComputable = EnumSet.noneOf(Drug.class);
  private boolean notes;

  /**
   * Makes every dose decision carry its own note: an info alert {@code fake_<drug>} and a
   * rationale entry under {@link #noteRule} (a critical {@code fake_<drug>} alert for doses
   * made not computable), so tests can see which dose decisions reach the recommendation.
   */
  FakeDosing withNotes() {
    notes = true;
    return this;
  }

  /** The rule under which the note of {@code drug}'s dose decision is recorded. */
  static RuleId noteRule(Drug drug) {
    return switch (drug) {
      case GANCICLOVIR -> RuleId.DOSE_GCV_RENAL;
      case VALGANCICLOVIR -> RuleId.DOSE_VGC_RENAL;
      case FOSCARNET -> RuleId.DOSE_FOS_RENAL;
      case CIDOFOVIR -> RuleId.DOSE_CDV_ELIGIBILITY;
      case MARIBAVIR -> RuleId.DOSE_MBV;
      case LETERMOVIR -> RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY;
    };
  }

  /** The code of the note alert of {@code drug}'s dose decision. */
  static String noteCode(Drug drug) {
    return "fake_" + drug.name().toLowerCase(java.util.Locale.ROOT);
  }

  private List<Alert> noteAlerts(Drug drug, AlertSeverity severity) {
    return notes
        ? List.of(new Alert(severity, noteCode(drug), "fake dose note", noteRule(drug)))
        : List.of();
  }

  private List<RationaleEntry> noteRationale(Drug drug) {
    return notes ? List.of(RationaleEntry.of(noteRule(drug), "fake dose note")) : List.of();
  }

  FakeDosing exclude(Drug drug, String reason) {
    overrides.put(drug, DoseDecision.Excluded.of(drug, Message.verbatim(reason), RuleId.DOSE_FOS_RENAL));
    return this;
  }

  FakeDosing notComputable(Drug drug) {
    notComputable.add(drug);
    return this;
  }

  @Override
  public Assessment assessment() {
    return Assessment.builder()
        .dosingWeight(Mass.kilograms(70))
        .bodySurfaceArea(BodySurfaceArea.squareMetres(1.84))
        .renalReplacement(RenalReplacement.NONE)
        .paediatric(false)
        .build();
  }

  @Override
  public DoseDecision dose(Drug drug, DosePhase phase) {
    DoseDecision o = overrides.get(drug);
    if (o != null) {
      return o;
    }
    if (notComputable.contains(drug)) {
      return new DoseDecision.NotComputable(
          drug,
          Message.verbatim("no label dose"),
          RuleId.DOSE_NO_LABEL_DOSE,
          noteAlerts(drug, AlertSeverity.CRITICAL),
          noteRationale(drug));
    }
    boolean oral =
        drug == Drug.VALGANCICLOVIR || drug == Drug.MARIBAVIR || drug == Drug.LETERMOVIR;
    RegimenComponent.Builder b =
        RegimenComponent.builder()
            .drug(drug)
            .route(oral ? Route.ORAL : Route.IV)
            .dose(Milligrams.of(100))
            .intervalHours(phase == DosePhase.INDUCTION ? 12 : 24)
            .ruleId(RuleId.DOSE_GCV_RENAL);
    if (!oral) {
      b.infusionMinutes(60);
    }
    return new DoseDecision.Dosed(
        b.build(), noteAlerts(drug, AlertSeverity.INFO), noteRationale(drug));
  }

  @Override
  public Optional<RegimenComponent> haemodialysisOralSolution(DosePhase phase) {
    return Optional.of(
        RegimenComponent.builder()
            .drug(Drug.VALGANCICLOVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(200))
            .timesPerWeek(3)
            .afterDialysis(true)
            .ruleId(RuleId.DOSE_VGC_HEMODIALYSIS)
            .build());
  }
}
