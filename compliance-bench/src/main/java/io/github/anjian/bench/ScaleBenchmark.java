package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.facts.Facts;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A large body (issue "scale"): the warm full-catalog check of a generated body of N devices, facts
 * loaded once. Time per device is the score divided by N; growth is t(10N)/t(N) of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ScaleBenchmark {

    /** Devices of the body. */
    @Param({"1000", "10000", "100000"})
    public int devices;

    Engine engine;
    Facts facts;

    /** Generates, writes and loads the body; builds the engine. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        RulePack pack = AnjianRules.pack();
        engine = Anjian.engine(pack);
        Path file = Files.createTempFile("anjian-scale-", ".yaml");
        try {
            facts = BodyGenerator.load(BodyGenerator.write(file, "scale", devices, 42), pack.catalog());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One full check. */
    @Benchmark
    public Report check() {
        return engine.check(facts, CheckOptions.defaults());
    }
}
