package io.github.anjian.rules;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog requirement has a rule and the fixtures that prove it both ways; every rule and
 * fixture folder names a catalog requirement. All offenders are listed, then the test fails once.
 */
class CatalogCompletenessTest {

    /** Requirements where SPEC defines PARTIAL (practice versus record, EMR-01 sections). */
    static final Set<String> PARTIAL = Set.of("EMR-01", "EMR-03", "INS-01", "INS-02", "MGT-07", "MGT-08", "PRT-02",
            "PRT-05", "PRT-06", "PRT-07", "PRT-14", "WEB-05");

    @Test
    void every_requirement_has_a_rule_and_every_rule_a_requirement() {
        Catalog catalog = AnjianRules.pack().catalog();
        Engine engine = Anjian.engine(AnjianRules.pack());
        Set<String> ruled = new TreeSet<>(engine.ruleIds().values());
        Set<String> ids = new TreeSet<>();
        catalog.requirements().forEach(r -> ids.add(r.id()));
        Set<String> withoutRule = new TreeSet<>(ids);
        withoutRule.removeAll(ruled);
        Set<String> notInCatalog = new TreeSet<>(ruled);
        notInCatalog.removeAll(ids);
        assertThat(withoutRule).as("catalog requirements without a rule").isEmpty();
        assertThat(notInCatalog).as("rules naming no catalog requirement").isEmpty();
        assertThat(ids).hasSize(74);
    }

    @Test
    void every_requirement_has_its_fixture_kinds() throws IOException {
        Catalog catalog = AnjianRules.pack().catalog();
        List<String> problems = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        try (Stream<Path> dirs = Files.list(RequirementFixturesTest.FIXTURES)) {
            dirs.forEach(d -> folders.add(d.getFileName().toString()));
        }
        for (Requirement r : catalog.requirements()) {
            Set<String> kinds = kinds(r.id());
            List<String> required = new ArrayList<>(List.of("pass", "fail", "unknown"));
            // a requirement judged on the organization always has that subject: it cannot be not applicable
            // unless its scope is conditional (ORG-04, INS-02 have na fixtures of their own)
            if (!r.subjects().contains("organization")) {
                required.add("na");
            }
            if (PARTIAL.contains(r.id())) {
                required.add("partial");
            }
            for (String k : required) {
                if (!kinds.contains(k)) {
                    problems.add(r.id() + " has no '" + k + "' fixture");
                }
            }
            folders.remove(r.id());
        }
        for (String f : folders) {
            problems.add("fixtures/" + f + " names no catalog requirement");
        }
        assertThat(problems).isEmpty();
    }

    static Set<String> kinds(String id) throws IOException {
        Path dir = RequirementFixturesTest.FIXTURES.resolve(id);
        Set<String> kinds = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return kinds;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> io.github.anjian.test.Fixtures.read(p).kind()).forEach(kinds::add);
        }
        return kinds;
    }
}
