package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path tmp;

    @Test
    void a_writer_that_throws_midway_leaves_the_old_file_and_no_temporary_file() throws Exception {
        Path target = tmp.resolve("report.html");
        Files.writeString(target, "GOOD OLD REPORT");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("<html><body>half a report".getBytes(StandardCharsets.UTF_8));
            throw new IOException("renderer broke");
        })).hasMessage("renderer broke");
        assertThat(target).hasContent("GOOD OLD REPORT");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void a_runtime_failure_midway_also_leaves_the_old_file() throws Exception {
        Path target = tmp.resolve("report.json");
        Files.writeString(target, "GOOD");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write('{');
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).hasContent("GOOD");
    }

    @Test
    void a_complete_write_replaces_the_file() throws Exception {
        Path target = tmp.resolve("report.json");
        Files.writeString(target, "OLD");
        AtomicOutput.write(target, out -> out.write("NEW".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("NEW");
    }
}
