package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run never replaces a good report with a broken one (SPEC §7). */
class AtomicOutputIT {

    @TempDir
    Path tmp;

    @Test
    void bad_input_leaves_the_old_report_intact() throws Exception {
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "OLD REPORT");
        Path facts = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(facts.resolve("f.yaml"), "schema: anjian/v1\norganization: { id: o1, name: X, asOf: 2025-99-99 }\n");
        Jar.Run r = Jar.run("check", facts.toString(), "--format", "json", "--output", report.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(report).hasContent("OLD REPORT");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void internal_error_leaves_the_old_report_intact() throws Exception {
        Path report = tmp.resolve("report.html");
        Files.writeString(report, "OLD REPORT");
        Jar.Run r = Jar.run("check", ExitCodesIT.SMALL, "--format", "html", "--output", report.toString(),
                "--simulate-internal-error");
        assertThat(r.code()).isEqualTo(4);
        assertThat(report).hasContent("OLD REPORT");
    }

    @Test
    void a_good_run_replaces_the_report_and_leaves_no_temporary_file() throws Exception {
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "OLD REPORT");
        Jar.Run r = Jar.run("check", ExitCodesIT.SMALL, "--format", "json", "--fail-on", "none", "--output",
                report.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{").contains("anjian-report/v1");
        assertThat(leftovers()).isEmpty();
    }

    private Stream<Path> leftovers() throws Exception {
        return Files.list(tmp).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
    }
}
