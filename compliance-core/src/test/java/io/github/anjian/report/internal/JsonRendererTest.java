package io.github.anjian.report.internal;

import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.report.diff.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming JSON writer gives the bytes of the tree-based one, pretty and on one line. */
class JsonRendererTest {

    static Engine engine;

    @BeforeAll
    static void build() {
        engine = Anjian.engine(RulePack.fromClasspath(JsonRendererTest.class.getClassLoader(), "testpack", "testpack", "1"));
    }

    static void assertSameBytes(Report r) throws IOException {
        for (boolean pretty : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonRenderer(pretty).render(r, out);
            byte[] expected = TreeJsonOracle.render(r, pretty);
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).as(pretty ? "pretty" : "one line")
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(out.toByteArray()).isEqualTo(expected);
            assertThat(new JsonRenderer(pretty).bytes(r)).as("bytes()").isEqualTo(expected);
            // a large report streams through the generator instead of a buffer: the same bytes, the stream left open
            boolean[] closed = {false};
            ByteArrayOutputStream streamed = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            new JsonRenderer(pretty, 0).render(r, streamed);
            assertThat(streamed.toByteArray()).isEqualTo(expected);
            assertThat(closed[0]).as("the caller's stream is closed by the caller").isFalse();
        }
    }

    static Report check(LoadResult loaded, CheckOptions options) {
        assertThat(loaded.errors()).isEmpty();
        return engine.check(loaded.facts().orElseThrow(), options);
    }

    static final String ODD = "Bureau \"quoted\" \\ back/slash \u0001\u001f tab\t nl\n 中文 \u2028 é 😀 <&>";

    static String facts(String name) {
        return "schema: anjian/v1\norganization: { id: o1, name: \"" + name.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\u0001", "\\x01").replace("\u001f", "\\x1f").replace("\t", "\\t").replace("\n", "\\n")
                + "\", asOf: 2025-12-31 }\n"
                + "devices:\n"
                + "  - { id: a, kind: terminal, antivirus: { installed: true } }\n"
                + "  - { id: boom, kind: terminal, antivirus: { installed: false } }\n"
                + "  - { id: \"w 😀 \\u00e9\", kind: terminal, antivirus: { installed: false } }\n"
                + "  - { id: v, kind: terminal, antivirus: { installed: false } }\n"
                + "  - { id: g, kind: terminal, count: 3 }\n"
                + "systems:\n  - { id: s1 }\n"
                + "waivers:\n"
                + "  - { requirement: TST-01, subjects: [\"w 😀 é\"], justification: \"accepted 中文 😀\", approvedBy: Director,"
                + " approved: 2025-01-01, expires: 2026-06-30 }\n"
                + "  - { requirement: TST-01, subjects: [v], justification: no end, approvedBy: Director,"
                + " approved: 2025-01-01 }\n";
    }

    @Test
    void odd_texts_waivers_errors_and_unknowns_in_both_languages() throws IOException {
        LoadResult loaded = FactLoader.defaults().loadText("odd \"name\" 😀.yaml", facts(ODD));
        for (Lang lang : Lang.values()) {
            Report r = check(loaded, CheckOptions.defaults().lang(lang).warnings(List.of("a warning \u0007 😀", "",
                    "plain \"q\" \\ \t\n\u0001\u001f\u007f é 中 \u2028 ?", "?", "\"", "中文")));
            assertThat(r.violations()).anySatisfy(v -> assertThat(v.waived()).isTrue());
            assertThat(r.violations()).anySatisfy(v -> assertThat(v.waiver()).hasValueSatisfying(w -> assertThat(w.expires()).isNull()));
            assertSameBytes(r);
        }
    }

    @Test
    void with_a_baseline_new_existing_and_fixed() throws IOException {
        Report r = check(FactLoader.defaults().loadText("t.yaml", facts("T")), CheckOptions.defaults());
        Snapshot now = Snapshot.of(r);
        List<Snapshot.Item> before = new ArrayList<>(now.violations().subList(1, now.violations().size()));
        before.add(new Snapshot.Item("0123456789abcdef", "TST-09", "low", "device", "gone 😀", "Gone", false,
                "fixed since \"then\""));
        Snapshot old = new Snapshot("2024-12-31", "testpack 0", new BigDecimal("12.5"), "D", "FAIL",
                Set.of("TST-01", "TST-09"), before);
        assertSameBytes(r.withBaseline(old));
        assertSameBytes(r.withBaseline(now));
    }

    @Test
    void a_lone_surrogate_from_a_json_file() throws IOException {
        String json = "{\"schema\": \"anjian/v1\", \"organization\": {\"id\": \"o1\", \"name\": \"half \\ud800 pair\","
                + " \"asOf\": \"2025-12-31\"}, \"devices\": [{\"id\": \"x\\udfff\", \"kind\": \"terminal\","
                + " \"antivirus\": {\"installed\": false}}]}";
        Report r = check(FactLoader.defaults().loadText("t.json", json), CheckOptions.defaults());
        assertThat(r.organizationName()).contains("\ud800");
        assertSameBytes(r);
    }

    @Test
    void a_text_longer_than_the_ascii_scratch_and_one_that_ends_non_ascii_there() throws IOException {
        String longAscii = "x".repeat(5000) + " \"q\"";
        String boundary = "y".repeat(4095) + "中";
        for (String name : List.of(longAscii, boundary, "z".repeat(4096))) {
            assertSameBytes(check(FactLoader.defaults().loadText("l.yaml", facts(name)), CheckOptions.defaults()));
        }
    }

    @Test
    void reports_rendered_at_once_on_several_threads_keep_their_own_bytes() throws Exception {
        // rendering borrows pooled buffers: each report must still get exactly its own bytes
        List<Report> reports = List.of(
                check(FactLoader.defaults().loadText("a.yaml", facts("A")), CheckOptions.defaults()),
                check(FactLoader.defaults().loadText("b.yaml", facts(ODD)), CheckOptions.defaults().lang(Lang.ZH)),
                check(FactLoader.defaults().loadText("e.yaml",
                        "schema: anjian/v1\norganization: { id: o1, name: E, asOf: 2025-12-31 }\n"), CheckOptions.defaults()));
        List<byte[]> expected = new ArrayList<>();
        for (Report r : reports) {
            expected.add(TreeJsonOracle.render(r, false));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % reports.size();
                results.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new JsonRenderer(false).render(reports.get(k), out);
                    return java.util.Arrays.equals(out.toByteArray(), expected.get(k));
                }));
            }
            for (java.util.concurrent.Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nothing_stated() throws IOException {
        assertSameBytes(check(FactLoader.defaults().loadText("e.yaml",
                "schema: anjian/v1\norganization: { id: o1, name: E, asOf: 2025-12-31 }\n"), CheckOptions.defaults()));
    }
}
