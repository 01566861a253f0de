package io.github.anjian.test;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.Outcome;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * A rule author's harness: check small fixtures against a rule pack (the built-in one or your own DRL),
 * see which rules fired, verify the fixtures' {@code # expect:} lines and collect rule coverage across
 * fixtures. Thread-safe: fixtures may be checked in parallel.
 *
 * <pre>{@code
 * static final RuleHarness HARNESS = RuleHarness.forPack(
 *         RulePack.fromClasspath(MyRules.class.getClassLoader(), "com/example/rules", "my-rules", "1.0"));
 *
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("fixtures")            // Fixtures.under(Path.of("src/test/resources/fixtures"))
 * void fixture_holds(Fixture fixture) {
 *     HarnessResult r = HARNESS.verify(fixture);         // fails listing every unmet expectation
 *     assertThat(r.firedRules()).containsKey("MY-01 screen lock set");
 * }
 *
 * @AfterAll
 * static void every_rule_fired() {
 *     assertThat(HARNESS.coverage().neverFired()).isEmpty();
 * }
 * }</pre>
 */
public final class RuleHarness {

    private final Engine engine;
    private final Map<String, Set<String>> firedIn = new ConcurrentHashMap<>();

    private RuleHarness(Engine engine) {
        this.engine = engine;
    }

    /**
     * A harness that compiles the pack.
     *
     * @throws io.github.anjian.engine.RulePackException when a rule does not compile or names no requirement
     */
    public static RuleHarness forPack(RulePack pack) {
        return new RuleHarness(Anjian.engine(pack));
    }

    /** A harness on an engine already built (e.g. one injected by {@link AnjianExtension}). */
    public static RuleHarness of(Engine engine) {
        return new RuleHarness(engine);
    }

    /** The engine. */
    public Engine engine() {
        return engine;
    }

    /**
     * Loads a fixture file and checks it with the parameters and date its header states.
     *
     * @throws AssertionError when it does not load
     */
    public HarnessResult check(Path fixture) {
        return check(Fixtures.read(fixture));
    }

    /**
     * Checks a fixture with the parameters and date it states.
     *
     * @throws AssertionError when it does not load
     */
    public HarnessResult check(Fixture fixture) {
        return run(fixture.toString(), Checker.load(fixture.path()), options(fixture));
    }

    /**
     * Checks a fact text (YAML or JSON by the name's extension) with the given options.
     *
     * @throws AssertionError when it does not load
     */
    public HarnessResult checkText(String name, String content, CheckOptions options) {
        return run(name, Checker.facts(FactLoader.defaults().loadText(name, content), name), options);
    }

    /**
     * Checks a fixture and verifies every {@code # expect:} line.
     *
     * @throws AssertionError listing every unmet expectation with the outcomes it was compared with, or
     *         when the fixture states no expectation or does not load
     */
    public HarnessResult verify(Fixture fixture) {
        if (fixture.expectations().isEmpty()) {
            throw new AssertionError(fixture + " states no # expect: line");
        }
        HarnessResult result = check(fixture);
        List<String> problems = problems(fixture, result.report());
        if (!problems.isEmpty()) {
            throw new AssertionError(fixture + " (" + fixture.path() + "):\n" + String.join("\n", problems));
        }
        return result;
    }

    /** Which rules fired in which checks so far. */
    public RuleCoverage coverage() {
        return new RuleCoverage(engine.ruleIds(), firedIn);
    }

    private HarnessResult run(String name, Facts facts, CheckOptions options) {
        Map<String, Integer> fired = new TreeMap<>();
        Report report = engine.check(facts, options, fired);
        fired.keySet().forEach(rule -> firedIn.computeIfAbsent(rule, k -> new ConcurrentSkipListSet<>()).add(name));
        return new HarnessResult(report, fired);
    }

    private static CheckOptions options(Fixture fixture) {
        CheckOptions options = CheckOptions.defaults();
        if (fixture.asOf() != null) {
            options = options.asOf(fixture.asOf());
        }
        for (Map.Entry<String, BigDecimal> p : fixture.parameters().entrySet()) {
            options = options.parameter(p.getKey(), p.getValue());
        }
        return options;
    }

    /** The unmet expectations of a fixture in a report, one line each; empty when all hold. */
    public static List<String> problems(Fixture fixture, Report report) {
        List<String> out = new ArrayList<>();
        for (Fixture.Expectation e : fixture.expectations()) {
            List<Outcome> outcomes = report.outcomesOf(e.requirement());
            if (e.subject() == null) {
                RequirementResult r = report.requirement(e.requirement()).orElse(null);
                if (r == null) {
                    out.add("  expect " + e + ": the report has no requirement " + e.requirement());
                } else if (r.status() != e.status()) {
                    out.add("  expect " + e + ": was " + r.status() + "; outcomes:\n" + indent(Describe.outcomes(outcomes)));
                }
                continue;
            }
            String[] tk = e.subject().split(":", 2);
            Outcome o = outcomes.stream().filter(x -> x.subject().type().equals(tk[0]) && x.subject().key().equals(tk[1]))
                    .findFirst().orElse(null);
            if (o == null) {
                out.add("  expect " + e + ": no outcome for " + e.subject() + "; outcomes:\n" + indent(Describe.outcomes(outcomes)));
            } else if (o.status() != e.status()) {
                out.add("  expect " + e + ": was " + Describe.outcome(o));
            } else if (e.missing() != null && !(o.missing().size() == e.missing().size()
                    && o.missing().containsAll(e.missing()))) {
                out.add("  expect " + e + ": missing was " + o.missing());
            }
        }
        return out;
    }

    private static String indent(String lines) {
        return "  " + lines.replace("\n", "\n  ");
    }
}
