package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body whose report would crowd the heap is checked with the report in a temporary file: the same
 * bytes as with a heap large enough, and no file left in {@code java.io.tmpdir}.
 */
class ReportStorageIT {

    @TempDir
    Path tmp;

    @Test
    void a_report_too_large_for_the_heap_goes_to_a_temporary_file_with_the_same_bytes() throws IOException {
        Path body = Files.createDirectories(tmp.resolve("body"));
        try (Stream<Path> files = Files.list(Jar.BASEDIR.resolve(LauncherIT.SMALL))) {
            for (Path f : files.toList()) {
                Files.copy(f, body.resolve(f.getFileName()));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(body.resolve("more-devices.yaml"), StandardCharsets.UTF_8)) {
            w.write("schema: anjian/v1\ndevices:\n");
            for (int i = 0; i < 20_000; i++) {
                w.write("  - id: pc-" + i + "\n    kind: terminal\n"
                        + "    antivirus: { installed: " + (i % 7 != 0) + ", signatureDate: 2025-10-01 }\n");
            }
        }
        Path spoolDir = Files.createDirectories(tmp.resolve("tmpdir"));
        Path small = tmp.resolve("small-heap.json");
        Path large = tmp.resolve("large-heap.json");
        // 20,000 devices: about 50 MB of outcomes, more than a third of 64 MB, so they go to a file
        Jar.Run spooled = Jar.run(Map.of("JAVA_TOOL_OPTIONS", "-Xmx64m -Djava.io.tmpdir=" + spoolDir
                + " -Dorg.slf4j.simpleLogger.log.io.github.anjian.engine=debug"), "check",
                body.toString(), "--format", "json", "--fail-on", "none", "-o", small.toString());
        assertThat(spooled.code()).as(spooled.stderr()).isZero();
        assertThat(spooled.stderr()).contains("outcomes spooled");
        Jar.Run heap = Jar.run(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -Djava.io.tmpdir=" + spoolDir), "check",
                body.toString(), "--format", "json", "--fail-on", "none", "-o", large.toString());
        assertThat(heap.code()).as(heap.stderr()).isZero();
        assertThat(Files.mismatch(small, large)).isEqualTo(-1L);
        assertThat(Files.size(small)).isGreaterThan(10_000_000L);
        try (Stream<Path> left = Files.list(spoolDir)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("anjian-report-"))).isEmpty();
        }
    }
}
