package io.github.anjian.examples;

import static io.github.anjian.test.AnjianAssertions.assertThat;

import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.Status;
import io.github.anjian.rating.Grade;
import io.github.anjian.report.Report;
import io.github.anjian.test.AnjianTest;
import io.github.anjian.test.Checker;
import io.github.anjian.test.FactFilesSource;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * How a user checks their own fact files in a unit test with the {@code compliance-test} module: the
 * extension compiles the rules once and injects a {@link Checker}; the assertions name the offending
 * violations with file:line when they fail. Copy this into your project's tests.
 */
@AnjianTest(asOf = "2025-12-31")
class SmallOfficeFactsTest {

    static Report report;

    @BeforeAll
    static void check(Checker checker) {
        report = checker.check(Path.of("src/test/resources/facts/small-office"));
    }

    @Test
    void every_active_computer_with_current_signatures_passes_antivirus() {
        assertThat(report).requirement("PRT-05").subject("device", "pc-clean").hasStatus(Status.PASS);
    }

    @Test
    void the_known_antivirus_gaps_are_reported() {
        assertThat(report).violations().withRequirement("PRT-05").unwaived()
                .haveSubjects("pc-no-antivirus", "pc-old-signatures", "srv-auto");
        assertThat(report).requirement("PRT-05").subject("device", "srv-auto").hasStatus(Status.PARTIAL);
    }

    @Test
    void the_outsourcing_agreement_fails_and_says_why() {
        assertThat(report).violations().withRequirement("OUT-01").hasSize(1);
        assertThat(report).requirement("OUT-01").subject("system", "sys-web")
                .hasEvidence("contractors[c-web].agreement.expires", "2024-12-31");
    }

    @Test
    void no_stated_media_means_the_media_rule_does_not_apply() {
        assertThat(report).requirement("SEC-02").hasStatus(Status.NOT_APPLICABLE);
        assertThat(report).violations().withRequirement("SEC-02").isEmpty();
    }

    @Test
    void the_grade_reflects_the_high_severity_gaps() {
        assertThat(report).hasGrade(Grade.POOR).hasNoErrors();
        assertThat(report).violations().withSeverityAtLeast(Severity.HIGH).unwaived().isNotEmpty();
    }

    /** One test per fact set of a folder (here the runner's two examples). */
    @ParameterizedTest(name = "{0}")
    @FactFilesSource(value = "examples", kind = FactFilesSource.Kind.FOLDERS)
    void every_example_body_loads_and_checks_without_rule_errors(Path body, Checker checker) {
        assertThat(checker.check(body)).hasNoErrors().hasCoverageAtLeast(1);
    }
}
