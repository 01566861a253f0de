package io.github.anjian.engine;

import io.github.anjian.engine.internal.Decisions;
import io.github.anjian.facts.Device;
import io.github.anjian.facts.Facts;
import io.github.anjian.facts.InfoSystem;
import io.github.anjian.facts.ScanKind;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared evaluation semantics of SPEC §2 and §4, one behaviour per test. */
class JudgeTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    static Judge judge(String yaml) {
        LoadResult r = FactLoader.defaults().loadText("t.yaml",
                "schema: anjian/v1\norganization: { id: o1, name: T, asOf: 2025-12-31 }\n" + yaml);
        assertThat(r.errors()).isEmpty();
        Facts f = r.facts().orElseThrow();
        return new Judge(f, AS_OF, Map.of("days7", BigDecimal.valueOf(7), "months12", BigDecimal.valueOf(12)), Map.of(),
                new Decisions());
    }

    static Device device(Judge j, String id) {
        return j.facts().device(id).orElseThrow();
    }

    @Test
    void a_dated_record_decides_by_its_age_in_days() {
        Judge j = judge("devices:\n  - { id: a, kind: terminal, antivirus: { signatureDate: 2025-12-24, updateFrequency: yearly } }\n"
                + "  - { id: b, kind: terminal, antivirus: { signatureDate: 2025-12-23 } }\n");
        assertThat(j.withinDays(device(j, "a"), "antivirus.signatureDate", "days7", "antivirus.updateFrequency").status())
                .isEqualTo(Status.PASS);
        assertThat(j.withinDays(device(j, "b"), "antivirus.signatureDate", "days7").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_practice_without_a_record_is_partial_when_its_period_fits_and_fail_when_not() {
        Judge j = judge("devices:\n  - { id: w, kind: terminal, antivirus: { updateFrequency: weekly } }\n"
                + "  - { id: m, kind: terminal, antivirus: { updateFrequency: monthly } }\n"
                + "  - { id: i, kind: terminal, antivirus: { updateFrequency: irregular } }\n"
                + "  - { id: u, kind: terminal, antivirus: { autoUpdate: true } }\n");
        assertThat(j.withinDays(device(j, "w"), "antivirus.signatureDate", "days7", "antivirus.updateFrequency").status())
                .isEqualTo(Status.PARTIAL);
        assertThat(j.withinDays(device(j, "m"), "antivirus.signatureDate", "days7", "antivirus.updateFrequency").status())
                .isEqualTo(Status.FAIL);
        assertThat(j.withinDays(device(j, "i"), "antivirus.signatureDate", "days7", "antivirus.updateFrequency").status())
                .isEqualTo(Status.FAIL);
        assertThat(j.withinDays(device(j, "u"), "antivirus.signatureDate", "days7", "antivirus.updateFrequency",
                "antivirus.autoUpdate").status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void a_regular_practice_is_unknown_and_asks_for_the_period_or_a_record() {
        Judge j = judge("devices:\n  - { id: r, kind: terminal, antivirus: { updateFrequency: regular } }\n");
        Part p = j.withinDays(device(j, "r"), "antivirus.signatureDate", "days7", "antivirus.updateFrequency");
        assertThat(p.status()).isEqualTo(Status.UNKNOWN);
        assertThat(p.missing()).containsExactly("devices[r].antivirus.signatureDate", "devices[r].antivirus.updateFrequency");
    }

    @Test
    void a_none_date_fails_and_an_absent_one_is_unknown_with_its_path() {
        Judge j = judge("devices:\n  - { id: n, kind: terminal, antivirus: { signatureDate: none, autoUpdate: true } }\n"
                + "  - { id: x, kind: terminal }\n");
        assertThat(j.withinDays(device(j, "n"), "antivirus.signatureDate", "days7", "antivirus.autoUpdate").status())
                .isEqualTo(Status.FAIL);
        Part p = j.withinDays(device(j, "x"), "antivirus.signatureDate", "days7");
        assertThat(p.missing()).containsExactly("devices[x].antivirus.signatureDate");
    }

    @Test
    void months_windows_use_calendar_months() {
        Judge j = judge("systems:\n  - { id: s, riskAssessedOn: 2024-12-31 }\n  - { id: t, riskAssessedOn: 2024-12-30 }\n");
        assertThat(j.withinMonths(j.facts().system("s").orElseThrow(), "riskAssessedOn", "months12").status()).isEqualTo(Status.PASS);
        assertThat(j.withinMonths(j.facts().system("t").orElseThrow(), "riskAssessedOn", "months12").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void booleans_distinguish_absent_none_and_stated() {
        Judge j = judge("devices:\n  - { id: a, kind: terminal, antivirus: none }\n  - { id: b, kind: terminal, antivirus: {} }\n"
                + "  - { id: c, kind: terminal, antivirus: { installed: true } }\n");
        assertThat(j.isTrue(device(j, "a"), "antivirus.installed").status()).isEqualTo(Status.FAIL);
        assertThat(j.isTrue(device(j, "b"), "antivirus.installed").status()).isEqualTo(Status.UNKNOWN);
        assertThat(j.isTrue(device(j, "c"), "antivirus.installed").status()).isEqualTo(Status.PASS);
    }

    @Test
    void every_over_an_open_list_is_at_best_unknown_and_some_over_an_open_list_can_pass() {
        Judge j = judge("devices:\n  - id: d\n    kind: terminal\n    software: { complete: false, items: [ { name: a, approved: true } ] }\n");
        Device d = device(j, "d");
        Part every = j.every(d.software(), "devices[d].software", s -> j.isTrue(s, "approved"));
        assertThat(every.status()).isEqualTo(Status.UNKNOWN);
        assertThat(every.missing()).containsExactly("devices[d].software");
        Part some = j.some(d.software(), "devices[d].software", s -> j.isTrue(s, "approved"), Reason.of("text", "none"));
        assertThat(some.status()).isEqualTo(Status.PASS);
    }

    @Test
    void some_over_an_empty_complete_list_fails_and_over_an_absent_list_is_unknown() {
        Judge j = judge("devices:\n  - { id: d, kind: terminal, software: [] }\n  - { id: e, kind: terminal }\n");
        assertThat(j.some(device(j, "d").software(), "p", s -> Part.pass(), Reason.of("text", "none")).status()).isEqualTo(Status.FAIL);
        assertThat(j.some(device(j, "e").software(), "p", s -> Part.pass(), Reason.of("text", "none")).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void subject_filters_default_to_active_and_not_classified() {
        Judge j = judge("devices:\n  - { id: a, kind: terminal }\n  - { id: s, kind: terminal, status: scrapped, classified: true }\n");
        assertThat(j.active(device(j, "a")).status()).isEqualTo(Status.PASS);
        assertThat(j.notClassified(device(j, "a")).status()).isEqualTo(Status.PASS);
        assertThat(j.active(device(j, "s")).status()).isEqualTo(Status.FAIL);
        assertThat(j.notClassified(device(j, "s")).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void an_absent_mlps_level_makes_applicability_unknown() {
        Judge j = judge("systems:\n  - { id: s }\n  - { id: t, mlps: { level: 3 } }\n  - { id: u, mlps: none }\n");
        Part s = j.levelAtLeast(j.facts().system("s").orElseThrow(), 3);
        assertThat(s.status()).isEqualTo(Status.UNKNOWN);
        assertThat(s.missing()).containsExactly("systems[s].mlps.level");
        assertThat(j.levelAtLeast(j.facts().system("t").orElseThrow(), 3).status()).isEqualTo(Status.PASS);
        assertThat(j.levelAtLeast(j.facts().system("u").orElseThrow(), 2).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void org_level_is_known_from_one_system_of_that_level() {
        assertThat(judge("systems:\n  - { id: s }\n  - { id: t, mlps: { level: 3 } }\n").orgLevelAtLeast(3).status())
                .isEqualTo(Status.PASS);
        assertThat(judge("systems:\n  - { id: s }\n  - { id: t, mlps: { level: 2 } }\n").orgLevelAtLeast(3).missing())
                .containsExactly("systems[s].mlps.level");
        assertThat(judge("systems:\n  - { id: t, mlps: { level: 2 } }\n").orgLevelAtLeast(3).status()).isEqualTo(Status.FAIL);
        assertThat(judge("").orgLevelAtLeast(3).missing()).containsExactly("systems");
        assertThat(judge("systems: { complete: false, items: [ { id: t, mlps: { level: 2 } } ] }\n").orgLevelAtLeast(3).missing())
                .containsExactly("systems");
        // a classified system is out of scope for the org level (SPEC §8.18)
        assertThat(judge("systems:\n  - { id: t, classified: true, mlps: { level: 4 } }\n").orgLevelAtLeast(3).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void dated_scans_decide_over_practice_items_of_the_same_kind() {
        Judge j = judge("systems:\n  - id: s\n    scans:\n      - { kind: vulnerability, date: 2025-06-01 }\n"
                + "      - { kind: vulnerability, frequency: daily }\n  - id: t\n    scans: [ { kind: vulnerability, frequency: weekly } ]\n"
                + "  - id: u\n    scans: [ { kind: malware, date: 2025-12-30 } ]\n");
        assertThat(j.scanWithinDays(j.facts().system("s").orElseThrow(), ScanKind.VULNERABILITY, "days7").status()).isEqualTo(Status.FAIL);
        assertThat(j.scanWithinDays(j.facts().system("t").orElseThrow(), ScanKind.VULNERABILITY, "days7").status()).isEqualTo(Status.PARTIAL);
        InfoSystem u = j.facts().system("u").orElseThrow();
        assertThat(j.scanWithinDays(u, ScanKind.VULNERABILITY, "days7").status()).isEqualTo(Status.FAIL);
        assertThat(j.scanWithinDays(u, ScanKind.MALWARE, "days7").status()).isEqualTo(Status.PASS);
    }

    @Test
    void an_old_dated_scan_in_an_open_list_is_unknown_since_a_later_one_may_be_unlisted() {
        Judge j = judge("systems:\n  - id: s\n    scans: { complete: false, items: [ { kind: vulnerability, date: 2025-01-01 } ] }\n");
        Part p = j.scanWithinDays(j.facts().system("s").orElseThrow(), ScanKind.VULNERABILITY, "days7");
        assertThat(p.status()).isEqualTo(Status.UNKNOWN);
        assertThat(p.missing()).containsExactly("systems[s].scans");
    }

    @Test
    void accounts_owned_by_a_person_keep_list_order_and_the_lists_completeness() {
        String people = "people:\n  - { id: p1, name: A }\n  - { id: p2, name: B }\n";
        Judge j = judge(people + "accounts:\n  - { id: a1, owner: p1 }\n  - { id: a2, owner: p2 }\n  - { id: a3 }\n"
                + "  - { id: a4, owner: p1 }\n");
        assertThat(j.accountsOwnedBy("p1").get().items()).extracting(io.github.anjian.facts.Account::id)
                .containsExactly("a1", "a4");
        assertThat(j.accountsOwnedBy("p1").get().isOpen()).isFalse();
        assertThat(j.accountsOwnedBy("p9").get().items()).isEmpty();
        Judge open = judge(people + "accounts: { complete: false, items: [ { id: a1, owner: p1 } ] }\n");
        assertThat(open.accountsOwnedBy("p2").get().isOpen()).isTrue();
        assertThat(open.accountsOwnedBy("p2").get().items()).isEmpty();
        assertThat(judge(people).accountsOwnedBy("p1").isAbsent()).isTrue();
        assertThat(judge(people + "accounts: []\n").accountsOwnedBy("p1").get().items()).isEmpty();
    }

    @Test
    void lists_finds_an_id_in_short_and_long_lists() {
        Judge j = judge("");
        assertThat(j.lists(io.github.anjian.facts.Items.of(java.util.List.of("p1", "p2")), "p2")).isTrue();
        assertThat(j.lists(io.github.anjian.facts.Items.of(java.util.List.of("p1", "p2")), "p3")).isFalse();
        java.util.List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("p" + i);
        }
        io.github.anjian.facts.Items<String> all = io.github.anjian.facts.Items.of(many);
        assertThat(j.lists(all, "p999")).isTrue();
        assertThat(j.lists(all, "p1000")).isFalse();
        assertThat(j.lists(io.github.anjian.facts.Items.open(many), "p5")).isTrue();
    }

    /** A rule context naming rule "r" (all {@link Judge#requirementOf} reads). */
    static org.kie.api.runtime.rule.RuleContext ruleContext() {
        org.kie.api.definition.rule.Rule rule = (org.kie.api.definition.rule.Rule) java.lang.reflect.Proxy.newProxyInstance(
                JudgeTest.class.getClassLoader(), new Class<?>[] {org.kie.api.definition.rule.Rule.class},
                (proxy, method, args) -> method.getName().equals("getName") ? "r" : null);
        return (org.kie.api.runtime.rule.RuleContext) java.lang.reflect.Proxy.newProxyInstance(
                JudgeTest.class.getClassLoader(), new Class<?>[] {org.kie.api.runtime.rule.RuleContext.class},
                (proxy, method, args) -> method.getName().equals("getRule") ? rule : null);
    }

    @Test
    void decide_when_makes_the_condition_only_for_subjects_not_out_of_scope_and_decides_as_decide_does() {
        String yaml = "devices:\n  - { id: a, kind: terminal, antivirus: { installed: true } }\n"
                + "  - { id: b, kind: terminal, antivirus: { installed: false } }\n"
                + "  - { id: c, kind: terminal }\n";
        Part[] scopes = {Part.pass(), Part.fail(Reason.of("no-rule"), "kind", "printer"), Part.unknown("status")};
        for (Part scope : scopes) {
            Decisions eager = new Decisions();
            Decisions lazy = new Decisions();
            LoadResult r = FactLoader.defaults().loadText("t.yaml",
                    "schema: anjian/v1\norganization: { id: o1, name: T, asOf: 2025-12-31 }\n" + yaml);
            Facts f = r.facts().orElseThrow();
            Judge je = new Judge(f, AS_OF, Map.of(), Map.of("r", "TST-01"), eager);
            Judge jl = new Judge(f, AS_OF, Map.of(), Map.of("r", "TST-01"), lazy);
            java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
            for (String id : java.util.List.of("a", "b", "c")) {
                Device d = f.device(id).orElseThrow();
                je.decide(ruleContext(), d, scope, je.isTrue(d, "antivirus.installed"));
                jl.decideWhen(ruleContext(), d, scope, () -> {
                    made.incrementAndGet();
                    return jl.isTrue(d, "antivirus.installed");
                });
            }
            assertThat(made.get()).as("conditions made for scope %s", scope.status())
                    .isEqualTo(scope.status() == Status.FAIL ? 0 : 3);
            for (String id : java.util.List.of("a", "b", "c")) {
                Device d = f.device(id).orElseThrow();
                Outcome want = eager.take("TST-01", d);
                assertThat(lazy.take("TST-01", d)).isEqualTo(want);
                assertThat(want.status()).isEqualTo(switch (scope.status()) {
                    case FAIL -> Status.NOT_APPLICABLE;
                    case UNKNOWN -> Status.UNKNOWN;
                    default -> id.equals("a") ? Status.PASS : id.equals("b") ? Status.FAIL : Status.UNKNOWN;
                });
            }
        }
    }

    @Test
    void a_subject_out_of_scope_of_one_rule_of_a_requirement_is_not_applicable_whatever_another_rule_decides() {
        Judge j = judge("devices:\n  - { id: a, kind: terminal }\n");
        Decisions decisions = new Decisions();
        Judge two = new Judge(j.facts(), AS_OF, Map.of(), Map.of("r", "TST-01"), decisions);
        Device a = device(j, "a");
        two.decide(ruleContext(), a, Part.pass(), Part.fail(Reason.of("no-rule")));
        two.decideWhen(ruleContext(), a, Part.fail(Reason.of("no-rule"), "kind", "terminal"), () -> {
            throw new AssertionError("made for a subject out of scope");
        });
        assertThat(decisions.take("TST-01", a).status()).isEqualTo(Status.NOT_APPLICABLE);
    }
}
