package io.github.cmvrx.core.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The wording of every {@link MessageKey}: one template per key, parsed once. A template is text
 * with placeholders {@code {n}} or {@code {n,style}}, {@code n} the argument index; the styles are
 * those of {@link NumberText} ({@code plain}, {@code f1}, {@code f2}, {@code f3}, {@code upto2},
 * {@code grouped}, {@code sig3}) and, for a list, its separator ({@code comma} ", ", {@code semi} "; ",
 * {@code and} " and "). A placeholder may name the limits its value is compared with after
 * {@code ~} ({@link Limits}: {@code {0,f1~10}}, {@code {0,upto2~{1}}}, {@code {0~{1}}}, {@code
 * {0,f1~}}): the value is then never written so that it reads as its limit, or on the wrong side
 * of it, when it is not equal to it (decision record 1407). A catalogue has a template for every key and no other, and each template
 * uses every argument of its key: otherwise it is refused when loaded. The default English
 * catalogue is the resource {@code messages.properties} of this package (UTF-8). Immutable.
 *
 * @since 0.3.0
 */
public final class MessageCatalogue {
  private static final MessageCatalogue ENGLISH = load("messages.properties");

  private final Template[] templates;

  private MessageCatalogue(Template[] templates) {
    this.templates = templates;
  }

  /**
   * Returns the default English catalogue.
   *
   * @return the catalogue
   */
  public static MessageCatalogue english() {
    return ENGLISH;
  }

  /**
   * Returns a catalogue from templates by key.
   *
   * @param wording one template per key
   * @return the catalogue
   * @throws IllegalArgumentException naming the key if a key has no template, or a template has
   *     a malformed placeholder, an argument index out of range, or leaves an argument unused
   */
  public static MessageCatalogue of(Map<MessageKey, String> wording) {
    requireNonNull(wording, "wording");
    Template[] templates = new Template[MessageKey.values().length];
    for (MessageKey key : MessageKey.values()) {
      String text = wording.get(key);
      if (text == null) {
        throw new IllegalArgumentException("message catalogue: no template for key " + key);
      }
      templates[key.ordinal()] = Template.parse(key, text);
    }
    return new MessageCatalogue(templates);
  }

  /**
   * Reads a catalogue in {@code .properties} form (key {@code =} template), UTF-8.
   *
   * @param reader the text
   * @return the catalogue
   * @throws IllegalArgumentException if a key is missing or unknown, or a template is malformed
   * @throws UncheckedIOException if the text cannot be read
   */
  public static MessageCatalogue read(Reader reader) {
    Properties p = new Properties();
    try {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<MessageKey, String> wording = new EnumMap<>(MessageKey.class);
    for (String name : p.stringPropertyNames()) {
      MessageKey key;
      try {
        key = MessageKey.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("message catalogue: unknown key " + name, e);
      }
      wording.put(key, p.getProperty(name));
    }
    return of(wording);
  }

  private static MessageCatalogue load(String resource) {
    try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("message catalogue resource missing: " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Template template(MessageKey key) {
    return templates[key.ordinal()];
  }

  /** One parsed template: literal text and placeholders, alternating. */
  static final class Template {
    /** Literal parts; literal i comes before placeholder i; one more literal than placeholders. */
    final String[] literals;

    /**
     * The literal parts escaped for a JSON string ({@link JsonText}), once, when the catalogue is
     * loaded: the same strings as {@link #literals} unless a literal holds a quotation mark, a
     * reverse solidus or a control character.
     */
    final String[] jsonLiterals;

    final int[] index;
    final Style[] styles;

    /**
     * The limits placeholder i is compared with ({@code ~} in the template), or null: most
     * placeholders have none.
     */
    final @Nullable Limits[] limits;

    private Template(String[] literals, int[] index, Style[] styles, @Nullable Limits[] limits) {
      this.literals = literals;
      this.index = index;
      this.styles = styles;
      this.limits = limits;
      this.jsonLiterals = new String[literals.length];
      for (int i = 0; i < literals.length; i++) {
        jsonLiterals[i] = JsonText.escaped(literals[i]);
      }
    }

    static Template parse(MessageKey key, String text) {
      List<String> literals = new ArrayList<>();
      List<Integer> index = new ArrayList<>();
      List<Style> styles = new ArrayList<>();
      List<@Nullable Limits> limits = new ArrayList<>();
      boolean[] used = new boolean[key.arity()];
      int from = 0;
      while (true) {
        int open = text.indexOf('{', from);
        if (open < 0) {
          literals.add(text.substring(from));
          break;
        }
        int close = closing(key, text, open);
        literals.add(text.substring(from, open));
        String inside = text.substring(open + 1, close);
        int tilde = inside.indexOf('~');
        String head = tilde < 0 ? inside : inside.substring(0, tilde);
        limits.add(tilde < 0 ? null : Limits.parse(key, inside.substring(tilde + 1)));
        int comma = head.indexOf(',');
        String number = comma < 0 ? head : head.substring(0, comma);
        int n;
        try {
          n = Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
          throw bad(key, "placeholder {" + inside + "} has no argument index");
        }
        if (n < 0 || n >= key.arity()) {
          throw bad(key, "placeholder {" + inside + "}: the key has " + key.arity() + " arguments");
        }
        used[n] = true;
        index.add(n);
        styles.add(comma < 0 ? Style.DEFAULT : Style.named(key, head.substring(comma + 1).trim()));
        from = close + 1;
      }
      if (literals.stream().anyMatch(l -> l.indexOf('}') >= 0)) {
        throw bad(key, "unmatched '}'");
      }
      for (int i = 0; i < used.length; i++) {
        if (!used[i]) {
          throw bad(key, "argument {" + i + "} is not used");
        }
      }
      int[] idx = index.stream().mapToInt(Integer::intValue).toArray();
      return new Template(
          literals.toArray(String[]::new),
          idx,
          styles.toArray(Style[]::new),
          limits.toArray(new Limits[0]));
    }

    /** The index of the '}' closing the placeholder opened at {@code open}, nested braces skipped. */
    private static int closing(MessageKey key, String text, int open) {
      int depth = 0;
      for (int i = open + 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (depth == 0) {
            return i;
          }
          depth--;
        }
      }
      throw bad(key, "unclosed '{'");
    }

    private static IllegalArgumentException bad(MessageKey key, String why) {
      return new IllegalArgumentException("message catalogue: key " + key + ": " + why);
    }
  }

  /**
   * The limits a value is compared with in its text, named after {@code ~} in its placeholder
   * (decision record 1407): numbers written in the template ({@code {0,f1~10}}), arguments of the
   * same message ({@code {0,upto2~{1}~{2}}}; an argument that is a message, such as a kidney
   * function band, gives each of its numbers), or, with nothing after {@code ~}, the limits of
   * the enclosing message ({@link #FROM_ENCLOSING}): {@code BELOW_10 = {0~10} is below 10} hands
   * 10 to its nested {@code CRCL = CrCl {0,f1~} mL/min}. Immutable.
   */
  static final class Limits {
    /** {@code ~} with nothing after it: the limits handed down by the enclosing message. */
    static final Limits FROM_ENCLOSING = new Limits(new double[0], new int[0]);

    /** Limits written in the template. */
    final double[] numbers;

    /** Indices of the arguments that are limits. */
    final int[] args;

    private Limits(double[] numbers, int[] args) {
      this.numbers = numbers;
      this.args = args;
    }

    /** Parses what follows the first {@code ~}: empty, or limits separated by {@code ~}. */
    static Limits parse(MessageKey key, String spec) {
      if (spec.isEmpty()) {
        return FROM_ENCLOSING;
      }
      List<Double> numbers = new ArrayList<>();
      List<Integer> args = new ArrayList<>();
      for (String part : spec.split("~", -1)) {
        String p = part.trim();
        if (p.length() > 2 && p.charAt(0) == '{' && p.charAt(p.length() - 1) == '}') {
          int n;
          try {
            n = Integer.parseInt(p.substring(1, p.length() - 1).trim());
          } catch (NumberFormatException e) {
            throw Template.bad(key, "limit " + p + " is not an argument");
          }
          if (n < 0 || n >= key.arity()) {
            throw Template.bad(key, "limit " + p + ": the key has " + key.arity() + " arguments");
          }
          args.add(n);
        } else if (p.matches("[0-9]+(\\.[0-9]+)?")) {
          numbers.add(Double.parseDouble(p));
        } else {
          throw Template.bad(key, "limit '" + p + "' is neither {n} nor a decimal number");
        }
      }
      return new Limits(
          numbers.stream().mapToDouble(Double::doubleValue).toArray(),
          args.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** How a placeholder writes its argument. */
  enum Style {
    DEFAULT,
    PLAIN,
    F1,
    F2,
    F3,
    UPTO2,
    GROUPED,
    SIG3,
    POINT,
    COMMA,
    SEMI,
    AND;

    static Style named(MessageKey key, String name) {
      for (Style s : values()) {
        if (s != DEFAULT && s.name().equalsIgnoreCase(name)) {
          return s;
        }
      }
      throw Template.bad(key, "unknown style '" + name + "'");
    }
  }
}
