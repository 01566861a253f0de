package io.github.anjian.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source for {@code @ParameterizedTest}: one {@link java.nio.file.Path} argument per fact set in a
 * folder, sorted by name. A fact set is a fact file ({@code *.yaml}, {@code *.yml}, {@code *.json}) directly
 * in the folder or a subfolder (all its fact files are one set, as the runner reads a folder).
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @FactFilesSource("src/test/resources/bodies")
 * void every_body_has_no_high_violation(Path facts, Engine engine) { ... }
 * }</pre>
 *
 * The test fails (no arguments are made) when the folder does not exist or holds no fact set.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(FactFilesArgumentsProvider.class)
public @interface FactFilesSource {

    /** The folder, relative to the working directory (the module's base directory under Maven). */
    String value();

    /** Which entries are fact sets: files, subfolders, or both. */
    Kind kind() default Kind.BOTH;

    /** What counts as a fact set in the folder. */
    enum Kind {
        /** Fact files directly in the folder. */
        FILES,
        /** Subfolders of the folder. */
        FOLDERS,
        /** Both. */
        BOTH
    }
}
