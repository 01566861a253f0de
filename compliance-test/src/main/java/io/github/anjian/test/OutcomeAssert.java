package io.github.anjian.test;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the outcome of one requirement on one subject. */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

    OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }

    /** The status is this one. */
    public OutcomeAssert hasStatus(Status status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected %s to be %s but was:%n  %s", actual.requirement(), status, Describe.outcome(actual));
        }
        return this;
    }

    /** The missing field paths are exactly these (any order). */
    public OutcomeAssert hasMissing(String... paths) {
        isNotNull();
        if (!new java.util.HashSet<>(actual.missing()).equals(new java.util.HashSet<>(List.of(paths)))
                || actual.missing().size() != paths.length) {
            failWithMessage("Expected missing %s but was:%n  %s", List.of(paths), Describe.outcome(actual));
        }
        return this;
    }

    /** The evidence has this field path with this value. */
    public OutcomeAssert hasEvidence(String path, String value) {
        isNotNull();
        if (!value.equals(actual.evidence().get(path))) {
            failWithMessage("Expected evidence %s = %s but was:%n  %s", path, value, Describe.outcome(actual));
        }
        return this;
    }
}
