package io.github.anjian.bench;

import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.engine.ReportStorage;
import io.github.anjian.facts.Facts;
import io.github.anjian.report.Format;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures one full-catalog check of a generated body in a fixed heap, for docs/performance.md
 * ("1M devices check completes with -Xmx2g"): {@code DEVICES FILE STORAGE [REPORT.json]} writes the
 * body to FILE unless it exists (seed 42), loads it with the file-size limit lifted, checks it with the
 * given {@link ReportStorage} ({@code AUTO}, {@code HEAP}, {@code TEMPORARY_FILE}), writes the JSON
 * report (to REPORT.json, else to nowhere) and prints the phases' times, the heap pools' peak, the
 * collectors' time and the heap used after a full collection with the report still held.
 *
 * <pre>java -Xmx2g -XX:+UseParallelGC -cp compliance-bench/target/benchmarks.jar io.github.anjian.bench.CheckMemory 1000000 /tmp/body-1000000.yaml AUTO /tmp/r.json</pre>
 */
public final class CheckMemory {

    private CheckMemory() {
    }

    /** Entry point: {@code DEVICES FILE STORAGE [REPORT.json]}. */
    @SuppressWarnings("java:S106")
    public static void main(String[] args) throws Exception {
        int devices = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        ReportStorage storage = ReportStorage.valueOf(args[2].toUpperCase(Locale.ROOT));
        if (!Files.exists(file)) {
            BodyGenerator.write(file, "mem", devices, 42);
        }
        Engine engine = Anjian.engine(AnjianRules.pack());
        resetPeaks();
        long t0 = System.nanoTime();
        Facts facts = BodyGenerator.load(file, engine.pack().catalog());
        long t1 = System.nanoTime();
        long loadPeak = peak();
        resetPeaks();
        long gc0 = gcMillis();
        Report report = engine.check(facts, CheckOptions.defaults().reportStorage(storage));
        long t2 = System.nanoTime();
        long gc1 = gcMillis();
        try (OutputStream out = args.length > 3 ? new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])), 1 << 16)
                : OutputStream.nullOutputStream()) {
            Renderers.of(Format.JSON).orElseThrow().render(report, out);
        }
        long t3 = System.nanoTime();
        long checkPeak = peak();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "devices %,d, outcomes %,d, violations %,d, storage %s (%s): load %,d ms (peak %,d MB),"
                        + " check %,d ms (GC %,d ms), JSON %,d ms; heap peak during check and JSON %,d MB, used after GC with the"
                        + " report %,d MB, max heap %,d MB; score %s%n",
                facts.devices().get().size(), report.outcomes().size(), report.violations().size(), storage,
                report.outcomes().getClass().getSimpleName(), (t1 - t0) / 1_000_000, loadPeak >> 20,
                (t2 - t1) / 1_000_000, gc1 - gc0, (t3 - t2) / 1_000_000, checkPeak >> 20, retained >> 20,
                Runtime.getRuntime().maxMemory() >> 20, report.rating().score());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at once. */
    private static long peak() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += g.getCollectionTime();
        }
        return ms;
    }
}
