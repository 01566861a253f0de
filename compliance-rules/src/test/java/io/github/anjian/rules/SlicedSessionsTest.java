package io.github.anjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.internal.Evaluation;
import io.github.anjian.engine.internal.RuleBase;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Large bodies are checked slice by slice, one Drools session per slice (every rule of the pack
 * judges one fact). Slices of three facts must give every fixture exactly the report of one session.
 */
class SlicedSessionsTest {

    static RulePack pack;
    static RuleBase rules;

    @BeforeAll
    static void build() {
        pack = AnjianRules.pack();
        rules = RuleBase.compile(pack);
    }

    static Stream<Path> factSets() throws IOException {
        try (Stream<Path> s = Files.walk(RequirementFixturesTest.FIXTURES)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return Stream.concat(files.stream(), Stream.of(Path.of("../compliance-examples/examples/seed-bureau")));
        }
    }

    @Test
    void every_rule_of_the_pack_judges_one_fact() {
        assertThat(rules.oneFactPerRule()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factSets")
    void slices_give_the_report_of_one_session(Path factSet) {
        LoadResult loaded = FactLoader.defaults().load(List.of(factSet));
        Facts facts = loaded.facts().orElseThrow(() -> new AssertionError(loaded.diagnostics().toString()));
        Report whole = new Evaluation(pack, rules, facts, CheckOptions.defaults()).run();
        Report sliced = new Evaluation(pack, rules, facts, CheckOptions.defaults()).slice(3).run();
        assertThat(sliced.outcomes()).isEqualTo(whole.outcomes());
        assertThat(sliced.violations()).isEqualTo(whole.violations());
        assertThat(sliced.rating()).isEqualTo(whole.rating());
        // report order (SPEC §6): catalog order, then subject type and key; the check builds it from
        // subject lists read in order and joined by type, sorting only where they would interleave
        List<String> catalogOrder = pack.catalog().requirements().stream().map(r -> r.id()).toList();
        List<io.github.anjian.engine.Outcome> os = whole.outcomes();
        for (int i = 1; i < os.size(); i++) {
            var a = os.get(i - 1);
            var b = os.get(i);
            int byRequirement = Integer.compare(catalogOrder.indexOf(a.requirement()), catalogOrder.indexOf(b.requirement()));
            int bySubject = a.subject().type().equals(b.subject().type()) ? a.subject().key().compareTo(b.subject().key())
                    : a.subject().type().compareTo(b.subject().type());
            assertThat(byRequirement < 0 || byRequirement == 0 && bySubject <= 0)
                    .as("%s %s %s before %s %s %s", a.requirement(), a.subject().type(), a.subject().key(),
                            b.requirement(), b.subject().type(), b.subject().key())
                    .isTrue();
        }
    }
}
