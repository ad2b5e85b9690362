package io.github.cmvrx.core.text;

/**
 * The one-line statement that every output meant for a person carries: the command lines' help,
 * the {@code explain} text, the CDS Hooks cards and the service's start-up line. One home, so
 * every output says the same. A compile-time constant, so command-line annotations (picocli's
 * {@code footer}) can use it.
 *
 * @since 0.2.0
 */
public final class Disclaimer {
  private Disclaimer() {}

  /** "Decision support only: verify every dose; this does not replace clinical judgement." */
  public static final String TEXT =
      "Decision support only: verify every dose; this does not replace clinical judgement.";
}
