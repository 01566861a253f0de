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
 * A body larger than the Java heap: a real {@link OutOfMemoryError} becomes exit code 4 and one line that
 * says how much heap to give, never a stack trace or a lost report; with {@code --each} the other bodies
 * are still checked.
 */
class OutOfMemoryIT {

    @TempDir
    Path tmp;

    /** The small office with {@code devices} more terminals, as a folder of fact files. */
    private Path body(String name, int devices) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bodies").resolve(name));
        try (Stream<Path> files = Files.list(Jar.BASEDIR.resolve(LauncherIT.SMALL))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        if (devices > 0) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("more-devices.yaml"), StandardCharsets.UTF_8)) {
                w.write("schema: anjian/v1\ndevices:\n");
                for (int i = 0; i < devices; i++) {
                    w.write("  - id: pc-" + i + "\n    kind: terminal\n"
                            + "    antivirus: { installed: true, signatureDate: 2025-10-01 }\n");
                }
            }
        }
        return dir;
    }

    @Test
    void a_check_out_of_memory_exits_4_with_advice_and_leaves_the_old_report() throws IOException {
        Path big = body("big", 40_000); // needs about 400 MB of heap; 40 MB is a tenth
        Path out = tmp.resolve("report.json");
        Files.writeString(out, "the old report");
        Jar.Run r = Jar.run(Map.of("JAVA_TOOL_OPTIONS", "-Xmx40m"), "check", big.toString(), "--format", "json",
                "--output", out.toString());
        assertThat(r.code()).as(r.stderr()).isEqualTo(4);
        assertThat(r.stderr()).contains("anjian: out of memory", "java -Xmx1g -jar anjian.jar")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(Files.readString(out)).isEqualTo("the old report");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bodies", "report.json");
        }
    }

    @Test
    void with_each_the_body_out_of_memory_exits_4_and_the_others_are_checked() throws IOException {
        body("a-small", 0);
        // one fact whose text outgrows the heap at once: a body that outgrows it slowly can keep the collector
        // busy for minutes before the JVM gives up (20 s to 4 min for 200,000 devices in 48-128 MB)
        Path large = body("b-large", 0);
        try (BufferedWriter w = Files.newBufferedWriter(large.resolve("more-devices.yaml"), StandardCharsets.UTF_8)) {
            w.write("schema: anjian/v1\ndevices:\n  - id: pc-huge\n    kind: terminal\n    user: ");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write("\n");
        }
        body("c-small", 0);
        Jar.Run r = Jar.run(Map.of("JAVA_TOOL_OPTIONS", "-Xmx64m"), "check", "--each",
                tmp.resolve("bodies").toString(), "--format", "json", "--fail-on", "none", "--jobs", "1");
        assertThat(r.code()).as(r.stderr()).isEqualTo(4);
        assertThat(r.out().lines().count()).isEqualTo(2);
        assertThat(r.stderr()).contains("out of memory checking", "b-large", "or fewer --jobs")
                .contains("checked 3 bodies, 1 not checked").doesNotContain("\tat ");
        assertThat(r.stderr().lines().filter(l -> l.contains("b-large") && l.endsWith("out of memory"))).hasSize(1);
    }
}
