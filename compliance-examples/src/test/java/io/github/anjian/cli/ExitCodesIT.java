package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exit codes of SPEC §7, from the real jar; user mistakes never print a stack trace. */
class ExitCodesIT {

    static final String SMALL = "src/test/resources/facts/small-office";

    @TempDir
    Path tmp;

    @Test
    void check_exits_0_when_nothing_reaches_fail_on() {
        Jar.Run r = Jar.run("check", SMALL, "--fail-on", "none", "--format", "json");
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.out()).contains("\"schema\" : \"anjian-report/v1\"");
    }

    @Test
    void check_exits_1_on_an_unwaived_high_violation() {
        Jar.Run r = Jar.run("check", SMALL);
        assertThat(r.code()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).contains("at or above --fail-on high");
    }

    @Test
    void unknown_option_exits_2_without_stack_trace() {
        Jar.Run r = Jar.run("check", SMALL, "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertNoStackTrace(r);
        assertThat(r.stderr()).contains("--no-such-option");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-99-99", "31.12.2025", "yesterday"})
    void invalid_as_of_exits_2_without_stack_trace(String date) {
        Jar.Run r = Jar.run("check", SMALL, "--as-of", date);
        assertThat(r.code()).isEqualTo(2);
        assertNoStackTrace(r);
        assertThat(r.stderr()).contains("is not a date YYYY-MM-DD");
    }

    @Test
    void bad_param_exits_2_with_a_suggestion() {
        Jar.Run r = Jar.run("check", SMALL, "--param", "avSignatureDay=14");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("did you mean avSignatureDays");
        assertThat(Jar.run("check", SMALL, "--param", "avSignatureDays=1.5").code()).isEqualTo(2);
        assertThat(Jar.run("check", SMALL, "--param", "avSignatureDays=14", "--fail-on", "none").code()).isZero();
    }

    @Test
    void an_unknown_format_exits_2() {
        Jar.Run r = Jar.run("check", SMALL, "--format", "pdf");
        assertThat(r.code()).isEqualTo(2);
        assertNoStackTrace(r);
    }

    @Test
    void missing_file_exits_3_without_stack_trace() {
        Jar.Run r = Jar.run("check", tmp.resolve("nonexistent.yaml").toString());
        assertThat(r.code()).isEqualTo(3);
        assertNoStackTrace(r);
        assertThat(r.stderr()).contains("nonexistent.yaml");
    }

    @Test
    void folder_without_fact_files_exits_3_without_stack_trace() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "no facts here");
        Jar.Run r = Jar.run("validate", tmp.toString());
        assertThat(r.code()).isEqualTo(3);
        assertNoStackTrace(r);
        assertThat(r.stderr()).contains("no-fact-files");
    }

    @Test
    void load_errors_exit_3_with_file_line_column() throws Exception {
        Files.writeString(tmp.resolve("f.yaml"), "schema: anjian/v1\norganization: { id: o1, name: X, asOf: 2025-99-99 }\n");
        Jar.Run r = Jar.run("check", tmp.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.stderr()).containsPattern("f\\.yaml:2:\\d+: error");
        assertNoStackTrace(r);
    }

    @Test
    void unexpected_exception_exits_4_with_one_line_and_trace_only_with_debug() {
        Jar.Run r = Jar.run("check", SMALL, "--simulate-internal-error");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.stderr()).contains("internal error").contains("--debug");
        assertNoStackTrace(r);
        Jar.Run debug = Jar.run("check", SMALL, "--simulate-internal-error", "--debug");
        assertThat(debug.code()).isEqualTo(4);
        assertThat(debug.stderr()).contains("\tat io.github.anjian.cli.CheckCommand");
    }

    @Test
    void explain_unknown_id_exits_2_suggesting_the_nearest() {
        Jar.Run r = Jar.run("explain", "PRT-5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("PRT-05");
        assertNoStackTrace(r);
    }

    @Test
    void version_and_help_exit_0() {
        Jar.Run v = Jar.run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("anjian ");
        for (String cmd : new String[] {"check", "validate", "rules", "explain", "init"}) {
            Jar.Run h = Jar.run(cmd, "--help");
            assertThat(h.code()).as(cmd).isZero();
            assertThat(h.out()).as(cmd).contains("Usage:");
        }
    }

    @Test
    void init_template_validates_with_zero_errors() throws Exception {
        Jar.Run init = Jar.run("init");
        assertThat(init.code()).isZero();
        Files.write(tmp.resolve("facts.yaml"), init.stdout());
        Jar.Run v = Jar.run("validate", tmp.toString());
        assertThat(v.code()).as(v.stderr()).isZero();
        assertThat(v.stderr()).doesNotContain("error");
    }

    @Test
    void rules_json_lists_every_requirement() {
        Jar.Run r = Jar.run("rules", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"id\" : \"PRT-05\"").contains("\"avSignatureDays\"");
        assertThat(r.out().split("\"id\" : \"", -1)).hasSize(75);
    }

    @Test
    void max_file_size_limits_and_raises_what_a_fact_file_may_hold() {
        // the small office's files have 589 and 718 bytes
        Jar.Run tooSmall = Jar.run("check", SMALL, "--max-file-size", "600", "--fail-on", "none");
        assertThat(tooSmall.code()).as(tooSmall.stderr()).isEqualTo(3);
        assertThat(tooSmall.stderr()).contains("file-too-large").contains("organization.yaml").contains("--max-file-size");
        assertNoStackTrace(tooSmall);
        Jar.Run v = Jar.run("validate", SMALL, "--max-file-size", "1K");
        assertThat(v.code()).as(v.stderr()).isZero();
        Jar.Run ok = Jar.run("check", SMALL, "--max-file-size", "2g", "--fail-on", "none", "--format", "json");
        assertThat(ok.code()).as(ok.stderr()).isZero();
        Jar.Run bad = Jar.run("check", SMALL, "--max-file-size", "lots");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.stderr()).contains("'lots' is not a size");
        assertNoStackTrace(bad);
    }

    static void assertNoStackTrace(Jar.Run r) {
        String all = r.out() + r.stderr();
        assertThat(all).doesNotContain("Exception in thread").doesNotContainPattern("\\tat [a-z]");
        assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).doesNotContain("Exception");
    }
}
