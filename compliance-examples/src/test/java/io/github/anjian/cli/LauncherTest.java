package io.github.anjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static byte[] cmdline(String... parts) {
        return (String.join("\0", parts) + "\0").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jvmOptionsAreWhatComesBeforeDashJar() {
        assertThat(Launcher.jvmOptions(cmdline("/usr/bin/java", "-Xmx4g", "-Dx=y z", "-jar", "a.jar", "check", "f")))
                .contains(List.of("-Xmx4g", "-Dx=y z"));
        assertThat(Launcher.jvmOptions(cmdline("java", "-jar", "a.jar"))).contains(List.of());
    }

    @Test
    void noJvmOptionsWithoutAPlainJarStart() {
        assertThat(Launcher.jvmOptions(cmdline("java", "-cp", "a.jar", "io.github.anjian.cli.Launcher", "check"))).isEmpty();
        assertThat(Launcher.jvmOptions(cmdline("java", "@opts", "-jar", "a.jar"))).isEmpty();
        assertThat(Launcher.jvmOptions(cmdline("java"))).isEmpty();
    }

    @Test
    void theCommandIsTheFirstNonOption() {
        assertThat(Launcher.command(new String[] {"--debug", "check", "x"})).isEqualTo("check");
        assertThat(Launcher.command(new String[] {"--version"})).isEmpty();
        assertThat(Launcher.command(new String[] {"rules", "check"})).isEqualTo("rules");
    }

    @Test
    void smallInputsGetStartUpFlagsAndTheParentsOptionsComeLast() {
        List<String> c = Launcher.command("/j/bin/java", Path.of("/x/anjian.jar"), Path.of("/x/anjian.jsa"),
                List.of("-Xmx3g"), Launcher.Child.SMALL, GB4, new String[] {"check", "seed", "--format", "json"});
        assertThat(c).startsWith("/j/bin/java", "-XX:SharedArchiveFile=/x/anjian.jsa", "-Xshare:auto");
        assertThat(c).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(c.indexOf("-Xmx3g")).isGreaterThan(c.indexOf("-XX:+UseSerialGC"));
        assertThat(c.subList(c.indexOf("-jar"), c.size()))
                .containsExactly("-jar", "/x/anjian.jar", "check", "seed", "--format", "json");
        assertThat(c).contains("-Danjian.forked=true");
    }

    @Test
    void largeInputsKeepTheDefaultCompilersAndAChosenCollectorIsKept() {
        List<String> large = Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of(), Launcher.Child.LONG,
                GB4, new String[] {"check", "big"});
        assertThat(large).contains("-XX:+UseParallelGC", "-XX:GCHeapFreeLimit=10")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        List<String> mine = Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of("-XX:GCHeapFreeLimit=2"),
                Launcher.Child.LONG, GB4, new String[] {"check", "big"});
        assertThat(mine.lastIndexOf("-XX:GCHeapFreeLimit=2")).isGreaterThan(mine.indexOf("-XX:GCHeapFreeLimit=10"));
        List<String> g1 = Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of("-XX:+UseG1GC"),
                Launcher.Child.SMALL, GB4, new String[] {"check", "small"});
        assertThat(g1).contains("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC", "-XX:+UseParallelGC",
                "-XX:GCHeapFreeLimit=10");
    }

    private static final long GB4 = 4L << 30;

    @Test
    void aShortBatchsYoungGenerationIsCappedUnlessTheHeapIsSmallOrTheUserSizedIt() {
        String[] batch = {"check", "--each", "bodies"};
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of(), Launcher.Child.SHORT_BATCH,
                GB4, batch)).contains(Launcher.MAX_NEW_SIZE);
        List<String> longBatch = Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of(),
                Launcher.Child.LONG_BATCH, GB4, batch);
        assertThat(longBatch).contains(Launcher.MAX_NEW_SIZE, "-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
        // a large input keeps the collector's own sizing (a huge body's old generation needs the room)
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of(), Launcher.Child.LONG,
                GB4, new String[] {"check", "big"})).doesNotContain(Launcher.MAX_NEW_SIZE);
        // a heap whose default young generation is below the cap anyway: no cap (the JVM would warn of one above the heap)
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of("-Xmx512m"),
                Launcher.Child.SHORT_BATCH, 512L << 20, batch)).doesNotContain(Launcher.MAX_NEW_SIZE);
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of("-Xmn1g"),
                Launcher.Child.SHORT_BATCH, GB4, batch)).doesNotContain(Launcher.MAX_NEW_SIZE).contains("-Xmn1g");
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of("-XX:NewRatio=1"),
                Launcher.Child.LONG, GB4, batch)).doesNotContain(Launcher.MAX_NEW_SIZE);
        // the serial collector of a small check and a collector of the user's are left alone
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of(), Launcher.Child.SMALL,
                GB4, new String[] {"check", "seed"})).doesNotContain(Launcher.MAX_NEW_SIZE);
        assertThat(Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of("-XX:+UseG1GC"),
                Launcher.Child.SHORT_BATCH, GB4, batch)).doesNotContain(Launcher.MAX_NEW_SIZE);
    }

    @Test
    void aShortBatchGetsTheClientCompilerWithTheThroughputCollector() {
        List<String> c = Launcher.command("java", Path.of("a.jar"), Path.of("a.jsa"), List.of(), Launcher.Child.SHORT_BATCH,
                GB4, new String[] {"check", "--each", "bodies"});
        assertThat(c).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:GCHeapFreeLimit=10")
                .doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void aBatchIsShortUpToItsBytesLimitAndASingleCheckSmallUpToItsOwn(@TempDir Path dir) throws IOException {
        Path bodies = Files.createDirectories(dir.resolve("bodies"));
        for (int i = 0; i < 3; i++) {
            Files.write(Files.createDirectories(bodies.resolve("body-" + i)).resolve("facts.yaml"), new byte[1 << 20]);
        }
        assertThat(Launcher.child(new String[] {"check", "--each", bodies.toString()})).isEqualTo(Launcher.Child.SHORT_BATCH);
        assertThat(Launcher.child(new String[] {"check", bodies.toString()})).isEqualTo(Launcher.Child.LONG);
        assertThat(Launcher.child(new String[] {"check", bodies.resolve("body-0").toString()})).isEqualTo(Launcher.Child.SMALL);
        // sparse files: their sizes count, nothing is written. Many small bodies past the short batch's limit:
        for (int i = 0; i < 7; i++) {
            sparse(Files.createDirectories(bodies.resolve("body-60m-" + i)).resolve("facts.yaml"),
                    Launcher.CAPPED_BODY_BYTES - (4 << 20));
        }
        assertThat(Launcher.child(new String[] {"check", "--each", bodies.toString()}))
                .isEqualTo(Launcher.Child.LONG_BATCH);
        // one body larger than the cap's bodies, as a fact file of the folder: the batch is tuned as a large input
        sparse(bodies.resolve("big.yaml"), Launcher.CAPPED_BODY_BYTES + 1);
        assertThat(Launcher.batchBytes(new String[] {"check", "--each", bodies.toString()})[1])
                .isEqualTo(Launcher.CAPPED_BODY_BYTES + 1);
        assertThat(Launcher.child(new String[] {"check", "--each", bodies.toString()})).isEqualTo(Launcher.Child.LONG);
        sparse(Files.createDirectories(dir.resolve("one")).resolve("facts.yaml"), Launcher.SHORT_BATCH_BYTES);
        assertThat(Launcher.inputBytes(new String[] {"check", bodies.toString()}, Launcher.SHORT_BATCH_BYTES))
                .isGreaterThan(Launcher.SHORT_BATCH_BYTES);
        assertThat(Launcher.child(new String[] {"check", dir.resolve("one").toString()})).isEqualTo(Launcher.Child.LONG);
    }

    private static void sparse(Path file, long size) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @Test
    void inputBytesSumFilesAndFolders(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.yaml"), new byte[100]);
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.yaml"), new byte[50]);
        Path single = Files.write(dir.resolve("c.yaml"), new byte[7]);
        assertThat(Launcher.inputBytes(new String[] {"check", dir.resolve("sub").toString(), "--format", "json"}))
                .isEqualTo(50);
        assertThat(Launcher.inputBytes(new String[] {"check", dir.toString()})).isEqualTo(157);
        assertThat(Launcher.inputBytes(new String[] {"check", single.toString(), "missing.yaml"})).isEqualTo(7);
    }

    @Test
    void runsHereWhenNotChecking() throws IOException {
        assertThat(Launcher.childCommand(new String[] {"--version"})).isEmpty();
        assertThat(Launcher.childCommand(new String[] {"rules"})).isEmpty();
        // tests run from class folders, not the jar: a check runs here too
        assertThat(Launcher.childCommand(new String[] {"check", "x"})).isEmpty();
    }
}
