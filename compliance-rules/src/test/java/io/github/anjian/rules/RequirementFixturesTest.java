package io.github.anjian.rules;

import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Outcome;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every fixture under {@code src/test/resources/fixtures/<ID>/}: loads it, checks it, and
 * compares the outcomes with its {@code # expect:} lines. Records which rules fired where.
 */
class RequirementFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static Engine engine;
    static final Map<String, Integer> FIRED = new ConcurrentHashMap<>();
    /** Rule name to the fixtures it fired in, written to target/rule-coverage.tsv. */
    static final Map<String, java.util.Set<String>> FIRED_IN = new ConcurrentHashMap<>();

    @BeforeAll
    static void buildEngine() {
        engine = Anjian.engine(AnjianRules.pack());
    }

    static Stream<Fixture> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Fixture::read).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_gives_the_outcomes_it_states(Fixture fixture) {
        LoadResult loaded = FactLoader.defaults().load(List.of(fixture.path()));
        assertThat(loaded.errors()).as("load errors of %s", fixture).isEmpty();
        assertThat(fixture.expectations()).as("%s states no expectation", fixture).isNotEmpty();
        CheckOptions options = CheckOptions.defaults();
        for (var p : fixture.parameters().entrySet()) {
            options = options.parameter(p.getKey(), p.getValue());
        }
        Map<String, Integer> fired = new TreeMap<>();
        Report report = engine.check(loaded.facts().orElseThrow(), options, fired);
        fired.forEach((rule, n) -> FIRED.merge(rule, n, Integer::sum));
        fired.keySet().forEach(rule -> FIRED_IN.computeIfAbsent(rule, k -> new java.util.concurrent.ConcurrentSkipListSet<>())
                .add(fixture.toString()));
        for (Fixture.Expectation e : fixture.expectations()) {
            if (e.subject() == null) {
                RequirementResult r = report.requirement(e.requirement()).orElseThrow();
                assertThat(r.status()).as("%s status of %s; outcomes %s", fixture, e.requirement(),
                        report.outcomesOf(e.requirement())).isEqualTo(e.status());
            } else {
                String[] tk = e.subject().split(":", 2);
                Outcome o = report.outcomesOf(e.requirement()).stream()
                        .filter(x -> x.subject().type().equals(tk[0]) && x.subject().key().equals(tk[1]))
                        .findFirst().orElse(null);
                assertThat(o).as("%s: no outcome of %s for %s; outcomes %s", fixture, e.requirement(), e.subject(),
                        report.outcomesOf(e.requirement())).isNotNull();
                assertThat(o.status()).as("%s: %s on %s (%s)", fixture, e.requirement(), e.subject(), o).isEqualTo(e.status());
                if (e.missing() != null) {
                    assertThat(o.missing()).as("%s: missing paths", fixture).containsExactlyInAnyOrderElementsOf(e.missing());
                }
            }
        }
    }

    @AfterAll
    static void everyRuleFiredSomewhere() throws IOException {
        StringBuilder tsv = new StringBuilder("rule\tfixtures\n");
        for (String rule : new java.util.TreeSet<>(engine.ruleIds().keySet())) {
            tsv.append(rule).append('\t').append(String.join(" ", FIRED_IN.getOrDefault(rule, java.util.Set.of()))).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/rule-coverage.tsv"), tsv);
        List<String> never = engine.ruleIds().keySet().stream().filter(r -> !FIRED.containsKey(r)).sorted().toList();
        assertThat(never).as("rules that fired in no fixture (fired: %s)", new TreeMap<>(FIRED)).isEmpty();
    }
}
