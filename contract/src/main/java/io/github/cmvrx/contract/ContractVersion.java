package io.github.cmvrx.contract;

import static io.github.cmvrx.contract.ObjectView.Presence.OPTIONAL;

import java.util.Optional;

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

  /**
   * Checks the optional {@code contractVersion} of a document's top level, recording a problem
   * on the field when it is not a {@code "MAJOR.MINOR"} string of major version {@value #MAJOR}.
   */
  static void check(ObjectView root, Problems problems) {
    Optional<String> value = root.string(KEY, OPTIONAL);
    if (value.isPresent()) {
      problem(value.get()).ifPresent(m -> problems.add(KEY, m));
    }
  }

  /**
   * Returns what is wrong with a given {@code contractVersion}: not {@code "MAJOR.MINOR"} (each
   * 0 or 1 to 9 digits without a leading zero), or a major version other than {@value #MAJOR}.
   *
   * @param value the string given
   * @return the message for the field, or empty if the version is read
   */
  static Optional<String> problem(String value) {
    int dot = value.indexOf('.');
    if (dot < 0 || !isNumber(value, 0, dot) || !isNumber(value, dot + 1, value.length())) {
      return Optional.of(
          "value \""
              + Text.clip(value)
              + "\" is not a contract version: expected \"MAJOR.MINOR\", e.g. \""
              + CURRENT
              + "\"");
    }
    if (Integer.parseInt(value.substring(0, dot)) != MAJOR) {
      return Optional.of(
          "value \""
              + value
              + "\" is not a supported contract version: this reader understands major version "
              + MAJOR
              + " (\""
              + MAJOR
              + ".0\" and later minor versions)");
    }
    return Optional.empty();
  }

  /** Whether {@code s[from, to)} is 0 or 1 to 9 ASCII digits not starting with 0. */
  private static boolean isNumber(String s, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 9 || (length > 1 && s.charAt(from) == '0')) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
