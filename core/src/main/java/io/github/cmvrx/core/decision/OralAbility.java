package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;

/**
 * Whether oral valganciclovir may be considered: able to take oral drugs (stated, not assumed),
 * gastrointestinal absorption not known to be impaired, not on dialysis or continuous renal
 * replacement (clinical basis §4.4 and §4.5; docs/decisions/0001).
 */
final class OralAbility {
  private OralAbility() {}

  static boolean oralPossible(PatientCase c) {
    return c.treatment().canTakeOral().orElse(false)
        && !c.treatment().giAbsorptionImpaired().orElse(false)
        && c.patient().renalReplacement() == RenalReplacement.NONE;
  }
}
