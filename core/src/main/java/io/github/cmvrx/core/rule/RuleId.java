package io.github.cmvrx.core.rule;

import static io.github.cmvrx.core.citation.Source.BAUER_2001;
import static io.github.cmvrx.core.citation.Source.CDV_PI;
import static io.github.cmvrx.core.citation.Source.CG_1976;
import static io.github.cmvrx.core.citation.Source.CHEMALY_2019;
import static io.github.cmvrx.core.citation.Source.DEVINE_1974;
import static io.github.cmvrx.core.citation.Source.EACS;
import static io.github.cmvrx.core.citation.Source.FOS_PI;
import static io.github.cmvrx.core.citation.Source.GCV_PI;
import static io.github.cmvrx.core.citation.Source.HORVATITS_2014;
import static io.github.cmvrx.core.citation.Source.KOTTON_2025;
import static io.github.cmvrx.core.citation.Source.LTV_PI;
import static io.github.cmvrx.core.citation.Source.MARTSON_2021;
import static io.github.cmvrx.core.citation.Source.MBV_PI;
import static io.github.cmvrx.core.citation.Source.NIH_OI;
import static io.github.cmvrx.core.citation.Source.SCHWARTZ_2009;
import static io.github.cmvrx.core.citation.Source.SEED;
import static io.github.cmvrx.core.citation.Source.VGC_PI;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.text.Renderer;
import java.util.List;
import java.util.Optional;

/**
 * Every rule of cmvrx, with its stable id (as the clinical basis writes it), a description (its
 * wording in the message catalogue) and the sources it rests on. A recommendation names the
 * rules that fired by these ids.
 *
 * @since 0.2.0
 */
public enum RuleId {
  // Regimen selection (clinical basis §4).
  REG_CNS_COMBINATION(MessageKey.RULE_REG_CNS_COMBINATION, SEED, EACS),
  REG_CNS_PARTIAL(MessageKey.RULE_REG_CNS_PARTIAL, SEED),
  REG_NONCNS_GCV(MessageKey.RULE_REG_NONCNS_GCV, SEED, KOTTON_2025),
  REG_NONCNS_ORAL(MessageKey.RULE_REG_NONCNS_ORAL, KOTTON_2025),
  REG_IV_TO_ORAL(MessageKey.RULE_REG_IV_TO_ORAL, SEED),
  REG_GCV_ALTERNATIVE(MessageKey.RULE_REG_GCV_ALTERNATIVE, SEED),
  REG_THIRD_LINE(MessageKey.RULE_REG_THIRD_LINE, SEED, MBV_PI, CDV_PI),
  REG_REFRACTORY(MessageKey.RULE_REG_REFRACTORY, CHEMALY_2019, KOTTON_2025),
  REG_NO_SAFE_REGIMEN(MessageKey.RULE_REG_NO_SAFE_REGIMEN, SEED),
  REG_LETERMOVIR_PROPHYLAXIS_ONLY(MessageKey.RULE_REG_LETERMOVIR_PROPHYLAXIS_ONLY, SEED, LTV_PI),
  REG_PAEDIATRIC_NO_TABLETS(MessageKey.RULE_REG_PAEDIATRIC_NO_TABLETS, VGC_PI),

  // Phases, maintenance and stopping (section 5).
  PHASE_MAINTENANCE(MessageKey.RULE_PHASE_MAINTENANCE, SEED, NIH_OI),
  PHASE_HIV_LIFELONG(MessageKey.RULE_PHASE_HIV_LIFELONG, SEED),
  PHASE_HIV_STOP(MessageKey.RULE_PHASE_HIV_STOP, SEED, NIH_OI),
  PHASE_TRANSPLANT_SECONDARY(MessageKey.RULE_PHASE_TRANSPLANT_SECONDARY, KOTTON_2025, VGC_PI),
  PHASE_PREMATURE_STOP(MessageKey.RULE_PHASE_PREMATURE_STOP, SEED),

  // Other advice (section 7).
  ADV_IMMUNOSUPPRESSION(MessageKey.RULE_ADV_IMMUNOSUPPRESSION, SEED),
  ADV_HIV_ART(MessageKey.RULE_ADV_HIV_ART, NIH_OI),
  ADV_CSF_PENETRATION(MessageKey.RULE_ADV_CSF_PENETRATION, SEED),
  ADV_RESISTANCE_EMERGENCE(MessageKey.RULE_ADV_RESISTANCE_EMERGENCE, SEED),
  ADV_OBESITY_WEIGHT(MessageKey.RULE_ADV_OBESITY_WEIGHT, DEVINE_1974, BAUER_2001),
  ADV_G_CSF(MessageKey.RULE_ADV_G_CSF, SEED),

  // Dosing (sections 2 and 3).
  DOSE_GCV_RENAL(MessageKey.RULE_DOSE_GCV_RENAL, GCV_PI, CG_1976),
  DOSE_GCV_HEMODIALYSIS(MessageKey.RULE_DOSE_GCV_HEMODIALYSIS, GCV_PI),
  DOSE_GCV_CRRT(MessageKey.RULE_DOSE_GCV_CRRT, HORVATITS_2014, MARTSON_2021),
  DOSE_GCV_CYTOPENIA(MessageKey.RULE_DOSE_GCV_CYTOPENIA, GCV_PI, KOTTON_2025, SEED),
  DOSE_VGC_RENAL(MessageKey.RULE_DOSE_VGC_RENAL, VGC_PI, CG_1976),
  DOSE_VGC_HEMODIALYSIS(MessageKey.RULE_DOSE_VGC_HEMODIALYSIS, VGC_PI, SEED, KOTTON_2025),
  DOSE_FOS_RENAL(MessageKey.RULE_DOSE_FOS_RENAL, FOS_PI),
  DOSE_FOS_INFUSION(MessageKey.RULE_DOSE_FOS_INFUSION, FOS_PI, SEED),
  DOSE_FOS_HYDRATION(MessageKey.RULE_DOSE_FOS_HYDRATION, FOS_PI),
  DOSE_FOS_DIALYSIS(MessageKey.RULE_DOSE_FOS_DIALYSIS, FOS_PI),
  DOSE_FOS_PAEDIATRIC(MessageKey.RULE_DOSE_FOS_PAEDIATRIC, FOS_PI, SCHWARTZ_2009),
  DOSE_CDV_ELIGIBILITY(MessageKey.RULE_DOSE_CDV_ELIGIBILITY, CDV_PI),
  DOSE_CDV_ON_THERAPY(MessageKey.RULE_DOSE_CDV_ON_THERAPY, CDV_PI),
  DOSE_CDV_PAEDIATRIC(MessageKey.RULE_DOSE_CDV_PAEDIATRIC, CDV_PI),
  DOSE_MBV(MessageKey.RULE_DOSE_MBV, MBV_PI),
  DOSE_NO_LABEL_DOSE(MessageKey.RULE_DOSE_NO_LABEL_DOSE, GCV_PI, VGC_PI),
  DOSE_WEIGHT_BASIS(
      MessageKey.RULE_DOSE_WEIGHT_BASIS, GCV_PI, FOS_PI, CDV_PI, CG_1976, DEVINE_1974, BAUER_2001),
  DOSE_IBW_UNDEFINED(MessageKey.RULE_DOSE_IBW_UNDEFINED, DEVINE_1974),
  DOSE_PAEDIATRIC_RENAL(MessageKey.RULE_DOSE_PAEDIATRIC_RENAL, SCHWARTZ_2009),
  DOSE_LOCAL_TABLE(MessageKey.RULE_DOSE_LOCAL_TABLE, GCV_PI, VGC_PI, FOS_PI, HORVATITS_2014),

  // Monitoring (section 6).
  MON_CMV_PCR(MessageKey.RULE_MON_CMV_PCR, SEED, KOTTON_2025),
  MON_GCV_TOXICITY(MessageKey.RULE_MON_GCV_TOXICITY, GCV_PI),
  MON_FOS_TOXICITY(MessageKey.RULE_MON_FOS_TOXICITY, FOS_PI, SEED),
  MON_CDV_TOXICITY(MessageKey.RULE_MON_CDV_TOXICITY, CDV_PI),
  MON_CSF_PCR(MessageKey.RULE_MON_CSF_PCR, EACS),
  MON_AFTER_STOP(MessageKey.RULE_MON_AFTER_STOP, NIH_OI),
  MON_RETINITIS(MessageKey.RULE_MON_RETINITIS, NIH_OI),

  // Scope and input (clinical basis §0, §8).
  INPUT_VALIDATION(MessageKey.RULE_INPUT_VALIDATION, SEED);

  private final String id;
  private final MessageKey description;
  private final List<Source> sources;

  RuleId(MessageKey description, Source first, Source... more) {
    this.id = name().replace('_', '-');
    // Its wording lives in the message catalogue.
    this.description = description;
    Source[] all = new Source[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    this.sources = List.of(all);
  }

  /**
   * Returns the stable rule id as the spec writes it, e.g. {@code "REG-CNS-COMBINATION"}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns what the rule says, in one sentence of the English catalogue.
   *
   * @return the description
   */
  public String description() {
    return Renderer.english().render(descriptionMessage());
  }

  /**
   * Returns what the rule says as a message of the catalogue, for a renderer of any language.
   *
   * @return the message of key {@code RULE_} and the rule's name, without arguments
   * @since 0.3.0
   */
  public Message descriptionMessage() {
    return Message.of(description);
  }

  /**
   * Returns the sources the rule rests on, the primary one first; never empty.
   *
   * @return the sources
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the primary source of the rule.
   *
   * @return the first source
   */
  public Source primarySource() {
    return sources.get(0);
  }

  /**
   * Returns the rule with the given id.
   *
   * @param id an id such as {@code "REG-CNS-PARTIAL"}
   * @return the rule, or empty if no rule has that id
   */
  public static Optional<RuleId> forId(String id) {
    for (RuleId r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
