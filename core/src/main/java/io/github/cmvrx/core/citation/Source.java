package io.github.cmvrx.core.citation;

import java.util.Optional;

/**
 * The citation catalogue: every source a rule, table or formula may cite (clinical basis
 * section 1). The {@link #key()} is what the JSON contract writes in {@code rationale[].source}.
 *
 * @since 0.2.0
 */
public enum Source {
  /** The seed document of the project. */
  SEED(
      "SEED",
      "Treatment of Severe Cytomegalovirus (CMV) Infection (guideline summary, 2025)"),
  /** Ganciclovir IV label. */
  GCV_PI(
      "GCV-PI",
      "Ganciclovir for injection, US prescribing information §2, §5.1, §8.6, §12.3; UK SmPC"
          + " Cymevene §4.2, §4.4"),
  /** Valganciclovir label. */
  VGC_PI(
      "VGC-PI",
      "Valganciclovir (Valcyte) US prescribing information §2.1-2.5, §8.6, §12.3; UK SmPC §4.2"),
  /** Foscarnet label. */
  FOS_PI(
      "FOS-PI",
      "Foscarnet sodium injection (Foscavir) US prescribing information, Dosage and"
          + " Administration, renal dose Table 13, boxed warning"),
  /** Cidofovir label. */
  CDV_PI(
      "CDV-PI",
      "Cidofovir (Vistide) US prescribing information, Dosage, Contraindications, boxed warning"),
  /** Letermovir label. */
  LTV_PI("LTV-PI", "Letermovir (Prevymis) US prescribing information §1, §2.2-2.3"),
  /** Maribavir label. */
  MBV_PI("MBV-PI", "Maribavir (Livtencity) US prescribing information §1, §2, §7"),
  /** Fourth international SOT consensus, 2025. */
  KOTTON_2025(
      "KOTTON-2025",
      "Kotton CN et al. Fourth International Consensus Guidelines on the Management of CMV in"
          + " Solid Organ Transplantation. Transplantation 2025;109:1066-1110"),
  /** Third international SOT consensus, 2018. */
  KOTTON_2018(
      "KOTTON-2018",
      "Kotton CN et al. Third International Consensus Guidelines on the Management of CMV in"
          + " Solid Organ Transplantation. Transplantation 2018;102:900-931"),
  /** AST IDCOP guideline, 2019. */
  RAZONABLE_2019(
      "RAZONABLE-2019",
      "Razonable RR, Humar A. CMV in solid organ transplant recipients, AST IDCOP guidelines."
          + " Clin Transplant 2019;33:e13512"),
  /** Resistant and refractory CMV definitions, 2019. */
  CHEMALY_2019(
      "CHEMALY-2019",
      "Chemaly RF et al. Definitions of resistant and refractory CMV infection and disease in"
          + " transplant recipients for use in clinical trials. Clin Infect Dis"
          + " 2019;68:1420-1426"),
  /** US opportunistic infection guidelines in HIV. */
  NIH_OI(
      "NIH-OI",
      "NIH/CDC/IDSA Guidelines for the Prevention and Treatment of Opportunistic Infections in"
          + " Adults and Adolescents with HIV, CMV section"),
  /** European AIDS Clinical Society guidelines. */
  EACS(
      "EACS",
      "European AIDS Clinical Society guidelines, CMV encephalitis/myelitis and secondary"
          + " prophylaxis"),
  /** Cockcroft-Gault, 1976. */
  CG_1976(
      "CG-1976",
      "Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine."
          + " Nephron 1976;16:31-41. doi:10.1159/000180580"),
  /** Devine ideal body weight, 1974. */
  DEVINE_1974(
      "DEVINE-1974",
      "Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974;8:650-655 (ideal body weight)"),
  /** Adjusted body weight, factor 0.4. */
  BAUER_2001(
      "BAUER-2001",
      "Bauer LA. Applied Clinical Pharmacokinetics, 2001 (adjusted body weight, factor 0.4)"),
  /** Mosteller body surface area, 1987. */
  MOSTELLER_1987(
      "MOSTELLER-1987",
      "Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098."
          + " doi:10.1056/NEJM198710223171717"),
  /** Bedside Schwartz, 2009. */
  SCHWARTZ_2009(
      "SCHWARTZ-2009",
      "Schwartz GJ et al. New equations to estimate GFR in children with CKD. J Am Soc Nephrol"
          + " 2009;20:629-637 (bedside 0.413). doi:10.1681/ASN.2008030287"),
  /** Ganciclovir during CVVHDF. */
  HORVATITS_2014(
      "HORVATITS-2014",
      "Horvatits T et al. Pharmacokinetics of ganciclovir during continuous venovenous"
          + " hemodiafiltration. Antimicrob Agents Chemother 2014;58:94-101"),
  /** Ganciclovir population pharmacokinetics in SOT. */
  CALDES_2009(
      "CALDES-2009",
      "Caldes A et al. Population pharmacokinetics of ganciclovir after IV ganciclovir and oral"
          + " valganciclovir in SOT recipients. Antimicrob Agents Chemother 2009;53:4816-4824"),
  /** Ganciclovir therapeutic drug monitoring. */
  MARTSON_2021(
      "MARTSON-2021",
      "Märtson AG et al. Ganciclovir therapeutic drug monitoring in transplant recipients."
          + " J Antimicrob Chemother 2021;76:2356-2363");

  private final String key;
  private final String citation;

  Source(String key, String citation) {
    this.key = key;
    this.citation = citation;
  }

  /**
   * Returns the catalogue key, e.g. {@code "GCV-PI"}.
   *
   * @return the key as the JSON contract writes it
   */
  public String key() {
    return key;
  }

  /**
   * Returns the full citation.
   *
   * @return the citation text
   */
  public String citation() {
    return citation;
  }

  /**
   * Returns the source with the given catalogue key.
   *
   * @param key a key such as {@code "FOS-PI"}
   * @return the source, or empty if the key is not in the catalogue
   */
  public static Optional<Source> forKey(String key) {
    for (Source s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
