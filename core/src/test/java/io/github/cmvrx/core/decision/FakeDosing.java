package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.dose.Dosing;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumMap;
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

  FakeDosing exclude(Drug drug, String reason) {
    overrides.put(drug, DoseDecision.Excluded.of(drug, reason, RuleId.DOSE_FOS_RENAL));
    return this;
  }

  FakeDosing notComputable(Drug drug) {
    overrides.put(
        drug,
        new DoseDecision.NotComputable(
            drug, "no label dose", RuleId.DOSE_NO_LABEL_DOSE, List.of(), List.of()));
    return this;
  }

  @Override
  public Assessment assessment() {
    return Assessment.builder()
        .dosingWeight(Mass.of(70))
        .bodySurfaceArea(BodySurfaceArea.of(1.84))
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
    return new DoseDecision.Dosed(b.build(), List.of(), List.of());
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
