package io.github.cmvrx.core.recommendation;

/**
 * A test in the monitoring list (clinical basis §6). The JSON form is the constant's name in lower case.
 *
 * @since 0.2.0
 */
public enum MonitoringTest {
  CMV_PCR,
  CBC,
  SERUM_CREATININE,
  ELECTROLYTES,
  URINE_PROTEIN,
  CSF_CMV_PCR,
  OPHTHALMOLOGY_EXAM,
  CD4_COUNT
}
