package io.github.cmvrx.benchmarks.cql;

import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.core.validation.FieldRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cqframework.cql.cql2elm.CqlCompilerException;
import org.cqframework.cql.cql2elm.LibraryManager;
import org.cqframework.cql.cql2elm.ModelManager;
import org.cqframework.cql.cql2elm.StringLibrarySourceProvider;
import org.hl7.elm.r1.VersionedIdentifier;
import org.opencds.cqf.cql.engine.execution.CqlEngine;
import org.opencds.cqf.cql.engine.execution.Environment;
import org.opencds.cqf.cql.engine.execution.EvaluationResult;
import org.jspecify.annotations.Nullable;
import org.opencds.cqf.cql.engine.runtime.Tuple;

/**
 * The ganciclovir IV induction renal rule evaluated by the HL7 CQL engine: Cockcroft-Gault
 * creatinine clearance (CG-1976), then the induction band of the ganciclovir renal table
 * (GCV-PI; clinical basis §3.1). The rule itself is CQL, in {@code GanciclovirInduction.cql} next
 * to this class; it is translated to ELM once, by {@link #translate()}, and every call of {@link
 * #evaluate} runs the compiled library in the engine with the patient's values as CQL
 * parameters, in memory, with no data provider.
 *
 * <p>This is the baseline of the cmvrx benchmarks, not a dosing function of the library: it
 * knows no dialysis, no weight policy and no rounding.
 *
 * <p>Not thread-safe: the engine keeps evaluation state in its instance. Use one rule per
 * thread.
 */
public final class CqlGanciclovirRule {
  /** The CQL source of the rule, a class-path resource next to this class. */
  static final String CQL_RESOURCE = "GanciclovirInduction.cql";

  /** The name of the library the CQL source declares. */
  static final String LIBRARY_NAME = "GanciclovirInduction";

  /** The version of the library the CQL source declares. */
  static final String LIBRARY_VERSION = "1.0.0";

  /** The expression that gives the dose (a tuple, or null when not computable). */
  static final String INDUCTION_DOSE = "InductionDose";

  /** The expression that gives the Cockcroft-Gault creatinine clearance in mL/min. */
  static final String CREATININE_CLEARANCE = "CreatinineClearance";

  /**
   * Adult age range for Cockcroft-Gault: from 18 years (clinical basis §2.11) to
   * the case limit of 120 years (clinical basis §8, {@link CaseLimits#AGE_YEARS}).
   */
  static final FieldRange ADULT_AGE_YEARS =
      new FieldRange(
          "ageYears",
          "years",
          18,
          true,
          CaseLimits.AGE_YEARS.max(),
          true,
          "clinical basis §2.2 (Cockcroft-Gault from age 18) and §8");

  private static final Set<String> DOSE_ONLY = Set.of(INDUCTION_DOSE);
  private static final Set<String> CLEARANCE_ONLY = Set.of(CREATININE_CLEARANCE);

  private final CqlEngine engine;
  // The engine's identifier type is a mutable JAXB bean: each rule keeps its own.
  private final VersionedIdentifier library;

  private CqlGanciclovirRule(CqlEngine engine, VersionedIdentifier library) {
    this.engine = engine;
    this.library = library;
  }

  /**
   * Reads the CQL rule, translates it to ELM and prepares an engine to evaluate it.
   *
   * @return the rule, ready to evaluate
   * @throws IllegalStateException if the CQL resource is missing or does not translate without
   *     errors
   * @throws UncheckedIOException if the CQL resource cannot be read
   */
  public static CqlGanciclovirRule translate() {
    String source = readSource();
    LibraryManager libraryManager = new LibraryManager(new ModelManager());
    libraryManager
        .getLibrarySourceLoader()
        .registerProvider(new StringLibrarySourceProvider(List.of(source)));
    VersionedIdentifier library =
        new VersionedIdentifier().withId(LIBRARY_NAME).withVersion(LIBRARY_VERSION);
    List<CqlCompilerException> messages = new ArrayList<>();
    libraryManager.resolveLibrary(library, messages);
    if (CqlCompilerException.hasErrors(messages)) {
      throw new IllegalStateException(
          CQL_RESOURCE
              + " does not translate: "
              + messages.stream()
                  .map(m -> m.getSeverity() + " " + m.getMessage())
                  .collect(Collectors.joining("; ")));
    }
    return new CqlGanciclovirRule(new CqlEngine(new Environment(libraryManager)), library);
  }

  /**
   * Evaluates the rule for one adult patient.
   *
   * @param ageYears age in years, in [18, 120]
   * @param female true for a female patient
   * @param weightKg actual body weight in kg, in [0.3, 400]
   * @param serumCreatinineMgDl serum creatinine in mg/dL, in [0.1, 20]
   * @return the induction dose, or empty when the clearance is below 10 mL/min (no label dose:
   *     not computable, clinical basis §3.1)
   * @throws IllegalArgumentException if a value is outside its range; the message names the
   *     field, the value and the range
   * @throws IllegalStateException if the engine returns something other than a dose tuple or
   *     null (a fault of the rule, not of the caller)
   */
  public Optional<CqlInductionDose> evaluate(
      double ageYears, boolean female, double weightKg, double serumCreatinineMgDl) {
    Object value = run(DOSE_ONLY, INDUCTION_DOSE, ageYears, female, weightKg, serumCreatinineMgDl);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Tuple)) {
      throw new IllegalStateException(
          INDUCTION_DOSE + " returned " + value.getClass().getName() + ", not a tuple");
    }
    Tuple dose = (Tuple) value;
    return Optional.of(
        new CqlInductionDose(
            element(dose, "mgPerKg", BigDecimal.class).doubleValue(),
            element(dose, "intervalHours", Integer.class)));
  }

  /**
   * Evaluates the rule's Cockcroft-Gault creatinine clearance for one adult patient (CG-1976).
   * The engine's decimal arithmetic rounds the quotient down to 8 decimal places.
   *
   * @param ageYears age in years, in [18, 120]
   * @param female true for a female patient
   * @param weightKg actual body weight in kg, in [0.3, 400]
   * @param serumCreatinineMgDl serum creatinine in mg/dL, in [0.1, 20]
   * @return the creatinine clearance in mL/min
   * @throws IllegalArgumentException if a value is outside its range; the message names the
   *     field, the value and the range
   * @throws IllegalStateException if the engine returns something other than a decimal
   */
  public BigDecimal creatinineClearanceMlPerMin(
      double ageYears, boolean female, double weightKg, double serumCreatinineMgDl) {
    Object value =
        run(CLEARANCE_ONLY, CREATININE_CLEARANCE, ageYears, female, weightKg, serumCreatinineMgDl);
    if (!(value instanceof BigDecimal)) {
      throw new IllegalStateException(
          CREATININE_CLEARANCE + " returned " + describe(value) + ", not a decimal");
    }
    return (BigDecimal) value;
  }

  private @Nullable Object run(
      Set<String> expressions,
      String expression,
      double ageYears,
      boolean female,
      double weightKg,
      double serumCreatinineMgDl) {
    ADULT_AGE_YEARS.require(ageYears);
    CaseLimits.WEIGHT_KG.require(weightKg);
    CaseLimits.SERUM_CREATININE_MG_DL.require(serumCreatinineMgDl);
    // BigDecimal.valueOf gives the shortest decimal that reads back as the double (70.1, not
    // 70.09999999999999431566), the value a person or a CQL literal would write.
    Map<String, Object> parameters =
        Map.of(
            "AgeYears", BigDecimal.valueOf(ageYears),
            "Female", female,
            "WeightKg", BigDecimal.valueOf(weightKg),
            "SerumCreatinineMgDl", BigDecimal.valueOf(serumCreatinineMgDl));
    EvaluationResult result = engine.evaluate(library, expressions, parameters);
    return result.forExpression(expression).value();
  }

  private static <T> T element(Tuple tuple, String name, Class<T> type) {
    Object value = tuple.getElement(name);
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          INDUCTION_DOSE + "." + name + " is " + describe(value) + ", not " + type.getName());
    }
    return type.cast(value);
  }

  private static String describe(@Nullable Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  private static String readSource() {
    try (InputStream in = CqlGanciclovirRule.class.getResourceAsStream(CQL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "CQL resource " + CQL_RESOURCE + " not found next to " + CqlGanciclovirRule.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CQL resource " + CQL_RESOURCE, e);
    }
  }

  @Override
  public String toString() {
    return "CqlGanciclovirRule[" + LIBRARY_NAME + " " + LIBRARY_VERSION + "]";
  }
}
