package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.model.Drug;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue is complete and swappable: every key has a template, no template is
 * left over, every key renders with every argument shape without a leftover placeholder, every
 * key is stated by some rule, and a second catalogue changes the wording without touching a rule.
 */
class MessageCatalogueTest {
  /** Matches a placeholder left in rendered text. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  /** One sample argument of each shape a message can carry (shared with the JSON rendering test). */
  static final List<Function<Integer, Object>> SHAPES =
      List.of(
          i -> 1234.5 + i,
          i -> 25_000.0 * (i + 1),
          i -> i + 2,
          i -> Drug.values()[i % Drug.values().length],
          i -> Message.of(MessageKey.ONCE_DAILY),
          i -> List.of(Message.of(MessageKey.TWICE_DAILY), Message.of(MessageKey.EVERY_N_HOURS, 8)),
          i -> "field.path" + i);

  /** A wording of every key: "x" and the key's placeholders, "x {0} {1}" for two arguments. */
  static Map<MessageKey, String> placeholdersOnly() {
    Map<MessageKey, String> wording = new EnumMap<>(MessageKey.class);
    for (MessageKey key : MessageKey.values()) {
      StringBuilder t = new StringBuilder("x");
      for (int i = 0; i < key.arity(); i++) {
        t.append(" {").append(i).append('}');
      }
      wording.put(key, t.toString());
    }
    return wording;
  }

  private static Properties englishProperties() {
    try (InputStream in = MessageCatalogue.class.getResourceAsStream("messages.properties")) {
      assertThat(in).as("messages.properties on the class path").isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code key} with every argument of one shape (shared with the JSON rendering test). */
  static Message sample(MessageKey key, Function<Integer, Object> shape) {
    Object[] args = new Object[key.arity()];
    for (int i = 0; i < args.length; i++) {
      args[i] = shape.apply(i);
    }
    return key == MessageKey.VERBATIM ? Message.verbatim("as given") : Message.of(key, args);
  }

  @Test
  void everyKeyHasExactlyOneTemplateAndNoTemplateIsLeftOver() {
    Properties p = englishProperties();
    for (MessageKey key : MessageKey.values()) {
      assertThat(p.getProperty(key.name())).as("template of %s", key).isNotBlank();
    }
    assertThat(p.stringPropertyNames())
        .as("keys in messages.properties")
        .hasSize(MessageKey.values().length);
  }

  @Test
  void everyKeyRendersWithEveryArgumentShapeWithoutALeftoverPlaceholder() {
    for (MessageKey key : MessageKey.values()) {
      for (Function<Integer, Object> shape : SHAPES) {
        String text = Renderer.english().render(sample(key, shape));
        assertThat(text).as("%s", key).isNotEmpty();
        assertThat(PLACEHOLDER.matcher(text).find()).as("placeholder left in %s: %s", key, text).isFalse();
      }
    }
  }

  @Test
  void numbersFollowThePlaceholderStyle() {
    // CYTOPENIA_ANC = "ANC {0} /uL < {1,grouped}"; CRCL = "CrCl {0,f1} mL/min";
    // DOSE_BELOW_ONE_MG uses {0,upto2}; the baseline creatinine warning {0,sig3}.
    assertThat(Message.of(MessageKey.CYTOPENIA_ANC, 480.0, 500.0).toString())
        .isEqualTo("ANC 480 /uL < 500");
    assertThat(Message.of(MessageKey.CYTOPENIA_PLATELETS, 12_000.5, 25_000.0).toString())
        .isEqualTo("platelets 12000.5 /uL < 25,000");
    assertThat(Message.of(MessageKey.CRCL, 44.25).toString()).isEqualTo("CrCl 44.3 mL/min");
    assertThat(Message.of(MessageKey.DOSE_BELOW_ONE_MG, 0.5).toString())
        .startsWith("computed dose 0.5 mg is below 1 mg");
    // IMPLAUSIBLE_BASELINE_SERUM_CREATININE = "{0,sig3} mg/dL is below {1} mg/dL for age {2}"
    assertThat(
            Message.of(
                    MessageKey.IMPLAUSIBLE_BASELINE_SERUM_CREATININE,
                    0.2,
                    0.3,
                    Message.of(MessageKey.AGE_GROUP_ADULT))
                .toString())
        .isEqualTo("0.200 mg/dL is below 0.3 mg/dL for age 18 years and over");
    // BAND_CLOSED_OPEN = "[{0,point}, {1,point})": always with the point, as Double.toString.
    assertThat(Message.of(MessageKey.BAND_CLOSED_OPEN, 25.0, 69.5).toString())
        .isEqualTo("[25.0, 69.5)");
  }

  @Test
  void everyKeyIsStatedByARule() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> sources = new ArrayList<>();
    // The rules (core, dosing) and the one edge that states a message of its own (fhir: the
    // instruction of an order given after dialysis).
    for (String module : List.of("core", "dosing", "fhir")) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    StringBuilder all = new StringBuilder();
    for (Path f : sources) {
      if (!f.endsWith("MessageKey.java")) {
        all.append(Files.readString(f));
      }
    }
    Matcher m = Pattern.compile("MessageKey\\.([A-Z0-9_]+)").matcher(all);
    List<String> used = new ArrayList<>();
    while (m.find()) {
      used.add(m.group(1));
    }
    for (MessageKey key : MessageKey.values()) {
      assertThat(used).as("a rule states %s", key).contains(key.name());
    }
  }

  @Test
  void aSecondCatalogueChangesTheWordingWithoutTouchingARule() {
    Properties p = englishProperties();
    Map<MessageKey, String> pseudo = new EnumMap<>(MessageKey.class);
    for (MessageKey key : MessageKey.values()) {
      // Upper-case the words, keep the placeholders: a stand-in for a translation.
      String template = p.getProperty(key.name());
      StringBuilder b = new StringBuilder("[[");
      Matcher m = Pattern.compile("\\{[^}]*\\}").matcher(template);
      int from = 0;
      while (m.find()) {
        b.append(template.substring(from, m.start()).toUpperCase(java.util.Locale.ROOT));
        b.append(m.group());
        from = m.end();
      }
      b.append(template.substring(from).toUpperCase(java.util.Locale.ROOT)).append("]]");
      pseudo.put(key, b.toString());
    }
    Renderer renderer = new Renderer(MessageCatalogue.of(pseudo));
    Message m =
        Message.of(
            MessageKey.CNS_COMBINATION_NOT_POSSIBLE,
            Drug.FOSCARNET,
            Message.of(MessageKey.FOS_NOT_RECOMMENDED_INDUCTION, 0.35),
            Drug.GANCICLOVIR);
    assertThat(renderer.render(m))
        .isEqualTo(
            "[[CNS DISEASE: THE GANCICLOVIR + FOSCARNET COMBINATION IS NOT POSSIBLE BECAUSE"
                + " foscarnet IS EXCLUDED ([[CRCL 0.350 ML/MIN/KG IS AT OR BELOW 0.4: FOSCARNET NOT"
                + " RECOMMENDED (INDUCTION)]]); ganciclovir ALONE; CIDOFOVIR AND MARIBAVIR ARE NEVER"
                + " SUBSTITUTES. SPECIALIST REVIEW.]]");
    assertThat(Renderer.english().render(m))
        .isEqualTo(
            "CNS disease: the ganciclovir + foscarnet combination is not possible because foscarnet"
                + " is excluded (CrCl 0.350 mL/min/kg is at or below 0.4: foscarnet not recommended"
                + " (induction)); ganciclovir alone; cidofovir and maribavir are never substitutes."
                + " Specialist review.");
    for (MessageKey key : MessageKey.values()) {
      if (key != MessageKey.VERBATIM) {
        assertThat(renderer.render(sample(key, SHAPES.get(0)))).as("%s", key).startsWith("[[");
      }
    }
  }

  @Test
  void aCatalogueWithAMissingKeyOrAnUnusedArgumentIsRefused() {
    Map<MessageKey, String> wording = placeholdersOnly();
    assertThat(MessageCatalogue.of(wording)).isNotNull();
    Map<MessageKey, String> missing = new EnumMap<>(wording);
    missing.remove(MessageKey.CRCL);
    assertThatThrownBy(() -> MessageCatalogue.of(missing)).hasMessageContaining("CRCL");
    Map<MessageKey, String> unused = new EnumMap<>(wording);
    unused.put(MessageKey.CRCL, "CrCl");
    assertThatThrownBy(() -> MessageCatalogue.of(unused))
        .hasMessageContaining("CRCL")
        .hasMessageContaining("not used");
    Map<MessageKey, String> outOfRange = new EnumMap<>(wording);
    outOfRange.put(MessageKey.CRCL, "CrCl {0} {1}");
    assertThatThrownBy(() -> MessageCatalogue.of(outOfRange)).hasMessageContaining("1 arguments");
    assertThatThrownBy(() -> MessageCatalogue.read(new StringReader("NO_SUCH_KEY = x")))
        .hasMessageContaining("NO_SUCH_KEY");
  }
}
