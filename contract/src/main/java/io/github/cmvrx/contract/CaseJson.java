package io.github.cmvrx.contract;

import static io.github.cmvrx.contract.ObjectView.Presence.OPTIONAL;
import static io.github.cmvrx.contract.ObjectView.Presence.REQUIRED;

import com.fasterxml.jackson.core.JsonGenerator;
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
import io.github.cmvrx.core.validation.FieldRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and writes a case in the JSON contract (shared case-format, Input). Reading validates
 * per clinical basis §8 and reports every problem at once, each with its field path (e.g.
 * {@code patient.weightKg}, {@code disease.sites[1]}) and a message naming the value and the
 * accepted range; nothing is defaulted, clamped or dropped. Thread-safe and stateless.
 *
 * @since 0.2.0
 */
public final class CaseJson {
  private CaseJson() {}

  /** The serum creatinine units by their contract spelling. */
  private static final Map<String, CreatinineUnit> UNITS = unitsBySymbol();

  private static final String[] CASE_KEYS = {
    "contractVersion", "id", "patient", "host", "disease", "virology", "labs", "treatment"
  };
  private static final String[] PATIENT_KEYS = {
    "ageYears", "sex", "weightKg", "heightCm", "serumCreatinine", "renalReplacement"
  };
  private static final String[] CREATININE_KEYS = {"value", "unit"};
  private static final String[] HOST_KEYS = {
    "category",
    "cd4PerUl",
    "onAntiretroviralTherapy",
    "hivRnaSuppressed",
    "monthsCd4Above100",
    "onCiclosporin"
  };
  private static final String[] DISEASE_KEYS = {"sites", "severity"};
  private static final String[] VIROLOGY_KEYS = {"resistantTo", "refractory"};
  private static final String[] LABS_KEYS = {
    "ancPerUl",
    "plateletsPerUl",
    "hemoglobinGPerDl",
    "urineProteinMgPerDl",
    "baselineSerumCreatinine"
  };
  private static final String[] TREATMENT_KEYS = {
    "phase",
    "daysOfIvTherapy",
    "daysOfInduction",
    "clinicallyImproving",
    "canTakeOral",
    "giAbsorptionImpaired",
    "ganciclovirIntolerance",
    "nephrotoxicComedication",
    "onLetermovir",
    "inducers"
  };

  /**
   * Reads a case from a JSON document.
   *
   * @param json the document
   * @return the valid case, or every problem found with its field
   */
  public static JsonResult<PatientCase> read(String json) {
    return fromParsed(DocumentReader.parse(json));
  }

  /**
   * Reads a case from a character stream (at most {@link JsonLimits#MAX_DOCUMENT_CHARS}
   * characters are read; a longer document is an error). The reader is not closed.
   *
   * @param reader the document
   * @return the valid case, or every problem found with its field
   * @throws IOException if the reader fails
   */
  public static JsonResult<PatientCase> read(Reader reader) throws IOException {
    return fromParsed(DocumentReader.read(reader));
  }

  /**
   * Reads a case from a UTF-8 byte stream (malformed UTF-8 is an error on {@code "$"}). The
   * stream is not closed.
   *
   * @param in the document
   * @return the valid case, or every problem found with its field
   * @throws IOException if the stream fails
   */
  public static JsonResult<PatientCase> read(InputStream in) throws IOException {
    return fromParsed(DocumentReader.read(in));
  }

  private static JsonResult<PatientCase> fromParsed(DocumentReader.Parsed parsed) {
    Problems problems = new Problems();
    parsed.errors().forEach(e -> problems.add(e.field(), e.message()));
    if (parsed.root().isEmpty()) {
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
    return readCase(parsed.root().get(), problems);
  }

  private static JsonResult<PatientCase> readCase(Node rootNode, Problems problems) {
    Optional<ObjectView> maybeRoot = ObjectView.of("", rootNode, problems);
    if (maybeRoot.isEmpty()) {
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
    ObjectView root = maybeRoot.get().acceptOnly(CASE_KEYS);
    ContractVersion.check(root, problems);
    // An id that was not valid Unicode is never echoed: it would be altered on the way out.
    boolean idInvalid = problems.list().stream().anyMatch(e -> e.field().equals("id"));
    Optional<String> id = root.string("id", OPTIONAL).filter(s -> !idInvalid);
    Optional<Patient> patient = root.object("patient", REQUIRED).flatMap(v -> patient(v, problems));
    Optional<Host> host = root.object("host", REQUIRED).flatMap(v -> host(v, problems));
    Optional<Disease> disease = root.object("disease", REQUIRED).flatMap(v -> disease(v, problems));
    Optional<Virology> virology =
        root.isAbsent("virology")
            ? Optional.of(Virology.unknown())
            : root.object("virology", OPTIONAL).flatMap(v -> virology(v, problems));
    Optional<Labs> labs =
        root.isAbsent("labs")
            ? Optional.of(Labs.unknown())
            : root.object("labs", OPTIONAL).flatMap(v -> labs(v, problems));
    Optional<Treatment> treatment =
        root.object("treatment", REQUIRED).flatMap(v -> treatment(v, problems));
    if (!problems.isEmpty()) {
      return new JsonResult.Invalid<>(id, problems.list());
    }
    Optional<PatientCase> built =
        build(
            "$",
            problems,
            () -> {
              PatientCase.Builder b = PatientCase.builder();
              id.ifPresent(b::id);
              return b.patient(patient.orElseThrow())
                  .host(host.orElseThrow())
                  .disease(disease.orElseThrow())
                  .virology(virology.orElseThrow())
                  .labs(labs.orElseThrow())
                  .treatment(treatment.orElseThrow())
                  .build();
            });
    return built.isPresent()
        ? new JsonResult.Valid<>(built.get())
        : new JsonResult.Invalid<>(id, problems.list());
  }

  private static Optional<Patient> patient(ObjectView v, Problems problems) {
    int before = problems.size();
    v.acceptOnly(PATIENT_KEYS);
    OptionalDouble age = v.number("ageYears", REQUIRED, CaseLimits.AGE_YEARS);
    if (age.isPresent() && age.getAsDouble() < CaseLimits.MIN_AGE_IN_SCOPE_YEARS) {
      problems.add(
          v.pathOf("ageYears"),
          String.format(
              Locale.ROOT,
              "value %s years is under 28 days (%.4f years): congenital or neonatal CMV is out"
                  + " of scope",
              age.getAsDouble(),
              CaseLimits.MIN_AGE_IN_SCOPE_YEARS));
    }
    Optional<Sex> sex = v.enumValue("sex", REQUIRED, Sex.class);
    OptionalDouble weight = v.number("weightKg", REQUIRED, CaseLimits.WEIGHT_KG);
    OptionalDouble height = v.number("heightCm", REQUIRED, CaseLimits.HEIGHT_CM);
    Optional<RenalReplacement> renal =
        v.enumValue("renalReplacement", REQUIRED, RenalReplacement.class);
    Optional<SerumCreatinine> scr =
        v.object("serumCreatinine", OPTIONAL)
            .flatMap(
                c ->
                    creatinine(
                        c,
                        CaseLimits.SERUM_CREATININE_MG_DL,
                        CaseLimits.SERUM_CREATININE_UMOL_L,
                        problems));
    if (v.isAbsent("serumCreatinine")
        && renal.isPresent()
        && renal.get() != RenalReplacement.INTERMITTENT_HEMODIALYSIS) {
      problems.add(
          v.pathOf("serumCreatinine"),
          "required unless renalReplacement is intermittent_hemodialysis (renalReplacement is "
              + Text.jsonName(renal.get())
              + ")");
    }
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        v.path(),
        problems,
        () ->
            Patient.builder()
                .age(Age.years(age.getAsDouble()))
                .sex(sex.orElseThrow())
                .weight(Mass.kilograms(weight.getAsDouble()))
                .height(Length.centimetres(height.getAsDouble()))
                .serumCreatinine(scr)
                .renalReplacement(renal.orElseThrow())
                .build());
  }

  private static Optional<SerumCreatinine> creatinine(
      ObjectView c, FieldRange mgPerDl, FieldRange umolPerL, Problems problems) {
    int before = problems.size();
    c.acceptOnly(CREATININE_KEYS);
    Optional<CreatinineUnit> unit = c.choice("unit", REQUIRED, UNITS);
    OptionalDouble value =
        unit.isPresent()
            ? c.number(
                "value", REQUIRED, unit.get() == CreatinineUnit.MG_PER_DL ? mgPerDl : umolPerL)
            : c.rawNumber("value", REQUIRED);
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        c.path(), problems, () -> new SerumCreatinine(value.getAsDouble(), unit.orElseThrow()));
  }

  private static Optional<Host> host(ObjectView v, Problems problems) {
    int before = problems.size();
    v.acceptOnly(HOST_KEYS);
    Optional<HostCategory> category = v.enumValue("category", REQUIRED, HostCategory.class);
    OptionalDouble cd4 = v.number("cd4PerUl", OPTIONAL, CaseLimits.CD4_PER_UL);
    Optional<Boolean> art = v.bool("onAntiretroviralTherapy");
    Optional<Boolean> suppressed = v.bool("hivRnaSuppressed");
    OptionalDouble months =
        v.number("monthsCd4Above100", OPTIONAL, CaseLimits.MONTHS_CD4_ABOVE_100);
    Optional<Boolean> ciclosporin = v.bool("onCiclosporin");
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        v.path(),
        problems,
        () -> {
          Host.Builder b = Host.builder().category(category.orElseThrow());
          cd4.ifPresent(c -> b.cd4(CellCount.perMicrolitre(c)));
          b.onAntiretroviralTherapy(art).hivRnaSuppressed(suppressed);
          months.ifPresent(b::monthsCd4Above100);
          return b.onCiclosporin(ciclosporin).build();
        });
  }

  private static Optional<Disease> disease(ObjectView v, Problems problems) {
    int before = problems.size();
    v.acceptOnly(DISEASE_KEYS);
    Optional<List<DiseaseSite>> sites =
        v.enumList("sites", REQUIRED, DiseaseSite.class, "site");
    if (sites.isPresent() && sites.get().isEmpty()) {
      problems.add(v.pathOf("sites"), "at least one disease site is required (was [])");
    }
    if (sites.isPresent()
        && sites.get().contains(DiseaseSite.DNAEMIA_ONLY)
        && sites.get().size() > 1) {
      List<String> endOrgan = new ArrayList<>();
      sites.get().stream()
          .filter(DiseaseSite::isEndOrgan)
          .forEach(s -> endOrgan.add(Text.jsonName(s)));
      problems.add(
          v.pathOf("sites"),
          "contradictory input: dnaemia_only cannot be given together with an end-organ site ("
              + String.join(", ", endOrgan)
              + ")");
    }
    Optional<Severity> severity = v.enumValue("severity", REQUIRED, Severity.class);
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        v.path(),
        problems,
        () ->
            Disease.builder()
                .addAllSites(sites.orElseThrow())
                .severity(severity.orElseThrow())
                .build());
  }

  private static Optional<Virology> virology(ObjectView v, Problems problems) {
    int before = problems.size();
    v.acceptOnly(VIROLOGY_KEYS);
    Optional<List<Drug>> resistant = v.enumList("resistantTo", OPTIONAL, Drug.class, "drug");
    Optional<Boolean> refractory = v.bool("refractory");
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        v.path(),
        problems,
        () ->
            Virology.builder()
                .addAllResistantTo(resistant.orElseThrow())
                .refractory(refractory)
                .build());
  }

  private static Optional<Labs> labs(ObjectView v, Problems problems) {
    int before = problems.size();
    v.acceptOnly(LABS_KEYS);
    OptionalDouble anc = v.number("ancPerUl", OPTIONAL, CaseLimits.ANC_PER_UL);
    OptionalDouble platelets = v.number("plateletsPerUl", OPTIONAL, CaseLimits.PLATELETS_PER_UL);
    OptionalDouble hb = v.number("hemoglobinGPerDl", OPTIONAL, CaseLimits.HEMOGLOBIN_G_PER_DL);
    OptionalDouble protein =
        v.number("urineProteinMgPerDl", OPTIONAL, CaseLimits.URINE_PROTEIN_MG_PER_DL);
    Optional<SerumCreatinine> baseline =
        v.object("baselineSerumCreatinine", OPTIONAL)
            .flatMap(
                c ->
                    creatinine(
                        c,
                        CaseLimits.BASELINE_CREATININE_MG_DL,
                        CaseLimits.BASELINE_CREATININE_UMOL_L,
                        problems));
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        v.path(),
        problems,
        () -> {
          Labs.Builder b = Labs.builder();
          anc.ifPresent(x -> b.anc(CellCount.perMicrolitre(x)));
          platelets.ifPresent(x -> b.platelets(CellCount.perMicrolitre(x)));
          hb.ifPresent(x -> b.hemoglobin(Haemoglobin.gramsPerDecilitre(x)));
          protein.ifPresent(x -> b.urineProtein(UrineProtein.mgPerDecilitre(x)));
          return b.baselineSerumCreatinine(baseline).build();
        });
  }

  private static Optional<Treatment> treatment(ObjectView v, Problems problems) {
    int before = problems.size();
    v.acceptOnly(TREATMENT_KEYS);
    Optional<TreatmentPhase> phase = v.enumValue("phase", REQUIRED, TreatmentPhase.class);
    OptionalInt ivDays = v.wholeNumber("daysOfIvTherapy", OPTIONAL, CaseLimits.DAYS_OF_IV_THERAPY);
    OptionalInt inductionDays =
        v.wholeNumber("daysOfInduction", OPTIONAL, CaseLimits.DAYS_OF_INDUCTION);
    Optional<Boolean> improving = v.bool("clinicallyImproving");
    Optional<Boolean> oral = v.bool("canTakeOral");
    Optional<Boolean> gi = v.bool("giAbsorptionImpaired");
    Optional<Boolean> intolerance = v.bool("ganciclovirIntolerance");
    Optional<Boolean> nephrotoxic = v.bool("nephrotoxicComedication");
    Optional<Boolean> letermovir = v.bool("onLetermovir");
    Optional<List<Inducer>> inducers = v.enumList("inducers", OPTIONAL, Inducer.class, "inducer");
    if (problems.size() != before) {
      return Optional.empty();
    }
    return build(
        v.path(),
        problems,
        () ->
            Treatment.builder()
                .phase(phase.orElseThrow())
                .daysOfIvTherapy(ivDays)
                .daysOfInduction(inductionDays)
                .clinicallyImproving(improving)
                .canTakeOral(oral)
                .giAbsorptionImpaired(gi)
                .ganciclovirIntolerance(intolerance)
                .nephrotoxicComedication(nephrotoxic)
                .onLetermovir(letermovir)
                .addAllInducers(inducers.orElseThrow())
                .build());
  }

  /** Builds a value; a builder's rejection becomes a field error, never an exception. */
  private static <T> Optional<T> build(String section, Problems problems, Supplier<T> builder) {
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException e) {
      problems.addRejection(section, e);
      return Optional.empty();
    }
  }

  private static Map<String, CreatinineUnit> unitsBySymbol() {
    Map<String, CreatinineUnit> units = new LinkedHashMap<>();
    for (CreatinineUnit u : CreatinineUnit.values()) {
      units.put(u.symbol(), u);
    }
    return units;
  }

  // ---------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a case in the JSON contract, on one line; {@link #read(String)} reads it back to an
   * equal case. Absent optional values are left out; so are the virology and labs sections when
   * nothing in them is known.
   *
   * @param patientCase the case
   * @return the JSON document
   */
  public static String write(PatientCase patientCase) {
    StringWriter out = new StringWriter();
    try {
      write(patientCase, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes a case in the JSON contract, on one line, to {@code out} (not closed).
   *
   * @param patientCase the case
   * @param out where to write
   * @throws IOException if the writer fails
   */
  public static void write(PatientCase patientCase, Writer out) throws IOException {
    try (JsonGenerator g =
        DocumentReader.FACTORY
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      writeCase(g, patientCase);
    }
  }

  private static void writeCase(JsonGenerator g, PatientCase c) throws IOException {
    g.writeStartObject();
    if (c.id().isPresent()) {
      g.writeStringField("id", c.id().get());
    }
    Patient p = c.patient();
    g.writeObjectFieldStart("patient");
    g.writeNumberField("ageYears", p.age().years());
    g.writeStringField("sex", Text.jsonName(p.sex()));
    g.writeNumberField("weightKg", p.weight().kilograms());
    g.writeNumberField("heightCm", p.height().centimetres());
    if (p.serumCreatinine().isPresent()) {
      writeCreatinine(g, "serumCreatinine", p.serumCreatinine().get());
    }
    g.writeStringField("renalReplacement", Text.jsonName(p.renalReplacement()));
    g.writeEndObject();

    Host h = c.host();
    g.writeObjectFieldStart("host");
    g.writeStringField("category", Text.jsonName(h.category()));
    if (h.cd4().isPresent()) {
      g.writeNumberField("cd4PerUl", h.cd4().get().perMicrolitre());
    }
    writeBoolean(g, "onAntiretroviralTherapy", h.onAntiretroviralTherapy());
    writeBoolean(g, "hivRnaSuppressed", h.hivRnaSuppressed());
    if (h.monthsCd4Above100().isPresent()) {
      g.writeNumberField("monthsCd4Above100", h.monthsCd4Above100().getAsDouble());
    }
    writeBoolean(g, "onCiclosporin", h.onCiclosporin());
    g.writeEndObject();

    g.writeObjectFieldStart("disease");
    writeEnumList(g, "sites", c.disease().sites());
    g.writeStringField("severity", Text.jsonName(c.disease().severity()));
    g.writeEndObject();

    Virology v = c.virology();
    if (!v.equals(Virology.unknown())) {
      g.writeObjectFieldStart("virology");
      writeEnumList(g, "resistantTo", v.resistantTo());
      writeBoolean(g, "refractory", v.refractory());
      g.writeEndObject();
    }

    Labs l = c.labs();
    if (!l.equals(Labs.unknown())) {
      g.writeObjectFieldStart("labs");
      if (l.anc().isPresent()) {
        g.writeNumberField("ancPerUl", l.anc().get().perMicrolitre());
      }
      if (l.platelets().isPresent()) {
        g.writeNumberField("plateletsPerUl", l.platelets().get().perMicrolitre());
      }
      if (l.hemoglobin().isPresent()) {
        g.writeNumberField("hemoglobinGPerDl", l.hemoglobin().get().gramsPerDecilitre());
      }
      if (l.urineProtein().isPresent()) {
        g.writeNumberField("urineProteinMgPerDl", l.urineProtein().get().mgPerDecilitre());
      }
      if (l.baselineSerumCreatinine().isPresent()) {
        writeCreatinine(g, "baselineSerumCreatinine", l.baselineSerumCreatinine().get());
      }
      g.writeEndObject();
    }

    Treatment t = c.treatment();
    g.writeObjectFieldStart("treatment");
    g.writeStringField("phase", Text.jsonName(t.phase()));
    if (t.daysOfIvTherapy().isPresent()) {
      g.writeNumberField("daysOfIvTherapy", t.daysOfIvTherapy().getAsInt());
    }
    if (t.daysOfInduction().isPresent()) {
      g.writeNumberField("daysOfInduction", t.daysOfInduction().getAsInt());
    }
    writeBoolean(g, "clinicallyImproving", t.clinicallyImproving());
    writeBoolean(g, "canTakeOral", t.canTakeOral());
    writeBoolean(g, "giAbsorptionImpaired", t.giAbsorptionImpaired());
    writeBoolean(g, "ganciclovirIntolerance", t.ganciclovirIntolerance());
    writeBoolean(g, "nephrotoxicComedication", t.nephrotoxicComedication());
    writeBoolean(g, "onLetermovir", t.onLetermovir());
    if (!t.inducers().isEmpty()) {
      writeEnumList(g, "inducers", t.inducers());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeCreatinine(JsonGenerator g, String name, SerumCreatinine scr)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("value", scr.value());
    g.writeStringField("unit", scr.unit().symbol());
    g.writeEndObject();
  }

  private static void writeBoolean(JsonGenerator g, String name, Optional<Boolean> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  private static void writeEnumList(JsonGenerator g, String name, Set<? extends Enum<?>> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> e : values) {
      g.writeString(Text.jsonName(e));
    }
    g.writeEndArray();
  }
}
