/**
 * Typed facts and their wording: a rule states a {@link io.github.cmvrx.core.text.Message} (a
 * stable {@link io.github.cmvrx.core.text.MessageKey} and typed arguments); the one {@link
 * io.github.cmvrx.core.text.MessageCatalogue} holds all clinical wording; the one {@link
 * io.github.cmvrx.core.text.Renderer} turns messages into text at the edge (JSON, explain, CDS
 * cards), with the one number formatter {@link io.github.cmvrx.core.text.NumberText}.
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.core.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
