/**
 * Text renderers for people and the two command-line commands that print them: {@link ExplainText}
 * (a recommendation as a clinician reads it), {@link RulesText} (the rule catalogue as text or
 * JSON), {@link ExplainCommand} and {@link RulesCommand}. Output is built with {@link
 * java.util.Locale#ROOT} and {@code "\n"} line ends, whatever the machine's settings.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.simulation.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
