package io.github.anjian.test;

import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.report.RequirementResult;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one requirement's result and its (subject) outcomes. */
public final class RequirementAssert extends AbstractAssert<RequirementAssert, RequirementResult> {

    private final List<Outcome> outcomes;

    RequirementAssert(RequirementResult actual, List<Outcome> outcomes) {
        super(actual, RequirementAssert.class);
        this.outcomes = List.copyOf(outcomes);
    }

    /** The requirement status is this one. */
    public RequirementAssert hasStatus(Status status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected %s to be %s but was %s; outcomes:%n%s", actual.id(), status, actual.status(),
                    Describe.outcomes(outcomes));
        }
        return this;
    }

    /** The requirement passes (status PASS). */
    public RequirementAssert passes() {
        return hasStatus(Status.PASS);
    }

    /** No subject of the requirement ended in FAIL or PARTIAL. */
    public RequirementAssert hasNoFailingSubjects() {
        isNotNull();
        List<Outcome> bad = outcomes.stream().filter(o -> o.status().isViolation()).toList();
        if (!bad.isEmpty()) {
            failWithMessage("Expected no failing subjects of %s, but:%n%s", actual.id(), Describe.outcomes(bad));
        }
        return this;
    }

    /** Assertions on the outcome of one subject, e.g. {@code subject("device", "pc-7")}. */
    public OutcomeAssert subject(String type, String key) {
        isNotNull();
        Outcome o = outcomes.stream().filter(x -> x.subject().type().equals(type) && x.subject().key().equals(key))
                .findFirst().orElse(null);
        if (o == null) {
            failWithMessage("%s has no outcome for %s %s; outcomes:%n%s", actual.id(), type, key,
                    Describe.outcomes(outcomes));
        }
        return new OutcomeAssert(o);
    }

    /** The outcomes, for further AssertJ assertions. */
    public List<Outcome> outcomes() {
        return outcomes;
    }
}
