package io.github.cmvrx.contract;

import static io.github.cmvrx.contract.ObjectView.Presence.OPTIONAL;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the JSON contract: {@value #CURRENT}. Every recommendation carries it as {@code
 * contractVersion}; a case or a policy may give it, and a reader refuses, on the field {@code
 * contractVersion}, a major version other than {@value #MAJOR} or a value that is not {@code
 * "MAJOR.MINOR"} (decision record {@code docs/decisions/0750-contract-version.md}).
 *
 * @since 0.2.0
 */
public final class ContractVersion {
  private ContractVersion() {}

  /** The version this library writes, {@code "MAJOR.MINOR"}. */
  public static final String CURRENT = "1.0";

  /** The major version this library reads. */
  public static final int MAJOR = 1;

  /** The key, in a recommendation, a case and a policy. */
  static final String KEY = "contractVersion";

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /**
   * Checks the optional {@code contractVersion} of a document's top level, recording a problem
   * on the field when it is not a {@code "MAJOR.MINOR"} string of major version {@value #MAJOR}.
   */
  static void check(ObjectView root, Problems problems) {
    Optional<String> value = root.string(KEY, OPTIONAL);
    if (value.isEmpty()) {
      return;
    }
    Matcher m = FORM.matcher(value.get());
    if (!m.matches()) {
      problems.add(
          KEY,
          "value \""
              + Text.clip(value.get())
              + "\" is not a contract version: expected \"MAJOR.MINOR\", e.g. \""
              + CURRENT
              + "\"");
    } else if (Integer.parseInt(m.group(1)) != MAJOR) {
      problems.add(
          KEY,
          "value \""
              + value.get()
              + "\" is not a supported contract version: this reader understands major version "
              + MAJOR
              + " (\""
              + MAJOR
              + ".0\" and later minor versions)");
    }
  }
}
