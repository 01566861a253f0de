package io.github.anjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Outcome;
import io.github.anjian.engine.Status;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a user checks their own fact files in a unit test: load a folder, check it, assert on the
 * outcomes they care about with AssertJ. Copy this into your project's tests.
 */
class SmallOfficeFactsTest {

    static Report report;

    @BeforeAll
    static void check() {
        LoadResult loaded = FactLoader.defaults().load(List.of(Path.of("src/test/resources/facts/small-office")));
        assertThat(loaded.errors()).as("the fact files load").isEmpty();
        Engine engine = Anjian.engine(AnjianRules.pack());
        report = engine.check(loaded.facts().orElseThrow(), CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void every_active_computer_with_current_signatures_passes_antivirus() {
        assertThat(report.outcomesOf("PRT-05"))
                .filteredOn(o -> o.subject().key().equals("pc-clean"))
                .extracting(Outcome::status).containsExactly(Status.PASS);
    }

    @Test
    void the_known_antivirus_gaps_are_reported() {
        assertThat(report.outcomesOf("PRT-05"))
                .filteredOn(o -> o.status() == Status.FAIL)
                .extracting(o -> o.subject().key())
                .containsExactlyInAnyOrder("pc-no-antivirus", "pc-old-signatures");
        assertThat(report.outcomesOf("PRT-05"))
                .filteredOn(o -> o.subject().key().equals("srv-auto"))
                .extracting(Outcome::status).containsExactly(Status.PARTIAL);
    }

    @Test
    void the_outsourcing_agreement_fails_and_says_why() {
        assertThat(report.violations())
                .filteredOn(v -> v.requirement().equals("OUT-01"))
                .singleElement()
                .satisfies(v -> assertThat(v.evidence()).containsEntry("contractors[c-web].agreement.expires", "2024-12-31"));
    }

    @Test
    void no_stated_media_means_the_media_rule_does_not_apply() {
        assertThat(report.requirement("SEC-02")).hasValueSatisfying(q ->
                assertThat(q.status()).isEqualTo(Status.NOT_APPLICABLE));
    }
}
