package io.github.anjian.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runner jar's entry point. Most commands run in this JVM ({@link Main}). {@code check} runs in a
 * child JVM tuned for start-up when the build left a class-data archive next to the jar
 * ({@code anjian.jsa}: the classes a check loads, parsed and verified once at build time, see
 * docs/performance.md): a cold check spends most of its time loading and verifying classes and in
 * the JIT compilers, which a JVM's flags control and a jar's manifest cannot set. For small inputs the
 * child also uses the client compiler only and the serial collector ({@link Child#SMALL}); a batch
 * ({@code --each}) of small bodies gets the parallel (throughput) collector with a capped young
 * generation, and up to {@link #SHORT_BATCH_BYTES} of facts the client compiler only
 * ({@link Child#SHORT_BATCH}, {@link Child#LONG_BATCH}); large inputs keep the default compilers and
 * sizing, which pay off on long runs ({@link Child#LONG}).
 *
 * <p>The child gets the same arguments, standard streams and JVM options (read from
 * {@code /proc/self/cmdline}); its exit code is this process's. {@code ANJIAN_FORK=0} (or
 * {@code -Danjian.fork=false}) runs everything in this JVM, as do platforms without {@code /proc}.
 * Only the standard library is used here, so the parent JVM stays small.
 */
public final class Launcher {

    /** The class-data archive the build writes next to the runner jar. */
    static final String ARCHIVE = "anjian.jsa";
    /** Inputs up to this many bytes count as small: start-up dominates their check. */
    static final long SMALL_INPUT_BYTES = 2L << 20;
    /**
     * Batches up to this many bytes of facts (about 2,900 bodies of 200 devices) run with the client
     * compiler only: on two cores the optimizing compiler's warm-up takes one of them for most of such a
     * run; 3,000 such bodies still took 22.9 s with it against 25.8 s without (docs/performance.md §4).
     */
    static final long SHORT_BATCH_BYTES = 384L << 20;
    /**
     * Batches whose bodies have at most this many bytes of facts each get {@link #MAX_NEW_SIZE} (the
     * default largest fact file): a body far larger needs the collector's own sizing.
     */
    static final long CAPPED_BODY_BYTES = 64L << 20;

    /** The young generation's cap for a batch of small bodies (each body's facts die young). */
    static final String MAX_NEW_SIZE = "-XX:MaxNewSize=256m";
    /**
     * Heaps from this size get {@link #MAX_NEW_SIZE}: the collector's own young generation is a third of the
     * heap at most, so a smaller heap's is below the cap anyway (and the JVM warns about a cap above the heap).
     */
    static final long CAPPED_HEAP_BYTES = 768L << 20;

    /** How the child JVM is tuned. */
    enum Child {
        /** A small input: start-up dominates; client compiler, serial collector. */
        SMALL(true, false),
        /**
         * A batch of small bodies whose run is shorter than the optimizing compiler's warm-up: client
         * compiler, parallel collector, young generation capped.
         */
        SHORT_BATCH(true, true),
        /** A longer batch of small bodies: default compilers, parallel collector, young generation capped. */
        LONG_BATCH(false, true),
        /** A large input, or a batch with a large body: default compilers, parallel collector. */
        LONG(false, false);

        /** Whether the child uses the client compiler only. */
        final boolean clientCompiler;
        /** Whether the child checks a batch of small bodies (and its young generation may be capped). */
        final boolean smallBodies;

        Child(boolean clientCompiler, boolean smallBodies) {
            this.clientCompiler = clientCompiler;
            this.smallBodies = smallBodies;
        }
    }
    private static final String FORKED = "anjian.forked";

    private Launcher() {
    }

    /** Runs the command line, in a tuned child JVM where that is faster. */
    public static void main(String[] args) {
        Optional<List<String>> child = Optional.empty();
        try {
            child = childCommand(args);
        } catch (RuntimeException | IOException e) {
            // cannot plan a child (unusual platform or file system): run here
        }
        if (child.isEmpty()) {
            Main.main(args);
            return;
        }
        System.exit(run(child.get()));
    }

    private static int run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println("anjian: cannot start " + command.get(0) + " (" + e.getMessage()
                    + "); set ANJIAN_FORK=0 to run in one JVM");
            return Exit.INTERNAL;
        }
        Process child = p;
        // no lambdas in this class: the first one costs a cold JVM tens of milliseconds
        Thread stop = new Thread("anjian-stop-child") {
            @Override
            public void run() {
                child.destroy();
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return code;
            } catch (InterruptedException e) {
                child.destroy();
            } catch (IllegalStateException shuttingDown) {
                return Exit.INTERNAL;
            }
        }
    }

    /** The child JVM's command line, or empty when this command runs here. */
    static Optional<List<String>> childCommand(String[] args) throws IOException {
        if (System.getProperty(FORKED) != null || "false".equals(System.getProperty("anjian.fork"))
                || "0".equals(System.getenv("ANJIAN_FORK")) || !"check".equals(command(args))) {
            return Optional.empty();
        }
        Path jar = jar();
        if (jar == null) {
            return Optional.empty();
        }
        Path archive = jar.resolveSibling(ARCHIVE);
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isRegularFile(archive) || !Files.isReadable(cmdline)) {
            return Optional.empty();
        }
        Optional<List<String>> jvmOptions = jvmOptions(Files.readAllBytes(cmdline));
        if (jvmOptions.isEmpty()) {
            return Optional.empty();
        }
        // the child gets the parent's options, so the parent's largest heap is the child's too
        return Optional.of(command(Path.of(System.getProperty("java.home"), "bin", "java").toString(), jar, archive,
                jvmOptions.get(), child(args), Runtime.getRuntime().maxMemory(), args));
    }

    /** How the child of this command line is tuned, from the size of its inputs. */
    static Child child(String[] args) {
        if (List.of(args).contains("--each")) {
            long[] sizes = batchBytes(args);
            if (sizes[1] > CAPPED_BODY_BYTES) {
                return Child.LONG;
            }
            return sizes[0] <= SHORT_BATCH_BYTES ? Child.SHORT_BATCH : Child.LONG_BATCH;
        }
        return inputBytes(args) <= SMALL_INPUT_BYTES ? Child.SMALL : Child.LONG;
    }

    /**
     * The child's command: java, start-up options, the parent's own options (they win), the jar, the args;
     * {@code maxHeapBytes} is the child's largest heap (the parent's, whose options it gets).
     */
    static List<String> command(String java, Path jar, Path archive, List<String> parentOptions, Child kind,
                                long maxHeapBytes, String[] args) {
        boolean small = kind == Child.SMALL;
        List<String> c = new ArrayList<>();
        c.add(java);
        c.add("-XX:SharedArchiveFile=" + archive);
        c.add("-Xshare:auto");
        // an archive of another JDK or jar is ignored; say nothing about it
        c.add("-Xlog:cds=off");
        c.add("-Xlog:cds+dynamic=off");
        boolean gcChosen = false;
        boolean youngChosen = false;
        for (String o : parentOptions) {
            gcChosen |= o.startsWith("-XX:+Use") && o.endsWith("GC");
            youngChosen |= o.startsWith("-Xmn") || o.startsWith("-XX:NewSize=") || o.startsWith("-XX:MaxNewSize=")
                    || o.startsWith("-XX:NewRatio=");
        }
        if (kind.clientCompiler) {
            c.add("-XX:TieredStopAtLevel=1");
        }
        if (!gcChosen) {
            // small: the least start-up work; large and --each: the throughput collector, which halved
            // the time of a check that allocates as much as ours (docs/performance.md §3)
            c.add(small ? "-XX:+UseSerialGC" : "-XX:+UseParallelGC");
            if (!small) {
                // give up (exit 4 with advice) once full collections recover less than a tenth of the heap,
                // not 2%: a body slightly too large for the heap otherwise crawls for minutes before failing
                c.add("-XX:GCHeapFreeLimit=10");
                // a batch of small bodies: the collector's sizing grows the young generation towards 2 GB
                // within seconds, and on a virtual machine each new page costs a fault when first touched
                // (1,000 bodies spent a fifth of their time faulting); capped, the old generation still grows
                // as it must. Not for large bodies: a 1,000,000-device body with a capped young generation
                // ran out of a 6 GB heap that sufficed without the cap (docs/performance.md §4)
                if (kind.smallBodies && !youngChosen && maxHeapBytes >= CAPPED_HEAP_BYTES) {
                    c.add(MAX_NEW_SIZE);
                }
            }
        }
        c.addAll(parentOptions);
        c.add("-D" + FORKED + "=true");
        c.add("-jar");
        c.add(jar.toString());
        c.addAll(List.of(args));
        return c;
    }

    /** The first argument that is not an option: the command. */
    static String command(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    /**
     * The JVM options of this process's command line ({@code /proc/self/cmdline}: NUL-separated, the
     * java executable first): what comes before {@code -jar}; empty when it was not started with
     * {@code -jar} or the line cannot be read.
     */
    static Optional<List<String>> jvmOptions(byte[] cmdline) {
        String[] parts = new String(cmdline, StandardCharsets.UTF_8).split("\0");
        List<String> options = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("-jar")) {
                return Optional.of(options);
            }
            if (!parts[i].startsWith("-") || parts[i].equals("-cp") || parts[i].equals("-classpath")
                    || parts[i].startsWith("--class-path") || parts[i].startsWith("@")) {
                // a main class, a class path or an argument file: not a plain -jar start
                return Optional.empty();
            }
            options.add(parts[i]);
        }
        return Optional.empty();
    }

    /** Bytes of the fact files the arguments name (folders summed over their files), counted up to just past {@link #SMALL_INPUT_BYTES}. */
    static long inputBytes(String[] args) {
        return inputBytes(args, SMALL_INPUT_BYTES);
    }

    /** Bytes of the fact files the arguments name, counted until they exceed {@code limit}. */
    static long inputBytes(String[] args, long limit) {
        long total = 0;
        for (String a : args) {
            if (a.startsWith("-") || a.isEmpty()) {
                continue;
            }
            Path p;
            try {
                p = Path.of(a);
            } catch (RuntimeException notAPath) {
                continue;
            }
            try {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                } else if (Files.isDirectory(p)) {
                    total += folderBytes(p, 4, limit - total);
                }
            } catch (IOException | RuntimeException unreadable) {
                // the check itself reports unreadable inputs
            }
            if (total > limit) {
                return total;
            }
        }
        return total;
    }

    /**
     * A batch's bytes of facts ({@code check --each DIR...}): the total, and the largest body's (each file
     * or subfolder of a DIR is one body; a file argument is one body). Every body is sized, each up to just
     * past {@link #CAPPED_BODY_BYTES}; sizing stops at the first larger one.
     */
    static long[] batchBytes(String[] args) {
        long total = 0;
        long largest = 0;
        for (String a : args) {
            if (a.startsWith("-") || a.isEmpty()) {
                continue;
            }
            try {
                Path p = Path.of(a);
                if (Files.isRegularFile(p)) {
                    long size = Files.size(p);
                    total += size;
                    largest = Math.max(largest, size);
                } else if (Files.isDirectory(p)) {
                    try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
                        for (Path body : s) {
                            long size = Files.isRegularFile(body) ? Files.size(body)
                                    : Files.isDirectory(body) ? folderBytes(body, 3, CAPPED_BODY_BYTES) : 0;
                            total += size;
                            largest = Math.max(largest, size);
                            if (largest > CAPPED_BODY_BYTES) {
                                return new long[] {total, largest};
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // the check itself reports unreadable inputs (and names that are not paths)
            }
            if (largest > CAPPED_BODY_BYTES) {
                break;
            }
        }
        return new long[] {total, largest};
    }

    private static long folderBytes(Path dir, int depth, long limit) throws IOException {
        long total = 0;
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                } else if (depth > 1 && Files.isDirectory(p)) {
                    total += folderBytes(p, depth - 1, limit - total);
                }
                if (total > limit) {
                    return total;
                }
            }
        }
        return total;
    }

    /** The runner jar this class was loaded from, or null when it runs from a class folder. */
    private static Path jar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
