package io.github.anjian.rules;

import io.github.anjian.catalog.Area;
import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.ParameterType;
import io.github.anjian.catalog.Reference;
import io.github.anjian.catalog.Requirement;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.catalog.Text;
import io.github.anjian.facts.FieldDocs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog and the DRL that exists follow the conventions; all offenders are listed at once (STYLE 4). */
class CatalogLintTest {

    static Set<String> factKeys() {
        return FieldDocs.load().paths().stream().map(p -> p.substring(p.lastIndexOf('.') + 1)).collect(Collectors.toSet());
    }

    @Test
    void the_catalog_and_its_rules_follow_the_conventions() {
        RulePack pack = AnjianRules.pack();
        ClassLoader loader = AnjianRules.class.getClassLoader();
        List<String> offenders = CatalogLint.offenders(pack.catalog(), withSupport(pack.rules()), AnjianRules.BASE,
                path -> loader.getResource(path) != null, factKeys());
        assertThat(offenders).as("catalog lint: %d offenders", offenders.size()).isEmpty();
    }

    /**
     * Each DRL with the source of the support classes it imports appended: a parameter read by a
     * support helper the rule calls is read by the rule.
     */
    static List<RulePack.RuleSource> withSupport(List<RulePack.RuleSource> rules) {
        java.util.regex.Pattern imp = java.util.regex.Pattern.compile("import io\\.github\\.anjian\\.rules\\.support\\.(\\w+)");
        List<RulePack.RuleSource> out = new java.util.ArrayList<>();
        for (RulePack.RuleSource r : rules) {
            StringBuilder text = new StringBuilder(r.text()).append(CatalogLint.SUPPORT);
            java.util.regex.Matcher m = imp.matcher(r.text());
            while (m.find()) {
                java.nio.file.Path src = java.nio.file.Path.of("src/main/java/io/github/anjian/rules/support", m.group(1) + ".java");
                try {
                    text.append('\n').append(java.nio.file.Files.readString(src));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            out.add(new RulePack.RuleSource(r.path(), text.toString()));
        }
        return out;
    }

    @Test
    void the_lint_lists_every_offender_of_a_bad_pack() {
        Text ok = new Text("Something", "某事");
        Parameter days = new Parameter("fooDays", ParameterType.DAYS, BigDecimal.TEN, ok);
        Parameter unused = new Parameter("barDays", ParameterType.DAYS, BigDecimal.ONE, new Text("", "x"));
        Requirement good = new Requirement("ABC-01", "ABC", Severity.HIGH, Optional.empty(), List.of("devices"),
                ok, ok, ok, ok, List.of(new Reference("GB/T 22239-2019", "", "")), List.of(days));
        Requirement bad = new Requirement("ABC-03", "ABC", Severity.MEDIUM, Optional.of(Severity.LOW), List.of("computers"),
                ok, new Text("Ends with a period.", ""), ok, ok, List.of(), List.of(unused));
        Catalog catalog = new Catalog(List.of(new Area("ABC", ok), new Area("XYZ", ok)), List.of(good, bad));
        String base = "pack";
        List<RulePack.RuleSource> rules = List.of(
                new RulePack.RuleSource("pack/abc/ABC-01.drl", """
                        package pack.abc
                        rule "ABC-01 reads its parameter"
                            @id("ABC-01")
                        when then
                            judge.withinDays($d, "x.date", "fooDays");
                            judge.param("bazDays");
                        end
                        rule "other name"
                            @id("ABC-03")
                        when then
                        end
                        """),
                new RulePack.RuleSource("pack/xyz/ABC-03.drl", """
                        package pack.abc
                        rule "ABC-03 something"
                            @id("ABC-03")
                        when then
                        end
                        """),
                new RulePack.RuleSource("pack/abc/NOPE-1.drl", "package pack.abc\n"),
                new RulePack.RuleSource("pack/common/derive-active.drl", """
                        package pack.common
                        rule "derive active"
                            @id("ABC-01")
                        when then
                        end
                        """));

        List<String> offenders = CatalogLint.offenders(catalog, rules, base, path -> !path.endsWith("ABC-03.yaml"), Set.of());

        assertThat(offenders).containsExactlyInAnyOrder(
                "ABC-03: catalog entry is not in catalog/ABC-03.yaml",
                "ABC-03: no Chinese title",
                "ABC-03: title ends with a period",
                "ABC-03: no reference",
                "ABC-03: subject 'computers' is not one of " + CatalogLint.SUBJECTS.stream().sorted().toList(),
                "ABC-03: severityIfOrgLevel3 LOW is not above severity MEDIUM",
                "ABC-03: no English description of parameter barDays",
                "ABC: numbers are not contiguous from 01: [1, 3]",
                "XYZ: area without a requirement",
                "pack/abc/ABC-01.drl: rule \"other name\" has @id(\"ABC-03\"), not @id(\"ABC-01\")",
                "pack/abc/ABC-01.drl: rule \"other name\" is not named \"ABC-01 ...\"",
                "pack/xyz/ABC-03.drl: package is not pack.xyz",
                "pack/xyz/ABC-03.drl: not in the folder of its area, pack/abc",
                "pack/abc/NOPE-1.drl: not named after a catalog requirement (<ID>.drl)",
                "pack/common/derive-active.drl: shared rule \"derive active\" carries @id(\"ABC-01\"); shared rules only derive facts",
                "ABC-01: DRL reads parameter \"bazDays\" that the requirement does not declare",
                "ABC-03: declares parameter barDays but its DRL does not read \"barDays\"");
    }

    @Test
    void a_requirement_without_rules_yet_is_not_an_offender() {
        Text ok = new Text("Something", "某事");
        Requirement r = new Requirement("ABC-01", "ABC", Severity.HIGH, Optional.empty(), List.of("devices"), ok, ok, ok, ok,
                List.of(new Reference("GB/T 22239-2019", "", "")),
                List.of(new Parameter("fooDays", ParameterType.DAYS, BigDecimal.TEN, ok)));
        Catalog catalog = new Catalog(List.of(new Area("ABC", ok)), List.of(r));
        assertThat(CatalogLint.offenders(catalog, List.of(), "pack", path -> true, Set.of())).isEmpty();
    }
}
