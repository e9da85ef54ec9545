package org.improvementframework.io.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the parts behind a hand-written {@code build()}, such as those of a
 * format exception: as {@link ValueStyle}, but the generated builder's own build method is named
 * {@code parts()}, so that a public builder extending it can offer {@code build()} returning what
 * the parts make (an exception, not the parts). A meta-annotation rather than {@code Value.Style}
 * on the type, so that consumers compiling against io without the annotations jar see no
 * unresolved annotation methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    build = "parts",
    jdkOnly = true,
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {Override.class})
public @interface PartsStyle {}
