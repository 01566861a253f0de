package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers, baselines and year-over-year comparison (SPEC §5), from the real jar. */
class WaiversAndBaselinesIT {

    static final String SEED = "examples/seed-bureau";
    static final String FOLLOW_UP = "examples/seed-bureau-2025";

    @TempDir
    static Path tmp;
    static Path seedJson;
    static Path followUpJson;

    @BeforeAll
    static void reports() {
        seedJson = tmp.resolve("2025.json");
        followUpJson = tmp.resolve("2026.json");
        Jar.Run a = Jar.run("check", SEED, "--as-of", "2025-12-31", "--format", "json", "--fail-on", "none",
                "--output", seedJson.toString());
        assertThat(a.code()).as(a.stderr()).isZero();
        Jar.Run b = Jar.run("check", FOLLOW_UP, "--format", "json", "--fail-on", "none", "--output", followUpJson.toString());
        assertThat(b.code()).as(b.stderr()).isZero();
    }

    static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void a_waivers_file_waives_matching_fails_and_reports_both_scores() throws Exception {
        Path w = tmp.resolve("waivers.yaml");
        Files.writeString(w, "schema: anjian/v1\nwaivers:\n"
                + "  - { requirement: LOC-01, justification: CPU replacement budgeted, approvedBy: Director,"
                + " approved: 2025-06-01, expires: 2026-06-30 }\n"
                + "  - { requirement: LOC-02, justification: old, approvedBy: Director, approved: 2023-01-01, expires: 2024-01-01 }\n");
        Jar.Run r = Jar.run("check", SEED, "--waivers", w.toString(), "--as-of", "2025-12-31", "--format", "json", "--fail-on", "none");
        assertThat(r.code()).as(r.stderr()).isZero();
        JsonNode report = json(r.out());
        JsonNode loc01 = report.path("violations").findParents("requirement").stream()
                .filter(v -> v.path("requirement").asText().equals("LOC-01")).findFirst().orElseThrow();
        assertThat(loc01.path("waived").asBoolean()).isTrue();
        assertThat(loc01.path("waiver").path("approvedBy").asText()).isEqualTo("Director");
        assertThat(report.path("rating").path("score").decimalValue())
                .isGreaterThan(report.path("rating").path("scoreWithoutWaivers").decimalValue());
        // the expired LOC-02 waiver waives nothing and is itself a WVR-01 violation
        assertThat(r.out()).contains("\"requirement\" : \"WVR-01\"");
    }

    @Test
    void a_waiver_stated_in_the_facts_and_in_the_waivers_file_is_an_error() throws Exception {
        Path w = tmp.resolve("dup.yaml");
        Files.writeString(w, "schema: anjian/v1\nwaivers:\n  - requirement: LOC-01\n    subjects: [dev-office-computers]\n"
                + "    justification: again\n    approvedBy: X\n    approved: 2026-01-01\n    expires: 2027-01-01\n");
        Jar.Run r = Jar.run("check", FOLLOW_UP, "--waivers", w.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.stderr()).contains("duplicate-waiver").contains("organization.yaml");
    }

    @Test
    void a_baseline_marks_violations_new_or_existing_and_lists_the_fixed() throws Exception {
        Jar.Run r = Jar.run("check", FOLLOW_UP, "--baseline", seedJson.toString(), "--format", "json", "--fail-on", "none");
        JsonNode report = json(r.out());
        assertThat(report.path("baseline").path("fixed").findValuesAsText("requirement")).containsExactly("LOC-02", "PRT-02");
        for (JsonNode v : report.path("violations")) {
            assertThat(v.path("baseline").asText()).isEqualTo(v.path("requirement").asText().equals("MLP-02") ? "new" : "existing");
        }
    }

    @Test
    void fail_on_new_gates_only_on_new_violations() {
        // against itself nothing is new: the seed's high FAIL no longer fails the gate
        assertThat(Jar.run("check", SEED, "--as-of", "2025-12-31", "--baseline", seedJson.toString(), "--fail-on-new").code()).isZero();
        assertThat(Jar.run("check", SEED, "--as-of", "2025-12-31", "--baseline", seedJson.toString()).code()).isEqualTo(1);
        // the follow-up year has a new high violation (MLP-02)
        assertThat(Jar.run("check", FOLLOW_UP, "--baseline", seedJson.toString(), "--fail-on-new").code()).isEqualTo(1);
        assertThat(Jar.run("check", SEED, "--fail-on-new").code()).isEqualTo(2);
    }

    @Test
    void diff_shows_new_fixed_and_waived_and_exits_1_on_something_new() throws Exception {
        Jar.Run text = Jar.run("diff", seedJson.toString(), followUpJson.toString());
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("Score: 13.9 → ").contains("New (1)").contains("MLP-02")
                .contains("Newly waived (1)").contains("Fixed (2)");
        Jar.Run json = Jar.run("diff", seedJson.toString(), followUpJson.toString(), "--format", "json", "--fail-on", "none");
        assertThat(json.code()).isZero();
        JsonNode d = json(json.out());
        assertThat(d.path("counts").path("new").asInt()).isEqualTo(1);
        assertThat(d.path("counts").path("fixed").asInt()).isEqualTo(2);
        assertThat(d.path("counts").path("newlyWaived").asInt()).isEqualTo(1);
        Jar.Run md = Jar.run("diff", seedJson.toString(), followUpJson.toString(), "--format", "markdown", "--lang", "zh");
        assertThat(md.out()).contains("## 新增问题").contains("## 已整改");
    }

    @Test
    void diff_refuses_what_is_not_a_json_report_with_exit_3() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"schema\": \"something-else\"}");
        Jar.Run r = Jar.run("diff", bad.toString(), followUpJson.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.stderr()).contains("not an Anjian JSON report").doesNotContain("Exception");
        assertThat(Jar.run("diff", tmp.resolve("missing.json").toString(), followUpJson.toString()).code()).isEqualTo(3);
    }
}
