package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on the seed bureau (issue "engine"): a warm check of the seed facts, and building an
 * engine from the rule pack. {@link Build} builds no engine in its set-up, so a single shot in a fresh
 * fork is the cold build: {@code -f 5 -wi 0 -i 1 -bm ss SeedBenchmark.Build}. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SeedBenchmark {

    /** The seed example, relative to the repository root (override with -Danjian.seed=PATH). */
    static final Path SEED = Path.of(System.getProperty("anjian.seed", "compliance-examples/examples/seed-bureau"));

    RulePack pack;
    Engine engine;
    Facts facts;
    CheckOptions options;

    /** Loads the pack and the seed facts; builds one engine. */
    @Setup(Level.Trial)
    public void setUp() {
        pack = AnjianRules.pack();
        engine = Anjian.engine(pack);
        facts = FactLoader.defaults().load(List.of(SEED)).facts().orElseThrow();
        options = CheckOptions.defaults().asOf(LocalDate.of(2025, 12, 31));
    }

    /** One warm check of the seed bureau. */
    @Benchmark
    public Report checkSeed() {
        return engine.check(facts, options);
    }

    /** Building an engine from a loaded rule pack; the set-up builds none, so the first build is cold. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public static class Build {
        RulePack pack;

        /** Reads the rule pack only. */
        @Setup(Level.Trial)
        public void setUp() {
            pack = AnjianRules.pack();
        }

        /** Builds an engine (the KieBase from the prebuilt executable model). */
        @Benchmark
        public Engine buildEngine() {
            return Anjian.engine(pack);
        }
    }
}
