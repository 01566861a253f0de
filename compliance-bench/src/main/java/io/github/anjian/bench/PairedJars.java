package io.github.anjian.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An A/B of two builds in one JVM (docs/performance.md §4): each jar ({@code benchmarks.jar} of a
 * build) is loaded in a class loader of its own, and one thread loads, checks and renders as a JSON
 * line the same generated bodies with build A and build B in turn, a block of bodies each. Both builds
 * then see the same machine speed at almost the same moment, which two separate runs on this shared
 * machine do not (the same code measures 5.4 to 9 ms per body within an hour). Prints per round the CPU
 * time per body of each build, and at the end the geometric mean and the median of the per-block ratios
 * B/A over the later half of the rounds:
 *
 * <pre>{@code
 * java -Xmx3g -XX:+UseParallelGC -cp compliance-bench/target/benchmarks.jar io.github.anjian.bench.PairedJars \
 *     /tmp/base-benchmarks.jar compliance-bench/target/benchmarks.jar /tmp/phases 300 200 16
 * }</pre>
 *
 * The bodies are written to DIR by build A's generator unless they exist. Arguments: JAR_A JAR_B DIR
 * BODIES DEVICES ROUNDS [BLOCK] (bodies per block, default 10); a JAR may also be a class path (paths joined by
 * the platform's path separator).
 */
public final class PairedJars {

    private PairedJars() {
    }

    /** One build: its loader, engine and the calls of a body, found by reflection. */
    private static final class Build {
        final ClassLoader classes;
        final Object loader;
        final Object engine;
        final Object options;
        final Object renderer;
        final Method load;
        final Method facts;
        final Method check;
        final Method render;

        Build(String jar, Path dir, int bodies, int devices) throws Exception {
            ClassLoader cl = new URLClassLoader(urls(jar), ClassLoader.getPlatformClassLoader());
            classes = cl;
            // Drools finds its services through the context class loader: this build's, not the harness's
            Thread.currentThread().setContextClassLoader(cl);
            Class<?> rules = cl.loadClass("io.github.anjian.rules.AnjianRules");
            Object pack = rules.getMethod("pack").invoke(null);
            Class<?> packType = cl.loadClass("io.github.anjian.catalog.RulePack");
            engine = cl.loadClass("io.github.anjian.engine.Anjian").getMethod("engine", packType).invoke(null, pack);
            Object catalog = packType.getMethod("catalog").invoke(pack);
            Class<?> generator = cl.loadClass("io.github.anjian.bench.BodyGenerator");
            Class<?> catalogType = cl.loadClass("io.github.anjian.catalog.Catalog");
            Object loadOptions = generator.getMethod("options", catalogType).invoke(null, catalog);
            Class<?> factLoader = cl.loadClass("io.github.anjian.load.FactLoader");
            loader = factLoader.getMethod("with", cl.loadClass("io.github.anjian.load.LoadOptions")).invoke(null, loadOptions);
            load = factLoader.getMethod("load", List.class);
            facts = cl.loadClass("io.github.anjian.load.LoadResult").getMethod("facts");
            Class<?> engineType = cl.loadClass("io.github.anjian.engine.Engine");
            Class<?> checkOptions = cl.loadClass("io.github.anjian.engine.CheckOptions");
            options = checkOptions.getMethod("defaults").invoke(null);
            check = engineType.getMethod("check", cl.loadClass("io.github.anjian.facts.Facts"), checkOptions);
            renderer = cl.loadClass("io.github.anjian.report.Renderers").getMethod("jsonLine").invoke(null);
            render = cl.loadClass("io.github.anjian.report.Renderer").getMethod("render",
                    cl.loadClass("io.github.anjian.report.Report"), OutputStream.class);
            for (int i = 0; i < bodies; i++) {
                Path f = BatchPhases.bodyFile(dir, i, devices);
                if (!Files.exists(f)) {
                    generator.getMethod("write", Path.class, String.class, int.class, long.class)
                            .invoke(null, f, "body-" + i, devices, (long) i);
                }
            }
        }

        /** Loads, checks and renders one body; the JSON line's length. */
        long body(Path file) throws Exception {
            Thread.currentThread().setContextClassLoader(classes);
            Object result = load.invoke(loader, List.of(file));
            Object f = ((java.util.Optional<?>) facts.invoke(result)).orElseThrow();
            Object report = check.invoke(engine, f, options);
            BatchBenchmark.CountingStream out = new BatchBenchmark.CountingStream();
            render.invoke(renderer, report, out);
            return out.count;
        }
    }

    /** A build's class path: one jar, or paths joined by the platform's path separator. */
    private static URL[] urls(String classPath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String p : classPath.split(File.pathSeparator)) {
            if (!p.isEmpty()) {
                urls.add(Path.of(p).toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    /** Runs the rounds; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        compare(args, System.out);
    }

    /**
     * Runs the rounds and prints them to {@code out}; returns the geometric mean of B/A over the later half.
     * The calling thread's context class loader is restored afterwards.
     */
    static double compare(String[] args, PrintStream out) throws Exception {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return rounds(args, out);
        } finally {
            Thread.currentThread().setContextClassLoader(context);
        }
    }

    private static double rounds(String[] args, PrintStream out) throws Exception {
        Path dir = Path.of(args[2]);
        int bodies = Integer.parseInt(args[3]);
        int devices = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        int block = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        Files.createDirectories(dir);
        Build a = new Build(args[0], dir, bodies, devices);
        Build b = new Build(args[1], dir, bodies, devices);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long cpuA = 0;
            long cpuB = 0;
            List<Double> roundRatios = new ArrayList<>();
            for (int from = 0; from < bodies; from += block) {
                int to = Math.min(bodies, from + block);
                // alternate which build goes first, so neither always follows the other's cache state
                boolean aFirst = (from / block + r) % 2 == 0;
                long first = run(aFirst ? a : b, dir, from, to, devices, mx);
                long second = run(aFirst ? b : a, dir, from, to, devices, mx);
                long ta = aFirst ? first : second;
                long tb = aFirst ? second : first;
                cpuA += ta;
                cpuB += tb;
                roundRatios.add((double) tb / ta);
            }
            out.printf("round %d: cpu per body A %.2f ms, B %.2f ms, B/A %.3f%n", r, cpuA / 1e6 / bodies,
                    cpuB / 1e6 / bodies, (double) cpuB / cpuA);
            if (r >= rounds / 2) {
                ratios.addAll(roundRatios);
            }
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double logSum = 0;
        for (double x : sorted) {
            logSum += Math.log(x);
        }
        double mean = Math.exp(logSum / sorted.length);
        out.printf("later half: %d blocks, B/A geometric mean %.3f, median %.3f, quartiles %.3f-%.3f%n",
                sorted.length, mean, sorted[sorted.length / 2], sorted[sorted.length / 4], sorted[sorted.length * 3 / 4]);
        return mean;
    }

    private static long run(Build build, Path dir, int from, int to, int devices, ThreadMXBean mx) throws Exception {
        long cpu0 = mx.getCurrentThreadCpuTime();
        for (int i = from; i < to; i++) {
            build.body(BatchPhases.bodyFile(dir, i, devices));
        }
        return mx.getCurrentThreadCpuTime() - cpu0;
    }
}
