package io.github.anjian.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anjian.rating.Counts;
import io.github.anjian.report.Report;
import io.github.anjian.report.RequirementResult;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark once at its smallest size (the CI smoke test; full runs are documented in
 * docs/performance.md), and checks that the plain-Java evaluator and the engine agree.
 */
class BenchmarksSmokeTest {

    @Test
    void generator_is_deterministic() {
        assertThat(BodyGenerator.yaml(50, 3)).isEqualTo(BodyGenerator.yaml(50, 3)).isNotEqualTo(BodyGenerator.yaml(50, 4));
    }

    @Test
    void growth_runs_once_at_two_small_sizes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Growth.main(new String[] {dir.toString(), "100x1", "200x1"});
        assertThat(dir.resolve("body-100.yaml")).isRegularFile();
        assertThat(dir.resolve("body-200.yaml")).isRegularFile();
    }

    @Test
    void batch_phases_run_once(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        BatchPhases.main(new String[] {dir.toString(), "2", "20", "1"});
        assertThat(dir.resolve("body-00000-20.yaml")).isRegularFile();
        assertThat(dir.resolve("body-00001-20.yaml")).isRegularFile();
    }

    @Test
    void paired_jars_compare_two_builds_in_their_own_class_loaders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String classPath = System.getProperty("java.class.path");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        double ratio = PairedJars.compare(new String[] {classPath, classPath, dir.toString(), "2", "20", "2", "1"},
                new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ratio).isPositive().isFinite();
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("round 0: cpu per body A ", "round 1: ", "later half: 2 blocks, B/A geometric mean");
        assertThat(dir.resolve("body-00001-20.yaml")).isRegularFile();
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(context);
    }

    @Test
    void scale_runs_once() throws Exception {
        ScaleBenchmark b = new ScaleBenchmark();
        b.devices = 1000;
        b.setUp();
        Report r = b.check();
        assertThat(r.requirements()).hasSizeGreaterThan(50);
        assertThat(r.violations()).isNotEmpty();
    }

    @Test
    void overhead_runs_once_and_plain_java_agrees_with_the_engine() throws Exception {
        for (String model : new String[] {"exec", "drl"}) {
            OverheadBenchmark b = new OverheadBenchmark();
            b.devices = 1000;
            b.model = model;
            b.setUp();
            Report r = b.drools();
            Map<String, Counts> drools = new TreeMap<>();
            for (RequirementResult q : r.requirements()) {
                drools.put(q.id(), q.subjects());
            }
            assertThat(drools.keySet()).as(model).containsExactlyInAnyOrderElementsOf(PlainEvaluator.IDS);
            assertThat(b.plain()).as(model).isEqualTo(drools);
        }
    }

    @Test
    void variant_drivers_run_once() throws Exception {
        OverheadVariants.main(new String[] {"100", "1", "0", "default=", "counted=anjian.firedRules=true"});
        DroolsOnlyVariants.main(new String[] {"100", "1", "0"});
    }

    @Test
    void batch_runs_once() throws Exception {
        BatchBenchmark b = new BatchBenchmark();
        b.bodies = 4;
        b.devices = 50;
        b.threads = 2;
        b.render = true;
        b.setUp();
        try {
            assertThat(b.batch()).isPositive();
        } finally {
            b.tearDown();
        }
    }
}
