package io.github.anjian.test;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Status;
import io.github.anjian.rating.Grade;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import io.github.anjian.report.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Report}; obtain with {@link AnjianAssertions#assertThat(Report)}. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /** The grade is exactly this one. */
    public ReportAssert hasGrade(Grade grade) {
        isNotNull();
        if (actual.rating().grade() != grade) {
            failWithMessage("Expected grade %s but was %s (score %s); open violations:%n%s", grade,
                    actual.rating().grade(), actual.rating().score(), Describe.violations(unwaived()));
        }
        return this;
    }

    /** The grade is this one or better (POOR &lt; FAIR &lt; GOOD &lt; EXCELLENT). */
    public ReportAssert hasGradeAtLeast(Grade grade) {
        isNotNull();
        if (actual.rating().grade().compareTo(grade) < 0) {
            failWithMessage("Expected grade %s or better but was %s (score %s); open violations:%n%s", grade,
                    actual.rating().grade(), actual.rating().score(), Describe.violations(unwaived()));
        }
        return this;
    }

    /** The score is at least this. */
    public ReportAssert hasScoreAtLeast(double min) {
        isNotNull();
        if (actual.rating().score().compareTo(BigDecimal.valueOf(min)) < 0) {
            failWithMessage("Expected a score of at least %s but was %s; open violations:%n%s", min,
                    actual.rating().score(), Describe.violations(unwaived()));
        }
        return this;
    }

    /** The coverage (share of decided requirement weight, percent) is at least this. */
    public ReportAssert hasCoverageAtLeast(double minPercent) {
        isNotNull();
        if (actual.rating().coverage().compareTo(BigDecimal.valueOf(minPercent)) < 0) {
            failWithMessage("Expected coverage of at least %s%% but was %s%%; %d unknown outcomes, e.g.:%n%s",
                    minPercent, actual.rating().coverage(), actual.unknowns().size(),
                    actual.unknowns().stream().limit(10).map(u -> "  " + u.requirement() + " "
                            + Describe.subject(u.subject()) + " missing " + String.join(", ", u.missing()))
                            .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** No unwaived FAIL or PARTIAL at all. */
    public ReportAssert hasNoUnwaivedViolations() {
        return hasNoUnwaivedViolationsOfSeverity(Severity.LOW);
    }

    /** No unwaived FAIL or PARTIAL at or above this severity (as {@code --fail-on}). */
    public ReportAssert hasNoUnwaivedViolationsOfSeverity(Severity min) {
        isNotNull();
        List<Violation> bad = unwaived().stream().filter(v -> v.severity().atLeast(min)).toList();
        if (!bad.isEmpty()) {
            failWithMessage("Expected no unwaived violations of severity %s or above, but found %d:%n%s",
                    min.name().toLowerCase(java.util.Locale.ROOT), bad.size(), Describe.violations(bad));
        }
        return this;
    }

    /** No requirement ended in ERROR (a rule failed). */
    public ReportAssert hasNoErrors() {
        isNotNull();
        List<RequirementResult> errors = actual.requirements().stream().filter(r -> r.status() == Status.ERROR).toList();
        if (!errors.isEmpty()) {
            failWithMessage("Expected no rule errors, but:%n%s", Describe.outcomes(actual.outcomes().stream()
                    .filter(o -> o.status() == Status.ERROR).toList()));
        }
        return this;
    }

    /** Assertions on one requirement's result and outcomes; fails when the report lacks it. */
    public RequirementAssert requirement(String id) {
        isNotNull();
        RequirementResult r = actual.requirement(id).orElse(null);
        if (r == null) {
            failWithMessage("The report has no requirement %s; it has %s", id,
                    actual.requirements().stream().map(RequirementResult::id).toList());
        }
        return new RequirementAssert(r, actual.outcomesOf(id));
    }

    /** Assertions on the report's violations (waived or not), narrowed with the {@code with...} filters. */
    public ViolationsAssert violations() {
        isNotNull();
        return new ViolationsAssert(actual.violations());
    }

    private List<Violation> unwaived() {
        return actual.violations().stream().filter(v -> !v.waived()).toList();
    }
}
