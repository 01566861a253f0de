package io.github.anjian.bench;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.facts.Facts;
import io.github.anjian.rules.AnjianRules;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Growth of the warm full-catalog check with the body's size, in one JVM (docs/performance.md §2), for
 * sizes whose single check takes minutes, where JMH's forks and iterations would take hours. Each
 * argument is {@code DEVICESxROUNDS}; the body is written to {@code DIR/body-DEVICES.yaml} unless it
 * exists; the best round of each size is compared with the best of the size before, and the median
 * with the median (the best of three rounds against one round favours the smaller size):
 *
 * <pre>{@code
 * java -Xms20g -Xmx20g -Xmn2g -XX:+UseParallelGC -cp compliance-bench/target/benchmarks.jar io.github.anjian.bench.Growth /tmp 100000x3 1000000x1
 * }</pre>
 */
public final class Growth {

    private Growth() {
    }

    /** The collectors' accumulated time in this JVM. */
    private static long collectionMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** Runs the sizes in order and prints each check's time and the growth between sizes. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        RulePack pack = AnjianRules.pack();
        Engine engine = Anjian.engine(pack);
        long[] best = new long[args.length - 1];
        long[] median = new long[args.length - 1];
        for (int k = 1; k < args.length; k++) {
            String[] spec = args[k].split("x");
            int devices = Integer.parseInt(spec[0]);
            int rounds = Integer.parseInt(spec[1]);
            Path file = dir.resolve("body-" + devices + ".yaml");
            if (!Files.exists(file)) {
                BodyGenerator.write(file, "scale", devices, 42);
            }
            long t0 = System.nanoTime();
            Facts facts = BodyGenerator.load(file, pack.catalog());
            System.out.printf("%d devices: load %d ms%n", devices, (System.nanoTime() - t0) / 1_000_000);
            long[] times = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                // no System.gc() between rounds: a round that starts with an empty young generation would
                // leave the collection of its own garbage to the next round (a 100k round then runs without
                // any collection, 1.0 s instead of 2.5 s), which flatters the smaller size
                long gc0 = collectionMillis();
                long c0 = System.nanoTime();
                int outcomes = engine.check(facts, CheckOptions.defaults()).outcomes().size();
                long t = System.nanoTime() - c0;
                times[i] = t;
                System.out.printf("%d devices: check %d ms, of it GC %d ms (%d outcomes)%n", devices, t / 1_000_000,
                        collectionMillis() - gc0, outcomes);
            }
            java.util.Arrays.sort(times);
            best[k - 1] = times[0];
            median[k - 1] = times[(rounds - 1) / 2];
        }
        for (int k = 1; k < best.length; k++) {
            // the best of several rounds favours the size given more rounds: the medians are printed too
            System.out.printf("growth t(%s)/t(%s) = %.2f (best rounds), %.2f (median rounds)%n", args[k + 1], args[k],
                    (double) best[k] / best[k - 1], (double) median[k] / median[k - 1]);
        }
    }
}
