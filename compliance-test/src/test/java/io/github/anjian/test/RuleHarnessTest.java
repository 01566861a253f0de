package io.github.anjian.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A custom DRL rule tested with small fixtures through the harness, with rule coverage. */
class RuleHarnessTest {

    static final RuleHarness HARNESS = RuleHarness.forPack(MyPack.pack());
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static List<Fixture> fixtures() {
        return Fixtures.under(FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void every_fixture_gives_what_it_states(Fixture fixture) {
        HarnessResult r = HARNESS.verify(fixture);
        assertThat(r.fired("MY-01 antivirus installed")).isTrue();
    }

    @Test
    void fixture_headers_are_read() {
        Fixture f = Fixtures.read(FIXTURES.resolve("MY-01/unknown-not-stated.yaml"));
        assertThat(f.group()).isEqualTo("MY-01");
        assertThat(f.kind()).isEqualTo("unknown");
        assertThat(f.expectations()).containsExactly(
                new Fixture.Expectation("MY-01", null, Status.UNKNOWN, null),
                new Fixture.Expectation("MY-01", "device:d1", Status.UNKNOWN, List.of("devices[d1].antivirus.installed")));
        assertThat(Fixtures.read(FIXTURES.resolve("MY-01/pass-installed.yaml")).asOf()).hasToString("2025-12-31");
    }

    @Test
    void an_unmet_expectation_fails_naming_the_outcome_and_its_place() {
        Fixture f = Fixtures.read(FIXTURES.resolve("MY-01/fail-missing.yaml"));
        Fixture wrong = new Fixture(f.group(), f.path(),
                List.of(new Fixture.Expectation("MY-01", "device:d2", Status.PASS, null)), f.parameters(), f.asOf());
        assertThatThrownBy(() -> HARNESS.verify(wrong)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expect MY-01 device:d2 PASS: was MY-01 FAIL device d2 at ")
                .hasMessageContaining("fail-missing.yaml:");
    }

    @Test
    void a_text_can_be_checked_without_a_file() {
        HarnessResult r = HARNESS.checkText("inline.yaml", """
                schema: anjian/v1
                organization: { id: o1, name: Inline, asOf: 2025-12-31 }
                devices:
                  - { id: d9, kind: terminal, antivirus: none }
                """, CheckOptions.defaults());
        AnjianAssertions.assertThat(r.report()).requirement("MY-01").subject("device", "d9").hasStatus(Status.FAIL);
        assertThat(r.firedRules()).containsEntry("MY-01 antivirus installed", 1);
    }

    @AfterAll
    static void every_rule_fired_somewhere() {
        assertThat(HARNESS.coverage().neverFired()).isEmpty();
        assertThat(HARNESS.coverage().ratio()).isEqualTo(1.0);
        assertThat(HARNESS.coverage().toTsv()).contains("MY-01 antivirus installed\tMY-01\t");
    }
}
