package io.github.cmvrx.core.text;

/**
 * The stable key of every message a rule can state. The wording of each key lives in the message
 * catalogue ({@code messages.properties} next to this class), never in rule code; a key states how
 * many arguments its messages carry, and each template of a catalogue uses every one of them.
 *
 * @since 0.3.0
 */
public enum MessageKey {
  /** English: "&#123;0&#125;". */
  VERBATIM(1),
  /** English: "&#123;0,semi&#125;". */
  PARTS(1),
  /** English: "dose not computable: &#123;0&#125;". */
  NOT_COMPUTABLE(1),
  /** English: "&#123;0&#125;: &#123;1&#125;: implausible, check the value and its unit (docs/decisions/0900)". */
  IMPLAUSIBLE_INPUT(2),
  /** English: "Maintenance was asked for after &#123;0&#125; days of induction: induction lasts at least 14 days and until CMV PCR is below threshold; continue induction.". */
  PREMATURE_MAINTENANCE(1),
  /** English: "Days of induction (treatment.daysOfInduction) not given: confirm at least 14 days of induction and CMV PCR below threshold before maintenance.". */
  CONFIRM_INDUCTION_COMPLETED(0),
  /** English: "HIV on ART with suppressed HIV RNA and CD4 above &#123;0&#125; /uL for at least &#123;1&#125; months: stop maintenance". */
  HIV_STOP(2),
  /** English: "Stopping maintenance after CNS disease: confirm with the specialist team.". */
  STOP_AFTER_CNS_DISEASE(0),
  /** English: "Retinitis: retinal examinations every 3 months after stopping maintenance.". */
  RETINAL_EXAMS_AFTER_STOP(0),
  /** English: "Refractory CMV: send UL97/UL54 genotyping (repeat if the viral load rises on therapy).". */
  SEND_GENOTYPING(0),
  /** English: "Refractory CMV with genotypic resistance already known (&#123;0&#125;): the drugs concerned are excluded; genotype again only if the viral load rises on the new therapy". */
  RESISTANCE_KNOWN_REFRACTORY(1),
  /** English: "Genotypic resistance already known (&#123;0&#125;): the drugs concerned are excluded; genotype again only if the viral load rises on the new therapy". */
  RESISTANCE_KNOWN(1),
  /** English: "On haemodialysis: valganciclovir tablets are not used; the oral solution after dialysis is an alternative to IV ganciclovir, never the default". */
  HAEMODIALYSIS_ORAL_SOLUTION(0),
  /** English: "&#123;0&#125; (&#123;1&#125;)". */
  EXCLUDED_DRUG_REASON(2),
  /** English: "No safe regimen: every anti-CMV drug is excluded: &#123;0,semi&#125;. Urgent infectious diseases and pharmacy review.". */
  NO_SAFE_REGIMEN(1),
  /** English: "every 3 months after stopping maintenance, and at once if symptoms recur". */
  MON_PCR_AFTER_STOP(0),
  /** English: "every 3 months; restart maintenance if CD4 falls below 100 /uL". */
  MON_CD4_AFTER_STOP(0),
  /** English: "weekly; treat until below threshold". */
  MON_PCR_WEEKLY(0),
  /** English: "2-3 times a week during induction". */
  MON_TWICE_OR_THRICE_WEEKLY_INDUCTION(0),
  /** English: "weekly during maintenance". */
  MON_WEEKLY_MAINTENANCE(0),
  /** English: "ionised calcium, magnesium, potassium and phosphate with every creatinine". */
  MON_ELECTROLYTES_WITH_CREATININE(0),
  /** English: "within 48 h before each dose". */
  MON_WITHIN_48_H_BEFORE_DOSE(0),
  /** English: "before each dose". */
  MON_BEFORE_EACH_DOSE(0),
  /** English: "every 2 days during induction". */
  MON_EVERY_2_DAYS_INDUCTION(0),
  /** English: "at least weekly". */
  MON_AT_LEAST_WEEKLY(0),
  /** English: "at the end of induction". */
  MON_END_OF_INDUCTION(0),
  /** English: "quarterly after stopping maintenance". */
  MON_QUARTERLY_AFTER_STOP(0),
  /** English: "at baseline and as ophthalmology advises". */
  MON_AT_BASELINE_AS_ADVISED(0),
  /** English: "&#123;0&#125; excluded: &#123;1&#125;". */
  DRUG_EXCLUDED(2),
  /** English: "&#123;0&#125;". */
  RULE_DESCRIPTION(1),
  /** English: "HIV treatment fields were given for a host that is not 'hiv'; they are not used. Check host.category.". */
  HIV_FIELDS_NOT_USED(0),
  /** English: "Under 18: IV ganciclovir instead of valganciclovir tablets; oral step-down needs paediatric dosing (valganciclovir label §2.3) by a specialist.". */
  PAEDIATRIC_ORAL_STEP_DOWN(0),
  /** English: "ANC below 500 /uL: G-CSF is advised only when (val)ganciclovir is the likely cause; treatment.daysOfIvTherapy and treatment.ganciclovirIntolerance not given, so this was not assessed.". */
  G_CSF_NOT_ASSESSED(0),
  /** English: "Neutropenia (ANC below 500 /uL) with (val)ganciclovir as the likely cause: G-CSF may help.". */
  CONSIDER_G_CSF(0),
  /** English: "Whether the patient can take oral drugs is not given: oral valganciclovir was not considered.". */
  ORAL_ABILITY_UNKNOWN(0),
  /** English: "On letermovir prophylaxis: it does not treat CMV disease, and resistance emerges with interruption or underdosing.". */
  LETERMOVIR_RESISTANCE(0),
  /** English: "Long-term ganciclovir: resistant CMV can emerge; genotype if viral load rises.". */
  GCV_RESISTANCE_EMERGENCE(0),
  /** English: "Effective CSF concentrations of ganciclovir and foscarnet may be hard to reach, which is why combination therapy is used.". */
  CSF_PENETRATION(0),
  /** English: "Start or optimise antiretroviral therapy with the HIV team.". */
  OPTIMISE_ART(0),
  /** English: "Reduce or stop immunosuppression where possible.". */
  REDUCE_IMMUNOSUPPRESSION(0),
  /** English: "&#123;0&#125; not given: check the ganciclovir thresholds (ANC &#123;1,grouped&#125; /uL, platelets &#123;2,grouped&#125; /uL, haemoglobin &#123;3&#125; g/dL) before the first dose.". */
  CBC_UNKNOWN(4),
  /** English: "HIV with CD4 below 50 /uL: maintenance continues indefinitely unless immune reconstitution occurs.". */
  HIV_LIFELONG_MAINTENANCE(0),
  /** English: "CD4 above &#123;0&#125; /uL with suppressed HIV RNA on ART for 3 to under &#123;1&#125; months: continue maintenance; stopping may be considered after ophthalmology review.". */
  HIV_CONSIDER_STOPPING_MAINTENANCE(2),
  /** English: "Maintenance: valganciclovir &#123;0&#125; (900 mg once daily, renally adjusted; oral possible)". */
  MAINTENANCE_VGC(1),
  /** English: "Maintenance: ganciclovir &#123;0&#125; (oral valganciclovir not possible)". */
  MAINTENANCE_GCV(1),
  /** English: "Maintenance: foscarnet &#123;0&#125; (90 mg/kg/day or by policy, renally adjusted), as ganciclovir is not usable". */
  MAINTENANCE_FOS(1),
  /** English: "After treatment, secondary prophylaxis with valganciclovir &#123;0&#125; mg &#123;1&#125;, the renally adjusted prevention dose, may be considered in high-risk transplant recipients; duration individualised.". */
  TRANSPLANT_SECONDARY_PROPHYLAXIS(2),
  /** English: "not usable". */
  NOT_USABLE(0),
  /** English: "Secondary prophylaxis with valganciclovir tablets is not offered after treatment: &#123;0&#125;.". */
  TRANSPLANT_SECONDARY_PROPHYLAXIS_NOT_OFFERED(1),
  /** English: "Whether maintenance can be stopped (ART, suppressed HIV RNA, CD4 above &#123;0&#125; /uL for at least &#123;1&#125; months) cannot be assessed: &#123;2&#125; not given; maintenance continues.". */
  HIV_STOP_CRITERIA_UNKNOWN(3),
  /** English: "Cidofovir is third-line and nephrotoxic: probenecid, saline and creatinine and urine protein before each dose.". */
  CIDOFOVIR_THIRD_LINE(0),
  /** English: "CNS disease: IV induction; no oral switch during induction". */
  VGC_EXCLUDED_CNS_INDUCTION(0),
  /** English: "Continue induction until symptoms resolve and CSF and plasma CMV PCR are negative.". */
  CNS_CONTINUE_UNTIL_PCR_NEGATIVE(0),
  /** English: "CNS disease: ganciclovir &#123;0&#125; plus foscarnet &#123;1&#125; for 21 days, then maintenance; monotherapy has not improved survival". */
  CNS_COMBINATION(2),
  /** English: "CNS disease: the ganciclovir + foscarnet combination is not possible because &#123;0&#125; is excluded (&#123;1&#125;); &#123;2&#125; alone; cidofovir and maribavir are never substitutes. Specialist review.". */
  CNS_COMBINATION_NOT_POSSIBLE(3),
  /** English: "Mild-to-moderate non-CNS disease, oral possible: valganciclovir &#123;0&#125; (900 mg twice daily, renally adjusted), 14-21 days". */
  NON_CNS_ORAL(1),
  /** English: "Improving after &#123;0&#125; days of IV ganciclovir: switch to valganciclovir &#123;1&#125; to complete the course". */
  IV_TO_ORAL(2),
  /** English: "Non-CNS disease: ganciclovir &#123;0&#125; (5 mg/kg q12h, renally adjusted), at least 14 days (planned 14-21) and until CMV PCR is below threshold on 1-2 consecutive weekly tests". */
  NON_CNS_GCV(1),
  /** English: "Ganciclovir not usable: foscarnet &#123;0&#125; (60 mg/kg q8h or by policy, renally adjusted), 14-21 days". */
  GCV_ALTERNATIVE_FOS(1),
  /** English: "Ganciclovir and foscarnet excluded, post-transplant refractory/resistant CMV: maribavir &#123;0&#125;". */
  THIRD_LINE_MBV(1),
  /** English: "Ganciclovir and foscarnet excluded: cidofovir &#123;0&#125; as third line (nephrotoxic)". */
  THIRD_LINE_CDV(1),
  /** English: "&#123;0&#125; mg/kg (&#123;1&#125; mg) orally &#123;2&#125;". */
  DOSE_PER_KG_ORAL(3),
  /** English: "&#123;0&#125; mg/kg (&#123;1&#125; mg) IV &#123;2&#125;". */
  DOSE_PER_KG_IV(3),
  /** English: "&#123;0&#125; mg orally &#123;1&#125;". */
  DOSE_ORAL(2),
  /** English: "&#123;0&#125; mg IV &#123;1&#125;". */
  DOSE_IV(2),
  /** English: "once a week". */
  ONCE_A_WEEK(0),
  /** English: "twice a week". */
  TWICE_A_WEEK(0),
  /** English: "&#123;0&#125; times a week". */
  TIMES_A_WEEK(1),
  /** English: "&#123;0&#125; after dialysis". */
  AFTER_DIALYSIS(1),
  /** English: "give after each haemodialysis session" (the instruction of an order given after dialysis). */
  GIVE_AFTER_EACH_HAEMODIALYSIS(0),
  /** English: "once daily". */
  ONCE_DAILY(0),
  /** English: "twice daily". */
  TWICE_DAILY(0),
  /** English: "every 2 days". */
  EVERY_2_DAYS(0),
  /** English: "every &#123;0&#125; days". */
  EVERY_N_DAYS(1),
  /** English: "every &#123;0&#125; h". */
  EVERY_N_HOURS(1),
  /** English: "on it as prophylaxis now; for prophylaxis only, never a treatment regimen". */
  LETERMOVIR_ON_IT_PROPHYLAXIS_ONLY(0),
  /** English: "for prophylaxis only, never a treatment regimen". */
  LETERMOVIR_PROPHYLAXIS_ONLY(0),
  /** English: "genotypic resistance". */
  GENOTYPIC_RESISTANCE(0),
  /** English: "under 18: adult tablet doses do not apply; oral step-down needs paediatric dosing (VGC-PI §2.3) by a specialist". */
  VGC_UNDER_ADULT_AGE(0),
  /** English: "never for CNS disease: does not cross significantly into the CSF". */
  CDV_NEVER_CNS(0),
  /** English: "never for CNS disease: no evidence, trial populations excluded it". */
  MBV_NEVER_CNS(0),
  /** English: "not tolerated". */
  GCV_NOT_TOLERATED(0),
  /** English: "its active drug ganciclovir is not tolerated". */
  VGC_ACTIVE_DRUG_NOT_TOLERATED(0),
  /** English: "cytopenia below the ganciclovir thresholds: &#123;0&#125;". */
  GCV_CYTOPENIA(1),
  /** English: "ANC &#123;0,upto2~&#123;1&#125;&#125; /uL &lt; &#123;1,grouped&#125;". */
  CYTOPENIA_ANC(2),
  /** English: "platelets &#123;0,upto2~&#123;1&#125;&#125; /uL &lt; &#123;1,grouped&#125;". */
  CYTOPENIA_PLATELETS(2),
  /** English: "haemoglobin &#123;0,upto2~&#123;1&#125;&#125; g/dL &lt; &#123;1&#125;". */
  CYTOPENIA_HAEMOGLOBIN(2),
  /** English: "genotypic ganciclovir resistance (shared by the prodrug valganciclovir)". */
  GCV_GENOTYPIC_RESISTANCE(0),
  /** English: "refractory disease counts as ganciclovir failure". */
  REFRACTORY_IS_GCV_FAILURE(0),
  /** English: "indicated only for post-transplant (HSCT or SOT) CMV". */
  MBV_ONLY_POST_TRANSPLANT(0),
  /** English: "not for retinitis: no evidence, trial populations excluded it". */
  MBV_NOT_FOR_RETINITIS(0),
  /** English: "indicated only for CMV refractory or resistant to ganciclovir, valganciclovir, cidofovir or foscarnet". */
  MBV_ONLY_REFRACTORY_OR_RESISTANT(0),
  /** English: "oral solution (not tablets), &#123;0&#125; mL of the 50 mg/mL solution, after each dialysis session (KOTTON-2025)". */
  VGC_ORAL_SOLUTION_AFTER_DIALYSIS(1),
  /** English: "intermittent haemodialysis: &#123;0&#125;, after dialysis". */
  GCV_HAEMODIALYSIS(1),
  /** English: "ganciclovir on continuous renal replacement: no label dose; the published option &#123;0&#125; is off-label: specialist confirmation and drug-level monitoring required". */
  GANCICLOVIR_CRRT_OFF_LABEL(1),
  /** English: "continuous renal replacement: off-label &#123;0&#125;". */
  GCV_CRRT(1),
  /** English: "peritoneal dialysis: no label dose". */
  PERITONEAL_DIALYSIS_NO_LABEL_DOSE(0),
  /** English: "no kidney function estimate under 1 year of age". */
  NO_KIDNEY_ESTIMATE_UNDER_1_YEAR(0),
  /** English: "&#123;0~&#123;1&#125;&#125; in band &#123;1&#125;: &#123;2&#125;". */
  KIDNEY_FUNCTION_IN_BAND(3),
  /** English: "on &#123;0&#125;: valganciclovir tablets are not recommended; use IV ganciclovir at the reduced dose". */
  VGC_NOT_ON_RENAL_REPLACEMENT(1),
  /** English: "&#123;0&#125;: valganciclovir tablets are not recommended". */
  VGC_TABLETS_NOT_RECOMMENDED(1),
  /** English: "&#123;0~10&#125; is below 10". */
  BELOW_10(1),
  /** English: "the table dose of &#123;0&#125; mg is less than one 450 mg tablet". */
  LESS_THAN_ONE_TABLET(1),
  /** English: "&#123;0~&#123;1&#125;&#125; in band &#123;1&#125;: &#123;2&#125; = &#123;3&#125;". */
  VGC_BAND_TABLETS(4),
  /** English: "&#123;0~&#123;1&#125;&#125; in band &#123;1&#125;: &#123;2&#125; = &#123;3&#125; (rounded down to whole tablets, never above)". */
  VGC_BAND_TABLETS_ROUNDED(4),
  /** English: "&#123;0&#125; per dose". */
  TABLETS_PER_DOSE(1),
  /** English: "take with food (VGC-PI)". */
  VGC_TAKE_WITH_FOOD(0),
  /** English: "on &#123;0&#125;: foscarnet is not recommended by the label (CrCl per kg below 0.4); off-label post-dialysis dosing needs specialist review". */
  FOS_NOT_ON_RENAL_REPLACEMENT(1),
  /** English: "child with eGFR &#123;0,f1~90&#125; mL/min/1.73 m2: the full dose needs eGFR &gt;= 90". */
  FOS_CHILD_EGFR_BELOW_FULL_DOSE(1),
  /** English: "child under 1 year without an eGFR: the full dose needs eGFR &gt;= 90". */
  FOS_CHILD_NO_EGFR(0),
  /** English: "child with eGFR &#123;0,f1~90&#125; mL/min/1.73 m2 (&gt;= 90): full dose &#123;1&#125;". */
  FOS_CHILD_FULL_DOSE(2),
  /** English: "CrCl &#123;0,f3~0.4&#125; mL/min/kg is at or below 0.4: foscarnet not recommended (induction)". */
  FOS_NOT_RECOMMENDED_INDUCTION(1),
  /** English: "CrCl &#123;0,f3~0.4&#125; mL/min/kg is below 0.4: foscarnet not recommended (maintenance)". */
  FOS_NOT_RECOMMENDED_MAINTENANCE(1),
  /** English: "CrCl &#123;0,f3~&#123;1&#125;&#125; mL/min/kg in band &#123;1&#125;: &#123;2&#125;". */
  FOS_PER_KG_IN_BAND(3),
  /** English: "infuse over &#123;0&#125; minutes, never faster than 1 mg/kg/min". */
  FOS_INFUSE_OVER(1),
  /** English: "with each infusion". */
  WITH_EACH_INFUSION(0),
  /** English: "750-1000 mL saline before the first infusion; &#123;0&#125;-&#123;1&#125; mL with each infusion of &#123;2&#125; mg/kg". */
  FOS_HYDRATION_RANGE(3),
  /** English: "750-1000 mL saline before the first infusion; &#123;0&#125; mL with each infusion of &#123;1&#125; mg/kg". */
  FOS_HYDRATION(2),
  /** English: "750-1000 mL normal saline before the first infusion (FOS-PI)". */
  FOS_SALINE_BEFORE_FIRST(0),
  /** English: "infuse no faster than 1 mg/kg/min (FOS-PI)". */
  FOS_MAX_RATE(0),
  /** English: "under 18: safety not established". */
  CDV_UNDER_ADULT_AGE(0),
  /** English: "serum creatinine &#123;0,f2~0.5&#125; mg/dL above baseline (&gt;= 0.5): discontinue cidofovir". */
  CDV_CREATININE_RISE_STOP(1),
  /** English: "proteinuria 3+ (&#123;0,upto2&#125; mg/dL): discontinue cidofovir". */
  CDV_PROTEINURIA_STOP(1),
  /** English: "serum creatinine required". */
  CDV_CREATININE_REQUIRED(0),
  /** English: "serum creatinine &#123;0,f2~1.5&#125; mg/dL &gt; 1.5". */
  CDV_CREATININE_HIGH(1),
  /** English: "no Cockcroft-Gault CrCl (on &#123;0&#125;)". */
  CDV_NO_CRCL(1),
  /** English: "CrCl &#123;0,f1~55&#125; mL/min &lt;= 55". */
  CDV_CRCL_LOW(1),
  /** English: "urine protein required". */
  CDV_URINE_PROTEIN_REQUIRED(0),
  /** English: "urine protein &#123;0,upto2~100&#125; mg/dL &gt;= 100 (2+)". */
  CDV_URINE_PROTEIN_HIGH(1),
  /** English: "nephrotoxic co-medication (now or within 7 days) must be stated". */
  CDV_NEPHROTOXIC_UNKNOWN(0),
  /** English: "nephrotoxic drug now or within 7 days". */
  CDV_NEPHROTOXIC(0),
  /** English: "contraindicated: &#123;0,semi&#125;". */
  CDV_CONTRAINDICATED(1),
  /** English: "eligible: serum creatinine &#123;0,f2&#125; mg/dL, CrCl &#123;1,f1&#125; mL/min, urine protein &#123;2,upto2&#125; mg/dL, no nephrotoxic drug". */
  CDV_ELIGIBLE(3),
  /** English: "serum creatinine &#123;0,f2~0.3~0.5&#125; mg/dL above baseline (0.3 to &lt; 0.5): reduce to 3 mg/kg". */
  CDV_CREATININE_RISE_REDUCE(1),
  /** English: "off-label use: the label indication is CMV retinitis in patients with AIDS". */
  CDV_OFF_LABEL(0),
  /** English: "over 1-2 h before each dose". */
  OVER_1_TO_2_H_BEFORE_EACH_DOSE(0),
  /** English: "probenecid 2 g orally 3 h before the infusion, then 1 g at 2 h and 1 g at 8 h after the end of the infusion (CDV-PI)". */
  CDV_PROBENECID(0),
  /** English: "1 L normal saline over 1-2 h before each dose (CDV-PI)". */
  CDV_SALINE(0),
  /** English: "needs age &gt;= 12 years and weight &gt;= 35 kg (age &#123;0,f1~12&#125; years, weight &#123;1,f1~35&#125; kg)". */
  MBV_AGE_WEIGHT(2),
  /** English: "&#123;0&#125; mg twice daily (&#123;1&#125;)". */
  MBV_DOSE(2),
  /** English: "with &#123;0&#125;: &#123;1&#125; mg twice daily (&#123;2&#125;)". */
  MBV_DOSE_WITH_INDUCER(3),
  /** English: "Maribavir can raise tacrolimus, ciclosporin, sirolimus and everolimus levels: monitor their levels, above all when it is started or stopped (MBV-PI §7).". */
  MARIBAVIR_IMMUNOSUPPRESSANT_LEVELS(0),
  /** English: "do not give with ganciclovir or valganciclovir: maribavir antagonises their antiviral effect (MBV-PI)". */
  MBV_NOT_WITH_GANCICLOVIR(0),
  /** English: "dose raised from 400 mg because of &#123;0&#125;, a strong inducer; review it if &#123;0&#125; is stopped (MBV-PI §2.2, §7.3)". */
  MBV_INDUCER_DOSE(1),
  /** English: "&#123;0&#125; x &#123;1&#125; mg tablet". */
  TABLET(2),
  /** English: "&#123;0&#125; x &#123;1&#125; mg tablets". */
  TABLETS(2),
  /** English: "bedside Schwartz eGFR &#123;0,f1~&#125; mL/min/1.73 m2". */
  BEDSIDE_SCHWARTZ_EGFR(1),
  /** English: "CrCl &#123;0,f1~&#125; mL/min". */
  CRCL(1),
  /** English: "&#123;0&#125;: &#123;1&#125; mg/kg x &#123;2,upto2&#125; kg (&#123;3&#125; weight) = &#123;4,upto2&#125; mg computed; given &#123;5&#125; mg, &#123;6&#125; (&#123;7&#125;)". */
  WEIGHT_BASIS(8),
  /** English: "&#123;0&#125;, &#123;1&#125;". */
  LOCAL_TABLE_WHERE(2),
  /** English: "dose from local table &#123;0&#125;; source: &#123;1&#125;". */
  DOSE_FROM_LOCAL_TABLE(2),
  /** English: "&#123;0&#125;: local table &#123;1&#125; used in place of the label table (&#123;2&#125;): band &#123;3&#125;: &#123;4&#125;; source as written: &#123;5&#125;". */
  LOCAL_TABLE_BAND_USED(6),
  /** English: "&#123;0&#125;: local table &#123;1&#125; used in place of the label table (&#123;2&#125;): &#123;3&#125;: &#123;4&#125;; source as written: &#123;5&#125;". */
  LOCAL_TABLE_ROW_USED(6),
  /** English: "&#123;0&#125;: no label dose". */
  NO_LABEL_DOSE(1),
  /** English: "&#123;0~&#123;1&#125;&#125; is below the lowest band &#123;1&#125; of local table &#123;2&#125;&#123;3&#125;: no dose". */
  BELOW_LOWEST_LOCAL_BAND(4),
  /** English: "&#123;0&#125; mg/kg &#123;1&#125; times a week". */
  ROW_MG_PER_KG_TIMES_A_WEEK(2),
  /** English: "&#123;0&#125; mg &#123;1&#125; times a week". */
  ROW_MG_TIMES_A_WEEK(2),
  /** English: "&#123;0&#125; mg/kg every &#123;1&#125; h". */
  ROW_MG_PER_KG_EVERY_H(2),
  /** English: "&#123;0&#125; mg every &#123;1&#125; h". */
  ROW_MG_EVERY_H(2),
  /** English: "no renal replacement". */
  NO_RENAL_REPLACEMENT(0),
  /** English: "intermittent haemodialysis". */
  INTERMITTENT_HAEMODIALYSIS(0),
  /** English: "continuous renal replacement". */
  CONTINUOUS_RENAL_REPLACEMENT(0),
  /** English: "peritoneal dialysis". */
  PERITONEAL_DIALYSIS(0),
  /** English: "computed dose &#123;0,upto2~1&#125; mg is below 1 mg and cannot be measured from the labelled preparation". */
  DOSE_BELOW_ONE_MG(1),
  /** English: "actual weight &#123;0,f1&#125; kg is above 1.3 x ideal body weight &#123;1,f1&#125; kg: the weight basis of mg/kg dosing and Cockcroft-Gault is uncertain in obesity". */
  OBESITY_WEIGHT_BASIS_MG_PER_KG(2),
  /** English: "actual weight &#123;0,f1&#125; kg is above 1.3 x ideal body weight &#123;1,f1&#125; kg: the weight basis of Cockcroft-Gault is uncertain in obesity". */
  OBESITY_WEIGHT_BASIS_CG(2),
  /** English: "the obesity check". */
  IBW_NEEDED_FOR_OBESITY_CHECK(0),
  /** English: "the &#123;0&#125; dosing weight". */
  IBW_NEEDED_FOR_DOSING_WEIGHT(1),
  /** English: "the &#123;0&#125; Cockcroft-Gault weight". */
  IBW_NEEDED_FOR_CG_WEIGHT(1),
  /** English: "height &#123;0,f1~152.4&#125; cm is below 60 inches: ideal body weight is not defined, so &#123;1,and&#125; cannot use it; actual weight used". */
  IBW_UNDEFINED(2),
  /** English: "paediatric renal dosing: specialist review". */
  PAEDIATRIC_RENAL_REVIEW(0),
  /** English: "renal adjustment in a child: specialist review". */
  PAEDIATRIC_RENAL_ADJUSTMENT(0),
  /** English: "paediatric specialist dosing". */
  PAEDIATRIC_SPECIALIST_DOSING(0),
  /** English: "specialist pharmacy preparation". */
  SPECIALIST_PHARMACY_PREPARATION(0),
  /** English: "nephrology/ID pharmacy". */
  NEPHROLOGY_ID_PHARMACY(0),
  /** English: "&#123;0&#125;: &#123;1&#125;: dose not computable; &#123;2&#125;". */
  DOSE_NOT_COMPUTABLE(3),
  /** English: "rounded down to the local step of &#123;0&#125; mg, never above". */
  ROUNDED_TO_LOCAL_STEP(1),
  /** English: "rounded down to whole mg (a dose under 20 steps of the vial volume), never above". */
  ROUNDED_TO_WHOLE_MG(0),
  /** English: "rounded down to &#123;0&#125; mg steps (&#123;1&#125; mL of the &#123;2&#125; mg/mL reconstituted solution), never above". */
  ROUNDED_TO_STEP_RECONSTITUTED(3),
  /** English: "rounded down to &#123;0&#125; mg steps (&#123;1&#125; mL of the &#123;2&#125; mg/mL solution), never above". */
  ROUNDED_TO_STEP_SOLUTION(3),
  /** English: "under 2 years". */
  AGE_GROUP_INFANT(0),
  /** English: "2 to under 18 years". */
  AGE_GROUP_CHILD(0),
  /** English: "18 years and over". */
  AGE_GROUP_ADULT(0),
  /** English: "&#123;0,upto2~&#123;1&#125;&#125; years is above &#123;1&#125;". */
  IMPLAUSIBLE_AGE(2),
  /** English: "&#123;0,upto2~&#123;1&#125;~&#123;2&#125;&#125; kg is outside [&#123;1&#125;, &#123;2&#125;] kg for age &#123;3&#125;". */
  IMPLAUSIBLE_WEIGHT(4),
  /** English: "&#123;0,upto2~&#123;1&#125;~&#123;2&#125;&#125; cm is outside [&#123;1&#125;, &#123;2&#125;] cm for age &#123;3&#125;". */
  IMPLAUSIBLE_HEIGHT(4),
  /** English: "body mass index &#123;0,sig3~&#123;1&#125;~&#123;2&#125;&#125; kg/m2 (weight with height) is outside [&#123;1&#125;, &#123;2&#125;] kg/m2 for age &#123;3&#125;". */
  IMPLAUSIBLE_BODY_MASS_INDEX(4),
  /** English: "&#123;0,sig3~&#123;1&#125;&#125; mg/dL is below &#123;1&#125; mg/dL for age &#123;2&#125;: estimated kidney function is then unreliable". */
  IMPLAUSIBLE_SERUM_CREATININE(3),
  /** English: "&#123;0,sig3~&#123;1&#125;&#125; mg/dL is below &#123;1&#125; mg/dL for age &#123;2&#125;". */
  IMPLAUSIBLE_BASELINE_SERUM_CREATININE(3),
  /** English: "&#123;0,upto2~&#123;1&#125;&#125; cells/uL is above &#123;1&#125; cells/uL for an adult". */
  IMPLAUSIBLE_CD4_ADULT(2),
  /** English: "&#123;0,upto2~&#123;1&#125;&#125; cells/uL is above &#123;1&#125; cells/uL". */
  IMPLAUSIBLE_ANC(2),
  /** English: "&#123;0,upto2~&#123;1&#125;&#125; cells/uL is above &#123;1&#125; cells/uL". */
  IMPLAUSIBLE_PLATELETS(2),
  /** English: "&#123;0,upto2~&#123;1&#125;~&#123;2&#125;&#125; g/dL is outside [&#123;1&#125;, &#123;2&#125;] g/dL". */
  IMPLAUSIBLE_HAEMOGLOBIN(3),
  /** English: "&#123;0,upto2~&#123;1&#125;&#125; mg/dL is above &#123;1&#125; mg/dL". */
  IMPLAUSIBLE_URINE_PROTEIN(2),
  /** The description of rule REG-CNS-COMBINATION. */
  RULE_REG_CNS_COMBINATION(0),
  /** The description of rule REG-CNS-PARTIAL. */
  RULE_REG_CNS_PARTIAL(0),
  /** The description of rule REG-NONCNS-GCV. */
  RULE_REG_NONCNS_GCV(0),
  /** The description of rule REG-NONCNS-ORAL. */
  RULE_REG_NONCNS_ORAL(0),
  /** The description of rule REG-IV-TO-ORAL. */
  RULE_REG_IV_TO_ORAL(0),
  /** The description of rule REG-GCV-ALTERNATIVE. */
  RULE_REG_GCV_ALTERNATIVE(0),
  /** The description of rule REG-THIRD-LINE. */
  RULE_REG_THIRD_LINE(0),
  /** The description of rule REG-REFRACTORY. */
  RULE_REG_REFRACTORY(0),
  /** The description of rule REG-NO-SAFE-REGIMEN. */
  RULE_REG_NO_SAFE_REGIMEN(0),
  /** The description of rule REG-LETERMOVIR-PROPHYLAXIS-ONLY. */
  RULE_REG_LETERMOVIR_PROPHYLAXIS_ONLY(0),
  /** The description of rule REG-PAEDIATRIC-NO-TABLETS. */
  RULE_REG_PAEDIATRIC_NO_TABLETS(0),
  /** The description of rule PHASE-MAINTENANCE. */
  RULE_PHASE_MAINTENANCE(0),
  /** The description of rule PHASE-HIV-LIFELONG. */
  RULE_PHASE_HIV_LIFELONG(0),
  /** The description of rule PHASE-HIV-STOP. */
  RULE_PHASE_HIV_STOP(0),
  /** The description of rule PHASE-TRANSPLANT-SECONDARY. */
  RULE_PHASE_TRANSPLANT_SECONDARY(0),
  /** The description of rule PHASE-PREMATURE-STOP. */
  RULE_PHASE_PREMATURE_STOP(0),
  /** The description of rule ADV-IMMUNOSUPPRESSION. */
  RULE_ADV_IMMUNOSUPPRESSION(0),
  /** The description of rule ADV-HIV-ART. */
  RULE_ADV_HIV_ART(0),
  /** The description of rule ADV-CSF-PENETRATION. */
  RULE_ADV_CSF_PENETRATION(0),
  /** The description of rule ADV-RESISTANCE-EMERGENCE. */
  RULE_ADV_RESISTANCE_EMERGENCE(0),
  /** The description of rule ADV-OBESITY-WEIGHT. */
  RULE_ADV_OBESITY_WEIGHT(0),
  /** The description of rule ADV-G-CSF. */
  RULE_ADV_G_CSF(0),
  /** The description of rule DOSE-GCV-RENAL. */
  RULE_DOSE_GCV_RENAL(0),
  /** The description of rule DOSE-GCV-HEMODIALYSIS. */
  RULE_DOSE_GCV_HEMODIALYSIS(0),
  /** The description of rule DOSE-GCV-CRRT. */
  RULE_DOSE_GCV_CRRT(0),
  /** The description of rule DOSE-GCV-CYTOPENIA. */
  RULE_DOSE_GCV_CYTOPENIA(0),
  /** The description of rule DOSE-VGC-RENAL. */
  RULE_DOSE_VGC_RENAL(0),
  /** The description of rule DOSE-VGC-HEMODIALYSIS. */
  RULE_DOSE_VGC_HEMODIALYSIS(0),
  /** The description of rule DOSE-FOS-RENAL. */
  RULE_DOSE_FOS_RENAL(0),
  /** The description of rule DOSE-FOS-INFUSION. */
  RULE_DOSE_FOS_INFUSION(0),
  /** The description of rule DOSE-FOS-HYDRATION. */
  RULE_DOSE_FOS_HYDRATION(0),
  /** The description of rule DOSE-FOS-DIALYSIS. */
  RULE_DOSE_FOS_DIALYSIS(0),
  /** The description of rule DOSE-FOS-PAEDIATRIC. */
  RULE_DOSE_FOS_PAEDIATRIC(0),
  /** The description of rule DOSE-CDV-ELIGIBILITY. */
  RULE_DOSE_CDV_ELIGIBILITY(0),
  /** The description of rule DOSE-CDV-ON-THERAPY. */
  RULE_DOSE_CDV_ON_THERAPY(0),
  /** The description of rule DOSE-CDV-PAEDIATRIC. */
  RULE_DOSE_CDV_PAEDIATRIC(0),
  /** The description of rule DOSE-MBV. */
  RULE_DOSE_MBV(0),
  /** The description of rule DOSE-NO-LABEL-DOSE. */
  RULE_DOSE_NO_LABEL_DOSE(0),
  /** The description of rule DOSE-WEIGHT-BASIS. */
  RULE_DOSE_WEIGHT_BASIS(0),
  /** The description of rule DOSE-IBW-UNDEFINED. */
  RULE_DOSE_IBW_UNDEFINED(0),
  /** The description of rule DOSE-PAEDIATRIC-RENAL. */
  RULE_DOSE_PAEDIATRIC_RENAL(0),
  /** The description of rule DOSE-LOCAL-TABLE. */
  RULE_DOSE_LOCAL_TABLE(0),
  /** The description of rule MON-CMV-PCR. */
  RULE_MON_CMV_PCR(0),
  /** The description of rule MON-GCV-TOXICITY. */
  RULE_MON_GCV_TOXICITY(0),
  /** The description of rule MON-FOS-TOXICITY. */
  RULE_MON_FOS_TOXICITY(0),
  /** The description of rule MON-CDV-TOXICITY. */
  RULE_MON_CDV_TOXICITY(0),
  /** The description of rule MON-CSF-PCR. */
  RULE_MON_CSF_PCR(0),
  /** The description of rule MON-AFTER-STOP. */
  RULE_MON_AFTER_STOP(0),
  /** The description of rule MON-RETINITIS. */
  RULE_MON_RETINITIS(0),
  /** The description of rule INPUT-VALIDATION. */
  RULE_INPUT_VALIDATION(0),
  /** A kidney-function band from its lower edge (included) to its upper edge (not included). */
  BAND_CLOSED_OPEN(2),
  /** A kidney-function band with both edges included. */
  BAND_CLOSED_CLOSED(2),
  /** A kidney-function band with neither edge included. */
  BAND_OPEN_OPEN(2),
  /** A kidney-function band from its lower edge (not included) to its upper edge (included). */
  BAND_OPEN_CLOSED(2),
  /** A kidney-function band from its lower edge (included), without an upper limit. */
  BAND_CLOSED_UNBOUNDED(1),
  /** A kidney-function band from its lower edge (not included), without an upper limit. */
  BAND_OPEN_UNBOUNDED(1);

  private final int arity;

  MessageKey(int arity) {
    this.arity = arity;
  }

  /**
   * Returns how many arguments a message of this key carries.
   *
   * @return the number of arguments
   */
  public int arity() {
    return arity;
  }
}
