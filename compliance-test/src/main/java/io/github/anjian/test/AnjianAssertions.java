package io.github.anjian.test;

import io.github.anjian.engine.Outcome;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.report.Violation;
import java.util.List;

/**
 * AssertJ entry points for Anjian reports. Failure messages list the offending violations or outcomes
 * with their fact file locations ({@code file:line:column}).
 *
 * <pre>{@code
 * import static io.github.anjian.test.AnjianAssertions.assertThat;
 *
 * assertThat(report).hasGrade(Grade.GOOD).hasNoUnwaivedViolationsOfSeverity(Severity.HIGH);
 * assertThat(report).requirement("PRT-05").hasStatus(Status.PASS);
 * assertThat(report).violations().withRequirement("SEC-02").isEmpty();
 * }</pre>
 */
public final class AnjianAssertions {

    private AnjianAssertions() {
    }

    /** Assertions on a report. */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /** Assertions on one outcome. */
    public static OutcomeAssert assertThat(Outcome actual) {
        return new OutcomeAssert(actual);
    }

    /** Assertions on a list of violations (e.g. {@code report.violations()}). */
    public static ViolationsAssert assertThatViolations(List<Violation> actual) {
        return new ViolationsAssert(actual);
    }

    /** Assertions on a load result: that it has no errors, listing them with their places when it has. */
    public static LoadResultAssert assertThat(LoadResult actual) {
        return new LoadResultAssert(actual);
    }
}
