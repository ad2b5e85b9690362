/**
 * Text renderers for people: {@link ExplainText} (a recommendation as a clinician reads it) and
 * {@link RulesText} (the rule catalogue as text or JSON), which the {@code explain} and {@code
 * rules} commands of the {@code cli} module print. Output is built with {@link
 * java.util.Locale#ROOT} and {@code "\n"} line ends, whatever the machine's settings.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
