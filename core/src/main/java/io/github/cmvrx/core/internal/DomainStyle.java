package io.github.cmvrx.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.cmvrx.core.validation.MissingFieldException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, put on every model package (dosing keeps a copy with
 * the same settings, {@code io.github.cmvrx.dosing.internal.DomainStyle}: this package is not
 * exported).
 *
 * <p>Strict builders (setting an attribute twice throws), generated classes hidden behind the
 * abstract types (never an {@code Immutable...} class in any signature), and
 * generated code that uses only the JDK. A required attribute left unset makes {@code build()}
 * throw {@link MissingFieldException} (an {@code IllegalArgumentException} naming the field path,
 * e.g. {@code "patient.sex is required"}).
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
