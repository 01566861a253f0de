package io.github.anjian.bench;

import io.github.anjian.facts.Facts;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.LoadResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures one load of a generated body for docs/performance.md: {@code DEVICES [FILE]} writes the
 * body (unless FILE exists), loads it once with the file-size limit lifted, and prints the load time,
 * the heap the loaded facts retain after a full GC and the pools' peak usage. Run it with a fixed
 * {@code -Xmx} (bisection: the smallest heap in which the load succeeds is the load's peak).
 */
public final class LoadMemory {

    private LoadMemory() {
    }

    /** Entry point: {@code DEVICES [FILE]}. */
    @SuppressWarnings("java:S106")
    public static void main(String[] args) throws Exception {
        int devices = Integer.parseInt(args[0]);
        Path file = Path.of(args.length > 1 ? args[1] : "/tmp/anjian-body-" + devices + ".yaml");
        if (!Files.exists(file)) {
            BodyGenerator.write(file, "mem", devices, 42);
        }
        LoadOptions options = LoadOptions.defaults().withMaxFileBytes(Long.MAX_VALUE);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        LoadResult r = FactLoader.with(options).load(List.of(file));
        long t1 = System.nanoTime();
        if (!r.isValid()) {
            throw new IllegalStateException("does not load: " + r.errors().subList(0, Math.min(5, r.errors().size())));
        }
        Facts facts = r.facts().orElseThrow();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.gc();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("devices %d, file %d MB: load %d ms, retained after GC %d MB, pool peaks %d MB, max heap %d MB%n",
                facts.devices().get().size(), Files.size(file) >> 20, (t1 - t0) / 1_000_000, retained >> 20,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
