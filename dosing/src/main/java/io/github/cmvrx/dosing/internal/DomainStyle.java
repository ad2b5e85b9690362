package io.github.cmvrx.dosing.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.cmvrx.core.validation.MissingFieldException;
import org.immutables.value.Value;

/**
 * The Immutables style of dosing's value packages: the same settings as core's {@code DomainStyle}
 * (an internal of core, so not visible here), which is the project's one style.
 *
 * <p>Strict builders (setting an attribute twice throws), generated classes hidden behind the
 * abstract types ({@code Policy}, never {@code ImmutablePolicy}, in any signature), and
 * generated code that uses only the JDK. A required attribute left unset makes {@code build()}
 * throw {@link MissingFieldException}, naming the field path (decision record 0752).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    throwForInvalidImmutableState = MissingFieldException.class,
    defaults = @Value.Immutable(copy = false))
public @interface DomainStyle {}
