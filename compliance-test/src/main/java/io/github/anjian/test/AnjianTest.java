package io.github.anjian.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that checks fact files: its test methods (and lifecycle methods) may take
 * {@link io.github.anjian.engine.Engine}, {@link io.github.anjian.catalog.RulePack} and {@link Checker}
 * parameters. The engine is compiled once and shared by every test class that uses the same rule pack.
 *
 * <pre>{@code
 * @AnjianTest(asOf = "2025-12-31")
 * class MyFactsTest {
 *     @Test
 *     void no_high_violations(Checker checker) {
 *         assertThat(checker.check(Path.of("facts"))).hasNoUnwaivedViolationsOfSeverity(Severity.HIGH);
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AnjianExtension.class)
public @interface AnjianTest {

    /**
     * A class with a public static no-argument {@code pack()} method returning the
     * {@link io.github.anjian.catalog.RulePack}. Default: {@code io.github.anjian.rules.AnjianRules}, the
     * built-in catalog (put {@code compliance-rules} on the test class path).
     */
    Class<?> rules() default void.class;

    /** The evaluation date of the injected {@link Checker}, {@code YYYY-MM-DD}; empty: the facts' own. */
    String asOf() default "";
}
