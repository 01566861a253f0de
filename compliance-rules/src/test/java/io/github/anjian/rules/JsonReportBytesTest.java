package io.github.anjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.catalog.Lang;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Format;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import io.github.anjian.report.diff.Snapshot;
import io.github.anjian.test.Fixture;
import io.github.anjian.test.Fixtures;
import io.github.anjian.test.RuleHarness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON report, streamed field by field, has the bytes of the report tree written value by value
 * ({@link TreeJsonOracle}), pretty and on one line, for every fixture's report and the seed example's
 * (both languages, and against a baseline).
 */
class JsonReportBytesTest {

    static RuleHarness harness;

    @BeforeAll
    static void buildEngine() {
        harness = RuleHarness.forPack(AnjianRules.pack());
    }

    static void assertSameBytes(String what, Report r) throws IOException {
        ByteArrayOutputStream pretty = new ByteArrayOutputStream();
        Renderers.of(Format.JSON).orElseThrow().render(r, pretty);
        assertBytes(what + " (pretty)", pretty.toByteArray(), TreeJsonOracle.render(r, true));
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        Renderers.jsonLine().render(r, line);
        assertBytes(what + " (one line)", line.toByteArray(), TreeJsonOracle.render(r, false));
    }

    private static void assertBytes(String what, byte[] actual, byte[] expected) {
        if (!java.util.Arrays.equals(actual, expected)) {
            assertThat(new String(actual, StandardCharsets.UTF_8)).as(what)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    @Test
    void every_fixture_report() throws IOException {
        List<Fixture> fixtures = Fixtures.under(RequirementFixturesTest.FIXTURES);
        assertThat(fixtures).hasSizeGreaterThan(100);
        for (Fixture f : fixtures) {
            assertSameBytes(f.toString(), harness.check(f).report());
        }
    }

    @Test
    void the_seed_example_in_both_languages_and_against_last_year() throws IOException {
        Engine engine = harness.engine();
        CheckOptions options = CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31));
        LoadResult seed = FactLoader.defaults().load(List.of(SeedBureauTest.SEED));
        LoadResult before = FactLoader.defaults().load(List.of(Path.of("../compliance-examples/examples/seed-bureau-2025")));
        Report last = engine.check(before.facts().orElseThrow(), CheckOptions.defaults().asOf(LocalDate.of(2024, 12, 31)));
        for (Lang lang : Lang.values()) {
            Report r = engine.check(seed.facts().orElseThrow(), options.lang(lang));
            assertSameBytes("seed " + lang, r);
            assertSameBytes("seed " + lang + " with baseline", r.withBaseline(Snapshot.of(last)));
        }
    }

    @Test
    void renders_anew_for_each_report() throws IOException {
        Report r = harness.engine().check(FactLoader.defaults().load(List.of(SeedBureauTest.SEED)).facts().orElseThrow(),
                CheckOptions.defaults());
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.jsonLine().render(r, a);
        Renderers.jsonLine().render(r, b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        assertThat(a.toString(StandardCharsets.UTF_8)).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
    }
}
