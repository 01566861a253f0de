package io.github.anjian.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bounds an integer fact; the loader reports values outside it. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Range {
    /** Smallest allowed value. */
    long min() default 0;

    /** Largest allowed value. */
    long max() default Long.MAX_VALUE;
}
