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
import java.util.List;
import java.util.Optional;

/**
 * Every rule of cmvrx, with its stable id (as the clinical basis writes it), a description and
 * the sources it rests on. A recommendation names the rules that fired by these ids.
 *
 * @since 0.2.0
 */
public enum RuleId {
  // Regimen selection (clinical basis §4).
  REG_CNS_COMBINATION(
      "CNS disease: ganciclovir 5 mg/kg IV q12h plus foscarnet 60 mg/kg IV q8h (or 90 mg/kg"
          + " q12h), renally adjusted, 21 days, then maintenance",
      SEED, EACS),
  REG_CNS_PARTIAL(
      "CNS disease with ganciclovir or foscarnet excluded: the remaining drug alone, with a"
          + " critical alert; never cidofovir or maribavir as a substitute",
      SEED),
  REG_NONCNS_GCV(
      "Severe non-CNS disease: ganciclovir 5 mg/kg IV q12h, renally adjusted, at least 14 days"
          + " and until resolution and CMV PCR below threshold",
      SEED, KOTTON_2025),
  REG_NONCNS_ORAL(
      "Mild-to-moderate non-CNS disease, oral possible, not on dialysis: valganciclovir 900 mg"
          + " twice daily, renally adjusted",
      KOTTON_2025),
  REG_IV_TO_ORAL(
      "Non-CNS disease improving after at least 3 days of IV ganciclovir, oral possible, not on"
          + " haemodialysis: switch to valganciclovir 900 mg twice daily, renally adjusted",
      SEED),
  REG_GCV_ALTERNATIVE(
      "Ganciclovir not usable (intolerance, cytopenia, resistance, refractory disease):"
          + " foscarnet 60 mg/kg IV q8h, renally adjusted, 14-21 days",
      SEED),
  REG_THIRD_LINE(
      "Non-CNS disease with ganciclovir and foscarnet excluded: maribavir post-transplant if"
          + " eligible, otherwise cidofovir if not contraindicated",
      SEED, MBV_PI, CDV_PI),
  REG_REFRACTORY(
      "Refractory disease or genotypic resistance: send UL97/UL54 genotyping; refractory"
          + " disease and resistance exclude the drugs concerned",
      CHEMALY_2019, KOTTON_2025),
  REG_NO_SAFE_REGIMEN(
      "No drug usable: empty regimen with a critical alert listing every exclusion", SEED),
  REG_LETERMOVIR_PROPHYLAXIS_ONLY(
      "Letermovir is for prophylaxis only and is never recommended as treatment", SEED, LTV_PI),
  REG_PAEDIATRIC_NO_TABLETS(
      "Under 18: no adult valganciclovir tablet doses; IV ganciclovir instead, oral step-down"
          + " needs paediatric dosing by a specialist",
      VGC_PI),

  // Phases, maintenance and stopping (section 5).
  PHASE_MAINTENANCE(
      "Maintenance after induction: valganciclovir 900 mg once daily if oral possible and not on"
          + " haemodialysis, otherwise ganciclovir IV maintenance, or foscarnet 90 mg/kg/day",
      SEED, NIH_OI),
  PHASE_HIV_LIFELONG(
      "HIV with CD4 below 50 /uL: maintenance continues indefinitely unless immune"
          + " reconstitution occurs",
      SEED),
  PHASE_HIV_STOP(
      "HIV on ART, HIV RNA suppressed, CD4 above 100 /uL for at least 6 months: stop"
          + " maintenance; 3 to under 6 months: continue, stopping may be considered",
      SEED, NIH_OI),
  PHASE_TRANSPLANT_SECONDARY(
      "Transplant recipients after treatment: secondary prophylaxis with valganciclovir 900 mg"
          + " once daily, renally adjusted, may be considered in high-risk patients; not where the"
          + " tablets are excluded",
      KOTTON_2025, VGC_PI),
  PHASE_PREMATURE_STOP(
      "Maintenance requested before 14 days of induction: premature discontinuation", SEED),

  // Other advice (section 7).
  ADV_IMMUNOSUPPRESSION(
      "Transplant or immunosuppressed host: reduce or stop immunosuppression where possible",
      SEED),
  ADV_HIV_ART("HIV: start or optimise antiretroviral therapy with the HIV team", NIH_OI),
  ADV_CSF_PENETRATION(
      "CNS disease: effective CSF concentrations may be hard to reach; hence the combination",
      SEED),
  ADV_RESISTANCE_EMERGENCE(
      "Long-term ganciclovir: resistance can emerge; letermovir: resistance with interruption"
          + " or underdosing",
      SEED),
  ADV_OBESITY_WEIGHT(
      "Actual weight above 1.3 x ideal body weight: the weight basis of mg/kg dosing is"
          + " uncertain",
      DEVINE_1974, BAUER_2001),
  ADV_G_CSF(
      "Neutropenia with (val)ganciclovir as the likely cause: G-CSF may help; not for isolated"
          + " anaemia or thrombocytopenia",
      SEED),

  // Dosing (sections 2 and 3).
  DOSE_GCV_RENAL(
      "Ganciclovir IV dose by Cockcroft-Gault creatinine clearance band", GCV_PI, CG_1976),
  DOSE_GCV_HEMODIALYSIS(
      "Ganciclovir on intermittent haemodialysis: 1.25 (induction) or 0.625 (maintenance) mg/kg"
          + " 3 times a week after dialysis",
      GCV_PI),
  DOSE_GCV_CRRT(
      "Ganciclovir on continuous renal replacement: off-label 2.5 / 1.25 mg/kg q24h, specialist"
          + " confirmation and drug levels",
      HORVATITS_2014, MARTSON_2021),
  DOSE_GCV_CYTOPENIA(
      "Do not start or hold (val)ganciclovir when ANC < 500 /uL, platelets < 25,000 /uL or"
          + " haemoglobin < 8 g/dL; no dose reduction for leukopenia alone",
      GCV_PI, KOTTON_2025, SEED),
  DOSE_VGC_RENAL(
      "Valganciclovir tablet dose by Cockcroft-Gault creatinine clearance band", VGC_PI, CG_1976),
  DOSE_VGC_HEMODIALYSIS(
      "Valganciclovir tablets are not used below CrCl 10 mL/min or on haemodialysis; the oral"
          + " solution after dialysis may be listed as an alternative",
      VGC_PI, SEED, KOTTON_2025),
  DOSE_FOS_RENAL(
      "Foscarnet dose by creatinine clearance per kg (label Table 13)", FOS_PI),
  DOSE_FOS_INFUSION(
      "Foscarnet infusion never faster than 1 mg/kg/min; 120 minutes by default", FOS_PI, SEED),
  DOSE_FOS_HYDRATION(
      "Foscarnet hydration: 750-1000 mL saline before the first infusion; 750-1000 mL with"
          + " doses above 60 mg/kg, 500 mL with 40-60 mg/kg",
      FOS_PI),
  DOSE_FOS_DIALYSIS(
      "Foscarnet on haemodialysis, peritoneal dialysis or CRRT: not recommended by the label",
      FOS_PI),
  DOSE_FOS_PAEDIATRIC(
      "Foscarnet in children: full dose only with eGFR >= 90 mL/min/1.73 m2, otherwise"
          + " specialist dosing",
      FOS_PI, SCHWARTZ_2009),
  DOSE_CDV_ELIGIBILITY(
      "Cidofovir contraindicated with SCr > 1.5 mg/dL, CrCl <= 55 mL/min, urine protein >= 100"
          + " mg/dL or a nephrotoxic drug within 7 days",
      CDV_PI),
  DOSE_CDV_ON_THERAPY(
      "Cidofovir on therapy: creatinine rise 0.3-0.4 mg/dL reduce to 3 mg/kg; rise >= 0.5"
          + " mg/dL or proteinuria >= 3+ discontinue",
      CDV_PI),
  DOSE_CDV_PAEDIATRIC("Cidofovir is not used under 18: safety not established", CDV_PI),
  DOSE_MBV(
      "Maribavir 400 mg twice daily; 800 mg with carbamazepine, 1200 mg with phenytoin or"
          + " phenobarbital; age >= 12 and weight >= 35 kg; never with (val)ganciclovir; monitor"
          + " tacrolimus, ciclosporin, sirolimus and everolimus levels",
      MBV_PI),
  DOSE_NO_LABEL_DOSE(
      "Kidney function below the label's tables (CrCl < 10 mL/min without haemodialysis,"
          + " peritoneal dialysis): dose not computable, nephrology/ID pharmacy",
      GCV_PI, VGC_PI),
  DOSE_WEIGHT_BASIS(
      "Dosing weight and Cockcroft-Gault weight by policy (actual by default, as the labels"
          + " print); the computed dose rounded down to a measurable amount, never above",
      GCV_PI, FOS_PI, CDV_PI, CG_1976, DEVINE_1974, BAUER_2001),
  DOSE_IBW_UNDEFINED(
      "Ideal body weight is not defined below 60 inches: actual weight used, with a warning",
      DEVINE_1974),
  DOSE_PAEDIATRIC_RENAL(
      "Under 18: kidney function by bedside Schwartz eGFR; every renal adjustment needs"
          + " specialist review",
      SCHWARTZ_2009),
  DOSE_LOCAL_TABLE(
      "Dose from a local table of the policy (institution's source as written in its file),"
          + " in place of the label table it replaces; verified against the label maxima",
      GCV_PI, VGC_PI, FOS_PI, HORVATITS_2014),

  // Monitoring (section 6).
  MON_CMV_PCR("Plasma CMV PCR weekly; treat until below threshold", SEED, KOTTON_2025),
  MON_GCV_TOXICITY(
      "(Val)ganciclovir: CBC with differential every 2 days in induction, weekly in"
          + " maintenance; creatinine at least weekly",
      GCV_PI),
  MON_FOS_TOXICITY(
      "Foscarnet: creatinine 2-3 times a week in induction, weekly in maintenance; ionised"
          + " calcium, magnesium, potassium, phosphate with every creatinine",
      FOS_PI, SEED),
  MON_CDV_TOXICITY(
      "Cidofovir: creatinine and urine protein within 48 h before each dose; CBC before each"
          + " dose",
      CDV_PI),
  MON_CSF_PCR("CNS disease: CSF CMV PCR at the end of induction", EACS),
  MON_AFTER_STOP(
      "After stopping maintenance: CD4 count and CMV follow-up every 3 months; restart"
          + " maintenance if CD4 falls below 100 /uL",
      NIH_OI),
  MON_RETINITIS(
      "Retinitis: ophthalmology at baseline and per ophthalmology; quarterly after stopping"
          + " maintenance",
      NIH_OI),

  // Scope and input (clinical basis §0, §8).
  INPUT_VALIDATION("Invalid input is refused with field-level errors, never guessed", SEED);

  private final String id;
  private final String description;
  private final List<Source> sources;

  RuleId(String description, Source first, Source... more) {
    this.id = name().replace('_', '-');
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
   * Returns what the rule says, in one sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
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
