package org.improvementframework.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this package: generated classes stay package-private behind the
 * abstract types, use only the JDK, and keep collections in insertion order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = true),
    // A default here never reads another attribute (Milestone's target and status are
    // constants), so the generated constructor sets them in order, without the "InitShim"
    // object and the two volatile writes it cost every milestone built.
    unsafeDefaultAndDerived = true,
    // Keeps @Generated off the generated classes: with the annotations jar only `provided`,
    // consumers compiling against the model would warn "Cannot find annotation method 'from()'".
    allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
