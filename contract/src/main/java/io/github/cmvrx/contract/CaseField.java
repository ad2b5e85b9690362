package io.github.cmvrx.contract;

import static io.github.cmvrx.contract.ObjectView.Presence.OPTIONAL;
import static io.github.cmvrx.contract.ObjectView.Presence.REQUIRED;

import io.github.cmvrx.contract.CaseSection.CreatinineDraft;
import io.github.cmvrx.contract.ObjectView.Presence;
import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.model.Virology;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.validation.CaseLimits;
import io.github.cmvrx.core.validation.CaseValidation;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.FieldRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one table of the fields of a case in the JSON contract: for each, its section and key (the
 * public names of docs/contract.md and {@code case.schema.json}; keys are added, never renamed),
 * its JSON type, whether it is required, its accepted range (from {@link CaseLimits}), how it is
 * read from the model for writing and how it is set on the model's builder for reading. {@link
 * CaseReader} reads and validates, and {@link CaseJson} writes, by walking this table; the rules
 * that join fields are {@link CaseValidation}'s. Within a section the constants are in the order
 * the keys are written and listed in messages.
 */
enum CaseField {
  CONTRACT_VERSION(CaseSection.ROOT, "contractVersion", OPTIONAL, Spec.of(Kind.VERSION), c -> null, (b, v) -> {}),
  ID(CaseSection.ROOT, "id", OPTIONAL, Spec.of(Kind.STRING),
      c -> ((PatientCase) c).id().orElse(null), (b, v) -> ((PatientCase.Builder) b).id((String) v)),
  PATIENT(CaseSection.ROOT, "patient", REQUIRED, Spec.object(CaseSection.PATIENT),
      c -> ((PatientCase) c).patient(), (b, v) -> ((PatientCase.Builder) b).patient((Patient) v)),
  HOST(CaseSection.ROOT, "host", REQUIRED, Spec.object(CaseSection.HOST),
      c -> ((PatientCase) c).host(), (b, v) -> ((PatientCase.Builder) b).host((Host) v)),
  DISEASE(CaseSection.ROOT, "disease", REQUIRED, Spec.object(CaseSection.DISEASE),
      c -> ((PatientCase) c).disease(), (b, v) -> ((PatientCase.Builder) b).disease((Disease) v)),
  VIROLOGY(CaseSection.ROOT, "virology", OPTIONAL, Spec.object(CaseSection.VIROLOGY),
      c -> unlessUnknown(((PatientCase) c).virology(), Virology.unknown()),
      (b, v) -> ((PatientCase.Builder) b).virology((Virology) v)),
  LABS(CaseSection.ROOT, "labs", OPTIONAL, Spec.object(CaseSection.LABS),
      c -> unlessUnknown(((PatientCase) c).labs(), Labs.unknown()),
      (b, v) -> ((PatientCase.Builder) b).labs((Labs) v)),
  TREATMENT(CaseSection.ROOT, "treatment", REQUIRED, Spec.object(CaseSection.TREATMENT),
      c -> ((PatientCase) c).treatment(), (b, v) -> ((PatientCase.Builder) b).treatment((Treatment) v)),

  AGE_YEARS(CaseSection.PATIENT, "ageYears", REQUIRED, Spec.number(CaseLimits.AGE_YEARS),
      p -> ((Patient) p).age().years(), (b, v) -> ((Patient.Builder) b).age(Age.years((Double) v))),
  SEX(CaseSection.PATIENT, "sex", REQUIRED, Spec.oneOf(Sex.class),
      p -> ((Patient) p).sex(), (b, v) -> ((Patient.Builder) b).sex((Sex) v)),
  WEIGHT_KG(CaseSection.PATIENT, "weightKg", REQUIRED, Spec.number(CaseLimits.WEIGHT_KG),
      p -> ((Patient) p).weight().kilograms(),
      (b, v) -> ((Patient.Builder) b).weight(Mass.kilograms((Double) v))),
  HEIGHT_CM(CaseSection.PATIENT, "heightCm", REQUIRED, Spec.number(CaseLimits.HEIGHT_CM),
      p -> ((Patient) p).height().centimetres(),
      (b, v) -> ((Patient.Builder) b).height(Length.centimetres((Double) v))),
  SERUM_CREATININE(CaseSection.PATIENT, "serumCreatinine", OPTIONAL,
      Spec.object(CaseSection.SERUM_CREATININE),
      p -> ((Patient) p).serumCreatinine().orElse(null),
      (b, v) -> ((Patient.Builder) b).serumCreatinine((SerumCreatinine) v)),
  RENAL_REPLACEMENT(CaseSection.PATIENT, "renalReplacement", REQUIRED,
      Spec.oneOf(RenalReplacement.class),
      p -> ((Patient) p).renalReplacement(),
      (b, v) -> ((Patient.Builder) b).renalReplacement((RenalReplacement) v)),

  SERUM_CREATININE_VALUE(CaseSection.SERUM_CREATININE, "value", REQUIRED,
      Spec.creatinine(CaseValidation::serumCreatinineRange),
      s -> ((SerumCreatinine) s).value(), (b, v) -> ((CreatinineDraft) b).value((Double) v)),
  SERUM_CREATININE_UNIT(CaseSection.SERUM_CREATININE, "unit", REQUIRED, Spec.of(Kind.UNIT),
      s -> ((SerumCreatinine) s).unit(), (b, v) -> ((CreatinineDraft) b).unit((CreatinineUnit) v)),

  CATEGORY(CaseSection.HOST, "category", REQUIRED, Spec.oneOf(HostCategory.class),
      h -> ((Host) h).category(), (b, v) -> ((Host.Builder) b).category((HostCategory) v)),
  CD4_PER_UL(CaseSection.HOST, "cd4PerUl", OPTIONAL, Spec.number(CaseLimits.CD4_PER_UL),
      h -> ((Host) h).cd4().map(CellCount::perMicrolitre).orElse(null),
      (b, v) -> ((Host.Builder) b).cd4(CellCount.perMicrolitre((Double) v))),
  ON_ANTIRETROVIRAL_THERAPY(CaseSection.HOST, "onAntiretroviralTherapy", OPTIONAL, Spec.of(Kind.BOOLEAN),
      h -> ((Host) h).onAntiretroviralTherapy().orElse(null),
      (b, v) -> ((Host.Builder) b).onAntiretroviralTherapy((Boolean) v)),
  HIV_RNA_SUPPRESSED(CaseSection.HOST, "hivRnaSuppressed", OPTIONAL, Spec.of(Kind.BOOLEAN),
      h -> ((Host) h).hivRnaSuppressed().orElse(null),
      (b, v) -> ((Host.Builder) b).hivRnaSuppressed((Boolean) v)),
  MONTHS_CD4_ABOVE_100(CaseSection.HOST, "monthsCd4Above100", OPTIONAL,
      Spec.number(CaseLimits.MONTHS_CD4_ABOVE_100),
      h -> optional(((Host) h).monthsCd4Above100().isPresent(), () -> ((Host) h).monthsCd4Above100().getAsDouble()),
      (b, v) -> ((Host.Builder) b).monthsCd4Above100((Double) v)),
  ON_CICLOSPORIN(CaseSection.HOST, "onCiclosporin", OPTIONAL, Spec.of(Kind.BOOLEAN),
      h -> ((Host) h).onCiclosporin().orElse(null),
      (b, v) -> ((Host.Builder) b).onCiclosporin((Boolean) v)),

  SITES(CaseSection.DISEASE, "sites", REQUIRED, Spec.listOf(DiseaseSite.class, "site"),
      d -> ((Disease) d).sites(),
      (b, v) -> ((Disease.Builder) b).addAllSites(listOf(v, DiseaseSite.class))),
  SEVERITY(CaseSection.DISEASE, "severity", REQUIRED, Spec.oneOf(Severity.class),
      d -> ((Disease) d).severity(), (b, v) -> ((Disease.Builder) b).severity((Severity) v)),

  RESISTANT_TO(CaseSection.VIROLOGY, "resistantTo", OPTIONAL, Spec.listOf(Drug.class, "drug"),
      v -> ((Virology) v).resistantTo(),
      (b, v) -> ((Virology.Builder) b).addAllResistantTo(listOf(v, Drug.class))),
  REFRACTORY(CaseSection.VIROLOGY, "refractory", OPTIONAL, Spec.of(Kind.BOOLEAN),
      v -> ((Virology) v).refractory().orElse(null),
      (b, v) -> ((Virology.Builder) b).refractory((Boolean) v)),

  ANC_PER_UL(CaseSection.LABS, "ancPerUl", OPTIONAL, Spec.number(CaseLimits.ANC_PER_UL),
      l -> ((Labs) l).anc().map(CellCount::perMicrolitre).orElse(null),
      (b, v) -> ((Labs.Builder) b).anc(CellCount.perMicrolitre((Double) v))),
  PLATELETS_PER_UL(CaseSection.LABS, "plateletsPerUl", OPTIONAL, Spec.number(CaseLimits.PLATELETS_PER_UL),
      l -> ((Labs) l).platelets().map(CellCount::perMicrolitre).orElse(null),
      (b, v) -> ((Labs.Builder) b).platelets(CellCount.perMicrolitre((Double) v))),
  HEMOGLOBIN_G_PER_DL(CaseSection.LABS, "hemoglobinGPerDl", OPTIONAL,
      Spec.number(CaseLimits.HEMOGLOBIN_G_PER_DL),
      l -> ((Labs) l).hemoglobin().map(Haemoglobin::gramsPerDecilitre).orElse(null),
      (b, v) -> ((Labs.Builder) b).hemoglobin(Haemoglobin.gramsPerDecilitre((Double) v))),
  URINE_PROTEIN_MG_PER_DL(CaseSection.LABS, "urineProteinMgPerDl", OPTIONAL,
      Spec.number(CaseLimits.URINE_PROTEIN_MG_PER_DL),
      l -> ((Labs) l).urineProtein().map(UrineProtein::mgPerDecilitre).orElse(null),
      (b, v) -> ((Labs.Builder) b).urineProtein(UrineProtein.mgPerDecilitre((Double) v))),
  BASELINE_SERUM_CREATININE(CaseSection.LABS, "baselineSerumCreatinine", OPTIONAL,
      Spec.object(CaseSection.BASELINE_SERUM_CREATININE),
      l -> ((Labs) l).baselineSerumCreatinine().orElse(null),
      (b, v) -> ((Labs.Builder) b).baselineSerumCreatinine((SerumCreatinine) v)),

  BASELINE_VALUE(CaseSection.BASELINE_SERUM_CREATININE, "value", REQUIRED,
      Spec.creatinine(CaseValidation::baselineCreatinineRange),
      s -> ((SerumCreatinine) s).value(), (b, v) -> ((CreatinineDraft) b).value((Double) v)),
  BASELINE_UNIT(CaseSection.BASELINE_SERUM_CREATININE, "unit", REQUIRED, Spec.of(Kind.UNIT),
      s -> ((SerumCreatinine) s).unit(), (b, v) -> ((CreatinineDraft) b).unit((CreatinineUnit) v)),

  PHASE(CaseSection.TREATMENT, "phase", REQUIRED, Spec.oneOf(TreatmentPhase.class),
      t -> ((Treatment) t).phase(), (b, v) -> ((Treatment.Builder) b).phase((TreatmentPhase) v)),
  DAYS_OF_IV_THERAPY(CaseSection.TREATMENT, "daysOfIvTherapy", OPTIONAL,
      Spec.whole(CaseLimits.DAYS_OF_IV_THERAPY),
      t -> optional(((Treatment) t).daysOfIvTherapy().isPresent(), () -> ((Treatment) t).daysOfIvTherapy().getAsInt()),
      (b, v) -> ((Treatment.Builder) b).daysOfIvTherapy((Integer) v)),
  DAYS_OF_INDUCTION(CaseSection.TREATMENT, "daysOfInduction", OPTIONAL,
      Spec.whole(CaseLimits.DAYS_OF_INDUCTION),
      t -> optional(((Treatment) t).daysOfInduction().isPresent(), () -> ((Treatment) t).daysOfInduction().getAsInt()),
      (b, v) -> ((Treatment.Builder) b).daysOfInduction((Integer) v)),
  CLINICALLY_IMPROVING(CaseSection.TREATMENT, "clinicallyImproving", OPTIONAL, Spec.of(Kind.BOOLEAN),
      t -> ((Treatment) t).clinicallyImproving().orElse(null),
      (b, v) -> ((Treatment.Builder) b).clinicallyImproving((Boolean) v)),
  CAN_TAKE_ORAL(CaseSection.TREATMENT, "canTakeOral", OPTIONAL, Spec.of(Kind.BOOLEAN),
      t -> ((Treatment) t).canTakeOral().orElse(null),
      (b, v) -> ((Treatment.Builder) b).canTakeOral((Boolean) v)),
  GI_ABSORPTION_IMPAIRED(CaseSection.TREATMENT, "giAbsorptionImpaired", OPTIONAL, Spec.of(Kind.BOOLEAN),
      t -> ((Treatment) t).giAbsorptionImpaired().orElse(null),
      (b, v) -> ((Treatment.Builder) b).giAbsorptionImpaired((Boolean) v)),
  GANCICLOVIR_INTOLERANCE(CaseSection.TREATMENT, "ganciclovirIntolerance", OPTIONAL, Spec.of(Kind.BOOLEAN),
      t -> ((Treatment) t).ganciclovirIntolerance().orElse(null),
      (b, v) -> ((Treatment.Builder) b).ganciclovirIntolerance((Boolean) v)),
  NEPHROTOXIC_COMEDICATION(CaseSection.TREATMENT, "nephrotoxicComedication", OPTIONAL, Spec.of(Kind.BOOLEAN),
      t -> ((Treatment) t).nephrotoxicComedication().orElse(null),
      (b, v) -> ((Treatment.Builder) b).nephrotoxicComedication((Boolean) v)),
  ON_LETERMOVIR(CaseSection.TREATMENT, "onLetermovir", OPTIONAL, Spec.of(Kind.BOOLEAN),
      t -> ((Treatment) t).onLetermovir().orElse(null),
      (b, v) -> ((Treatment.Builder) b).onLetermovir((Boolean) v)),
  // Written only when some inducer is known (a case without the key reads back equal).
  INDUCERS(CaseSection.TREATMENT, "inducers", OPTIONAL, Spec.listOf(Inducer.class, "inducer"),
      t -> ((Treatment) t).inducers().isEmpty() ? null : ((Treatment) t).inducers(),
      (b, v) -> ((Treatment.Builder) b).addAllInducers(listOf(v, Inducer.class)));

  /** The JSON type of a field, and so how it is read, checked and written. */
  enum Kind {
    /** The contract version string, {@code "MAJOR.MINOR"} ({@link ContractVersion}). */
    VERSION,
    /** A string. */
    STRING,
    /** A nested object: a {@link CaseSection}. */
    OBJECT,
    /** A number inside the field's range. */
    NUMBER,
    /** A whole number inside the field's range. */
    WHOLE,
    /** true or false. */
    BOOLEAN,
    /** A string naming a constant of an enum, in lower case. */
    ENUM,
    /** A list of distinct enum constants. */
    ENUM_LIST,
    /** A serum creatinine unit by its symbol. */
    UNIT,
    /** A serum creatinine value, whose range depends on the unit beside it. */
    CREATININE_VALUE
  }

  /** Reads a field's value from its section's model value; null when absent (not written). */
  @FunctionalInterface
  interface Getter {
    @Nullable Object get(Object model);
  }

  /** Sets a field's checked value on its section's builder. */
  @FunctionalInterface
  interface Setter {
    void set(Object builder, Object value);
  }

  /**
   * How a field is typed: its kind, and what the kind needs (the range, the enum type and the
   * noun for its items, the nested section, the range by creatinine unit).
   */
  record Spec(
      Kind kind,
      @Nullable FieldRange range,
      @Nullable Class<? extends Enum<?>> type,
      @Nullable String itemNoun,
      @Nullable CaseSection child,
      @Nullable Function<CreatinineUnit, FieldRange> rangeByUnit) {
    static Spec of(Kind kind) {
      return new Spec(kind, null, null, null, null, null);
    }

    static Spec number(FieldRange range) {
      return new Spec(Kind.NUMBER, range, null, null, null, null);
    }

    static Spec whole(FieldRange range) {
      return new Spec(Kind.WHOLE, range, null, null, null, null);
    }

    static Spec oneOf(Class<? extends Enum<?>> type) {
      return new Spec(Kind.ENUM, null, type, null, null, null);
    }

    static Spec listOf(Class<? extends Enum<?>> type, String itemNoun) {
      return new Spec(Kind.ENUM_LIST, null, type, itemNoun, null, null);
    }

    static Spec object(CaseSection child) {
      return new Spec(Kind.OBJECT, null, null, null, child, null);
    }

    static Spec creatinine(Function<CreatinineUnit, FieldRange> rangeByUnit) {
      return new Spec(Kind.CREATININE_VALUE, null, null, null, null, rangeByUnit);
    }
  }

  private final CaseSection section;
  private final String key;
  private final String path;
  private final Presence presence;
  private final Spec spec;
  private final Getter getter;
  private final Setter setter;

  CaseField(
      CaseSection section,
      String key,
      Presence presence,
      Spec spec,
      Getter getter,
      Setter setter) {
    this.section = section;
    this.key = key;
    this.path = section.pathOf(key);
    this.presence = presence;
    this.spec = spec;
    this.getter = getter;
    this.setter = setter;
  }

  CaseSection section() {
    return section;
  }

  String key() {
    return key;
  }

  /** Returns the field's path, e.g. {@code patient.serumCreatinine.value}. */
  String path() {
    return path;
  }

  Presence presence() {
    return presence;
  }

  Kind kind() {
    return spec.kind();
  }

  Spec spec() {
    return spec;
  }

  @Nullable Object get(Object model) {
    return getter.get(model);
  }

  void set(Object builder, Object value) {
    setter.set(builder, value);
  }

  /**
   * Returns the problems that join this field to others (clinical basis §0 and §8, written once
   * in {@link CaseValidation}), once the field itself has been checked.
   *
   * @param given whether the field was given (present and not null)
   * @param value its checked value, or null if absent or not valid
   * @param values the checked values of the fields checked so far, by ordinal
   */
  List<FieldError> joinedRules(boolean given, @Nullable Object value, @Nullable Object[] values) {
    switch (this) {
      case AGE_YEARS:
        return value == null ? List.of() : asList(CaseValidation.ageInScope((Double) value));
      case SITES:
        return value == null ? List.of() : CaseValidation.sites(listOf(value, DiseaseSite.class));
      case SERUM_CREATININE:
        Object renal = values[CaseField.RENAL_REPLACEMENT.ordinal()];
        return given || renal == null
            ? List.of()
            : asList(CaseValidation.serumCreatinineRequired(false, (RenalReplacement) renal));
      default:
        return List.of();
    }
  }

  private static final Map<CaseSection, CaseField[]> BY_SECTION = bySection();

  /** The fields of a section that has none (shared, like every array of {@link #of}). */
  private static final CaseField[] NONE = {};

  /** Returns the fields of a section, in table order (a shared array: never modify it). */
  static CaseField[] of(CaseSection section) {
    CaseField[] fields = BY_SECTION.get(section);
    return fields != null ? fields : NONE;
  }

  private static Map<CaseSection, CaseField[]> bySection() {
    Map<CaseSection, List<CaseField>> lists = new EnumMap<>(CaseSection.class);
    for (CaseField f : values()) {
      lists.computeIfAbsent(f.section, s -> new ArrayList<>()).add(f);
    }
    Map<CaseSection, CaseField[]> map = new EnumMap<>(CaseSection.class);
    lists.forEach((s, l) -> map.put(s, l.toArray(new CaseField[0])));
    return map;
  }

  private static @Nullable Object unlessUnknown(Object value, Object unknown) {
    return value.equals(unknown) ? null : value;
  }

  private static @Nullable Object optional(boolean present, java.util.function.Supplier<Object> value) {
    return present ? value.get() : null;
  }

  private static List<FieldError> asList(Optional<FieldError> error) {
    return error.isPresent() ? List.of(error.get()) : List.of();
  }

  /**
   * Returns a checked list value as a list of {@code type}: the reader's list itself, whose
   * items it took from {@code type}'s own constants.
   */
  @SuppressWarnings("unchecked") // every item is a constant of type (CaseReader.list)
  static <E> List<E> listOf(Object value, Class<E> type) {
    return (List<E>) value;
  }
}
