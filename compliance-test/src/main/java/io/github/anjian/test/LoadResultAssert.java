package io.github.anjian.test;

import io.github.anjian.load.LoadResult;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the result of loading fact files. */
public final class LoadResultAssert extends AbstractAssert<LoadResultAssert, LoadResult> {

    LoadResultAssert(LoadResult actual) {
        super(actual, LoadResultAssert.class);
    }

    /** The facts loaded without errors (warnings allowed). */
    public LoadResultAssert hasNoErrors() {
        isNotNull();
        if (!actual.errors().isEmpty()) {
            failWithMessage("Expected the fact files to load without errors, but got %d:%n%s", actual.errors().size(),
                    actual.errors().stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** The facts loaded without errors or warnings. */
    public LoadResultAssert hasNoWarnings() {
        hasNoErrors();
        if (!actual.warnings().isEmpty()) {
            failWithMessage("Expected no load warnings, but got %d:%n%s", actual.warnings().size(),
                    actual.warnings().stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
        }
        return this;
    }
}
