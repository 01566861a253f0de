package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runner jar's check in a child JVM gives what the same check in one JVM gives. */
class LauncherIT {

    static final String SMALL = "src/test/resources/facts/small-office";

    @Test
    void the_build_leaves_a_class_data_archive_next_to_the_jar() {
        assertThat(Jar.JAR.resolveSibling(Launcher.ARCHIVE)).isRegularFile();
    }

    @Test
    void forked_and_in_process_checks_give_the_same_bytes_and_exit_code() {
        Jar.Run forked = Jar.run("check", SMALL, "--format", "json", "--as-of", "2025-12-31");
        Jar.Run here = Jar.run(Map.of("ANJIAN_FORK", "0"), "check", SMALL, "--format", "json", "--as-of", "2025-12-31");
        assertThat(forked.code()).as(forked.stderr()).isEqualTo(here.code()).isEqualTo(1);
        assertThat(forked.stdout()).isEqualTo(here.stdout());
        assertThat(forked.stderr()).isEqualTo(here.stderr());
    }

    @Test
    void usage_errors_keep_their_exit_code_through_the_child() {
        assertThat(Jar.run("check", SMALL, "--no-such-option").code()).isEqualTo(2);
        assertThat(Jar.run("check", "no-such-folder").code()).isEqualTo(3);
    }

    @Test
    void the_parents_jvm_options_reach_the_child() throws IOException, InterruptedException {
        // a system property given to the parent turns on debug logging in the child, which checks
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.log.io.github.anjian=debug", "-jar", Jar.JAR.toAbsolutePath().toString(),
                "check", SMALL, "--format", "json", "--fail-on", "none");
        Path err = Files.createTempFile("anjian-launcher", ".err");
        try {
            Process p = new ProcessBuilder(cmd).directory(Jar.BASEDIR.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("KieBase of");
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
