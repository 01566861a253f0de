package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.rules.AnjianRules;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A province's batch: one engine loads (from YAML) and checks {@code bodies} generated bodies of
 * {@code devices} devices each on {@code threads} threads and renders each report as a JSON line, as
 * {@code check --each --format json} does (without writing it anywhere). One
 * operation is the whole batch; bodies per second = bodies / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class BatchBenchmark {

    /** Bodies in the batch. */
    @Param({"1000"})
    public int bodies;

    /** Devices per body. */
    @Param({"200"})
    public int devices;

    /** Threads. */
    @Param({"2"})
    public int threads;

    /** Whether each report is also rendered as a JSON line (as {@code check --each --format json} does). */
    @Param({"true"})
    public boolean render;

    Engine engine;
    RulePack pack;
    Path dir;
    List<Path> files;
    ExecutorService pool;

    /** Writes the bodies; builds the engine. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pack = AnjianRules.pack();
        engine = Anjian.engine(pack);
        dir = Files.createTempDirectory("anjian-batch-");
        files = new ArrayList<>();
        for (int i = 0; i < bodies; i++) {
            files.add(BodyGenerator.write(dir.resolve(String.format("body-%05d.yaml", i)), "body-" + i, devices, i));
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Deletes the bodies. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdownNow();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Counts the bytes written and keeps none: the rendering is measured, not the disk. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Loads, checks and (with {@code render}) renders every body; returns violations plus bytes rendered. */
    @Benchmark
    public long batch() throws Exception {
        FactLoader loader = FactLoader.with(BodyGenerator.options(pack.catalog()));
        List<Future<Long>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> {
                LoadResult r = loader.load(List.of(f));
                Report report = engine.check(r.facts().orElseThrow(), CheckOptions.defaults());
                long violations = report.violations().size();
                if (!render) {
                    return violations;
                }
                CountingStream out = new CountingStream();
                Renderers.jsonLine().render(report, out);
                return violations + out.count;
            }));
        }
        long total = 0;
        for (Future<Long> f : futures) {
            total += f.get();
        }
        return total;
    }
}
