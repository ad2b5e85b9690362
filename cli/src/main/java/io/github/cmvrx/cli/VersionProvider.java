package io.github.cmvrx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The program version, from {@code version.properties} that the build writes beside this class
 * (Maven resource filtering of {@code src/main/resources-filtered}); {@code "dev"} when it is
 * missing or was not filtered.
 */
public final class VersionProvider implements IVersionProvider {
  /** The version when the build did not supply one. */
  public static final String FALLBACK = "dev";

  /** Creates the provider (picocli instantiates it). */
  public VersionProvider() {}

  @Override
  public String[] getVersion() {
    return new String[] {"cmvrx " + version()};
  }

  /**
   * Returns the version of this build.
   *
   * @return e.g. {@code "0.1.0-SNAPSHOT"}, or {@link #FALLBACK}
   */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return FALLBACK;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "").trim();
      return v.isEmpty() || v.contains("${") ? FALLBACK : v;
    } catch (IOException e) {
      return FALLBACK;
    }
  }
}
