package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.facts.Facts;
import io.github.anjian.rating.Counts;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
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
 * Engine overhead against the limit: the Drools rules of ten requirements ({@link PlainEvaluator#IDS},
 * the real catalog restricted with {@link RulePack#only}) against the hand-written plain-Java
 * evaluator of the same ten, on the same facts. The ratio drools/plain of one run is the figure.
 * {@code model}: {@code exec} (prebuilt executable model) or {@code drl} (classic DRL compiled at setup).
 * The fork runs with ParallelGC; {@code -jvmArgsAppend "-Xmx2g -XX:+UseG1GC"} gives the JDK's default collector.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// ParallelGC: the check allocates a lot and keeps a large live set; G1 took twice as long (docs/performance.md §3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class OverheadBenchmark {

    /** Devices of the body. */
    @Param({"100000"})
    public int devices;

    /** exec or drl. */
    @Param({"exec"})
    public String model;

    Engine engine;
    Facts facts;
    Map<String, BigDecimal> parameters;
    LocalDate asOf;

    /** Generates and loads the body; builds the subset engine. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        RulePack all = AnjianRules.pack();
        RulePack pack = (model.equals("drl") ? all.withoutPrebuilt() : all).only(PlainEvaluator.IDS);
        engine = Anjian.engine(pack);
        parameters = PlainEvaluator.defaults(all.catalog());
        Path file = Files.createTempFile("anjian-overhead-", ".yaml");
        try {
            facts = BodyGenerator.load(BodyGenerator.write(file, "overhead", devices, 7), all.catalog());
        } finally {
            Files.deleteIfExists(file);
        }
        asOf = facts.asOf().orElseThrow();
    }

    /** The engine: Drools session, completeness, rating and report of the ten requirements. */
    @Benchmark
    public Report drools() {
        return engine.check(facts, CheckOptions.defaults());
    }

    /** The same ten requirements judged in plain Java loops. */
    @Benchmark
    public Map<String, Counts> plain() {
        return PlainEvaluator.evaluate(facts, asOf, parameters);
    }
}
