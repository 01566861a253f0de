package io.github.anjian.engine;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Format;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's guarantees, on a small test rule pack. */
class EngineTest {

    static Engine engine;

    @BeforeAll
    static void build() {
        engine = Anjian.engine(RulePack.fromClasspath(EngineTest.class.getClassLoader(), "testpack", "testpack", "1"));
    }

    static Facts facts(String yaml) {
        LoadResult r = FactLoader.defaults().loadText("t.yaml",
                "schema: anjian/v1\norganization: { id: o1, name: T, asOf: 2025-12-31 }\n" + yaml);
        assertThat(r.errors()).isEmpty();
        return r.facts().orElseThrow();
    }

    static Status status(Report r, String req, String key) {
        return r.outcomesOf(req).stream().filter(o -> o.subject().key().equals(key)).findFirst().orElseThrow().status();
    }

    @Test
    void a_rule_that_throws_yields_error_for_that_subject_and_the_others_still_run() {
        Report r = engine.check(facts("devices:\n  - { id: a, kind: terminal, antivirus: { installed: true } }\n"
                + "  - { id: boom, kind: terminal, antivirus: { installed: false } }\n  - { id: z, kind: terminal }\n"),
                CheckOptions.defaults());
        assertThat(status(r, "TST-02", "boom")).isEqualTo(Status.ERROR);
        assertThat(status(r, "TST-02", "a")).isEqualTo(Status.PASS);
        assertThat(status(r, "TST-02", "z")).isEqualTo(Status.PASS);
        assertThat(status(r, "TST-01", "boom")).isEqualTo(Status.FAIL);
        assertThat(r.requirement("TST-02").orElseThrow().status()).isEqualTo(Status.ERROR);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("TST-02").contains("deliberate failure"));
    }

    @Test
    void a_subject_no_rule_decided_is_an_error_naming_the_requirement() {
        Report r = engine.check(facts("systems:\n  - { id: s1 }\n"), CheckOptions.defaults());
        Outcome o = r.outcomesOf("TST-03").get(0);
        assertThat(o.status()).isEqualTo(Status.ERROR);
        assertThat(o.error()).contains("TST-03");
    }

    @Test
    void an_absent_subject_list_is_unknown_and_an_empty_one_not_applicable() {
        Report absent = engine.check(facts(""), CheckOptions.defaults());
        assertThat(absent.requirement("TST-01").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
        assertThat(absent.unknowns()).anySatisfy(u -> assertThat(u.missing()).containsExactly("devices"));
        Report empty = engine.check(facts("devices: []\n"), CheckOptions.defaults());
        assertThat(empty.requirement("TST-01").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
        Report open = engine.check(facts("devices: { complete: false, items: [] }\n"), CheckOptions.defaults());
        assertThat(open.requirement("TST-01").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void group_count_weighs_in_the_requirement_value() {
        Report r = engine.check(facts("devices:\n  - { id: g, kind: terminal, count: 3, antivirus: { installed: false } }\n"
                + "  - { id: a, kind: terminal, antivirus: { installed: true } }\n"), CheckOptions.defaults());
        assertThat(r.requirement("TST-01").orElseThrow().value()).isEqualByComparingTo("0.25");
    }

    @Test
    void violations_carry_evidence_location_and_fingerprint() {
        Report r = engine.check(facts("devices:\n  - { id: d1, kind: terminal, antivirus: { installed: false } }\n"),
                CheckOptions.defaults());
        var v = r.violations().stream().filter(x -> x.requirement().equals("TST-01")).findFirst().orElseThrow();
        assertThat(v.evidence()).containsEntry("devices[d1].antivirus.installed", "false");
        assertThat(v.subject().origin().location().file()).isEqualTo("t.yaml");
        assertThat(v.subject().origin().location().line()).isEqualTo(4);
        assertThat(v.fingerprint()).hasSize(16).isEqualTo(fingerprint("TST-01|device|d1"));
        assertThat(v.message()).contains("devices[d1].antivirus.installed");
    }

    static String fingerprint(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_unknown_parameter_override_is_a_clear_error() {
        assertThatThrownBy(() -> engine.check(facts(""), CheckOptions.defaults().parameter("nope", java.math.BigDecimal.ONE)))
                .isInstanceOf(CheckException.class).hasMessageContaining("unknown parameter 'nope'");
    }

    @Test
    void asof_defaults_to_the_facts_and_the_option_overrides_it() {
        assertThat(engine.check(facts(""), CheckOptions.defaults()).asOf()).hasToString("2025-12-31");
        assertThat(engine.check(facts(""), CheckOptions.defaults().asOf(java.time.LocalDate.of(2024, 1, 2))).asOf())
                .hasToString("2024-01-02");
    }

    static String json(Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.of(Format.JSON).orElseThrow().render(r, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void one_engine_shared_by_8_threads_gives_the_same_reports_as_one_by_one() throws Exception {
        List<Facts> sets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder y = new StringBuilder("devices:\n");
            for (int d = 0; d < 1 + i % 7; d++) {
                y.append("  - { id: d").append(d).append(", kind: terminal, antivirus: { installed: ")
                        .append((i + d) % 3 == 0).append(" } }\n");
            }
            sets.add(facts(y.toString()));
        }
        List<String> serial = new ArrayList<>();
        for (Facts f : sets) {
            serial.add(json(engine.check(f, CheckOptions.defaults())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Facts f : sets) {
                futures.add(pool.submit(() -> json(engine.check(f, CheckOptions.defaults()))));
            }
            for (int i = 0; i < sets.size(); i++) {
                assertThat(futures.get(i).get()).as("fact set %d", i).isEqualTo(serial.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
