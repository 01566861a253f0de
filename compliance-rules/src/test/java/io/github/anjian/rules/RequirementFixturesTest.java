package io.github.anjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.test.Fixture;
import io.github.anjian.test.Fixtures;
import io.github.anjian.test.RuleCoverage;
import io.github.anjian.test.RuleHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code src/test/resources/fixtures/<ID>/} through the compliance-test
 * {@link RuleHarness}: loads it, checks it with the parameters it states, and compares the outcomes with
 * its {@code # expect:} lines. Records which rules fired where ({@code target/rule-coverage.tsv}).
 */
class RequirementFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static RuleHarness harness;

    @BeforeAll
    static void buildEngine() {
        harness = RuleHarness.forPack(AnjianRules.pack());
    }

    static List<Fixture> fixtures() {
        return Fixtures.under(FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_gives_the_outcomes_it_states(Fixture fixture) {
        harness.verify(fixture);
    }

    @AfterAll
    static void everyRuleFiredSomewhere() throws IOException {
        RuleCoverage coverage = harness.coverage();
        coverage.writeTsv(Path.of("target/rule-coverage.tsv"));
        assertThat(coverage.neverFired()).as("rules that fired in no fixture (fired: %s)", coverage.firedIn().keySet())
                .isEmpty();
    }
}
