package org.improvementframework.io.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of framework-io's value types (options, layouts, locations): generated
 * classes stay package-private behind the abstract type, use only the JDK, and a builder takes
 * null for an optional setting, which then stays unset, as callers of the hand-written builders
 * they replaced could. An accessor named {@code rawX()} is the stored form of part {@code x},
 * set by the builder's {@code x(...)}, for a type whose public {@code x()} reads it another way
 * (a position of 0 that means unknown). One style for every package, so that the generated types
 * of io all behave alike; this package is not exported, so the annotation is no part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    get = {"get*", "raw*"},
    // Keeps @Generated off the generated classes: with the annotations jar only `provided`,
    // consumers compiling against io would warn "Cannot find annotation method 'from()'".
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
