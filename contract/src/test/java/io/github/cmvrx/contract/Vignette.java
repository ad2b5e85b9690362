package io.github.cmvrx.contract;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One end-to-end clinical vignette read from {@code src/test/resources/vignettes}: a case in the
 * shared case-format, an optional policy, and the expectations computed by hand from the
 * clinical basis (see {@link VignetteExpectations} for what each expectation key means).
 *
 * @param file the file name, e.g. {@code 05-cns-partial-foscarnet-renal-cutoff.json}
 * @param root the whole document
 */
record Vignette(String file, JsonNode root) {

  /** The classpath folder that holds the vignettes. */
  static final String FOLDER = "/vignettes";

  /** Reads vignettes strictly: a duplicate key in a vignette is an error, not a silent overwrite. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  Vignette {
    requireNonNull(file, "file");
    requireNonNull(root, "root");
  }

  /**
   * Returns the case as JSON text, exactly as a caller of {@code CaseJson.read} would send it.
   *
   * @return the case document
   */
  String caseJson() {
    return root.path("case").toString();
  }

  /**
   * Returns the policy as JSON text, if the vignette has one.
   *
   * @return the policy document; empty means the label defaults
   */
  Optional<String> policyJson() {
    JsonNode policy = root.get("policy");
    return policy == null || policy.isNull() ? Optional.empty() : Optional.of(policy.toString());
  }

  /**
   * Returns the expectations object.
   *
   * @return the {@code expect} node (a missing node if the vignette has none)
   */
  JsonNode expect() {
    return root.path("expect");
  }

  /**
   * Loads every {@code *.json} file of the vignette folder, in file-name order.
   *
   * @return the vignettes
   * @throws UncheckedIOException if the folder or a file cannot be read or parsed
   */
  static List<Vignette> loadAll() {
    URL folder = Vignette.class.getResource(FOLDER);
    if (folder == null) {
      throw new IllegalStateException("vignette folder " + FOLDER + " is not on the test classpath");
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(Vignette::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad vignette folder URL " + folder, e);
    }
  }

  private static Vignette load(Path path) {
    try {
      return new Vignette(path.getFileName().toString(), MAPPER.readTree(path.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("vignette " + path.getFileName() + " is not valid JSON", e);
    }
  }
}
