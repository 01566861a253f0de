package io.github.anjian.bench;

import com.sun.management.ThreadMXBean;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a batch body's time goes (docs/performance.md §4): one thread loads, checks and renders as a
 * JSON line each of {@code BODIES} generated bodies of {@code DEVICES} devices, {@code ROUNDS} times,
 * and prints per round the wall and CPU time per body, the time of each phase and the bytes allocated
 * per body (from {@link ThreadMXBean}, which does not depend on the machine's load). The bodies are
 * written to {@code DIR} unless they exist. The later rounds are the warm figures:
 *
 * <pre>{@code
 * java -Xmx2g -XX:+UseParallelGC -cp compliance-bench/target/benchmarks.jar io.github.anjian.bench.BatchPhases /tmp/phases 300 200 12
 * }</pre>
 */
public final class BatchPhases {

    private BatchPhases() {
    }

    /** The file of body {@code i} of {@code devices} devices in {@code dir}; {@link PairedJars} shares the folder. */
    static Path bodyFile(Path dir, int i, int devices) {
        return dir.resolve(String.format("body-%05d-%d.yaml", i, devices));
    }

    /** Runs the rounds; arguments: DIR BODIES DEVICES ROUNDS. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int bodies = Integer.parseInt(args[1]);
        int devices = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        RulePack pack = AnjianRules.pack();
        Engine engine = Anjian.engine(pack);
        FactLoader loader = FactLoader.with(BodyGenerator.options(pack.catalog()));
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < bodies; i++) {
            Path f = bodyFile(dir, i, devices);
            if (!Files.exists(f)) {
                BodyGenerator.write(f, "body-" + i, devices, i);
            }
            files.add(f);
        }
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long alloc0 = mx.getCurrentThreadAllocatedBytes();
            long wall0 = System.nanoTime();
            long load = 0;
            long check = 0;
            long render = 0;
            long bytes = 0;
            for (Path f : files) {
                long t0 = System.nanoTime();
                Facts facts = loader.load(List.of(f)).facts().orElseThrow();
                long t1 = System.nanoTime();
                Report report = engine.check(facts, CheckOptions.defaults());
                long t2 = System.nanoTime();
                BatchBenchmark.CountingStream out = new BatchBenchmark.CountingStream();
                Renderers.jsonLine().render(report, out);
                long t3 = System.nanoTime();
                load += t1 - t0;
                check += t2 - t1;
                render += t3 - t2;
                bytes += out.count;
            }
            double n = bodies;
            System.out.printf("round %d: per body wall %.2f ms, cpu %.2f ms; load %.2f, check %.2f, render %.2f ms;"
                            + " allocated %.2f MB; JSON line %.0f KB%n", r,
                    (System.nanoTime() - wall0) / 1e6 / n, (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / n,
                    load / 1e6 / n, check / 1e6 / n, render / 1e6 / n,
                    (mx.getCurrentThreadAllocatedBytes() - alloc0) / 1e6 / n, bytes / 1e3 / n);
        }
    }
}
