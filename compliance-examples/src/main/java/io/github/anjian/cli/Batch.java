package io.github.anjian.cli;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.CheckException;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Format;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code check --each DIR...} (SPEC §7): every subfolder or fact file of each DIR is one body, checked
 * with one engine on {@code jobs} threads. Reports come out in body-path order whatever the
 * parallelism; a body that fails does not stop the others; the exit code is the worst body's.
 */
final class Batch {

    /** One body's result: its exit code, its rendered report (null when it has none), its summary row. */
    private record Result(Path body, int code, byte[] report, String diagnostics, String grade, String score,
                          long violations, String status) {

        /** The summary row only: a batch keeps one per body, not the reports it has written. */
        Result row() {
            return new Result(body, code, null, "", grade, score, violations, status);
        }
    }

    private final RulePack pack;
    private final EngineStart.Started engine;
    private final Function<Report, Renderer> renderer;
    private final Format format;
    private final Optional<LocalDate> asOf;
    private final Function<LoadResult, CheckOptions> options;
    private final Optional<Severity> failOn;
    private final List<Path> extra;

    Batch(RulePack pack, EngineStart.Started engine, Format format, Function<Report, Renderer> renderer,
          Optional<LocalDate> asOf, Function<LoadResult, CheckOptions> options, Optional<Severity> failOn,
          List<Path> extra) {
        this.extra = List.copyOf(extra);
        this.pack = pack;
        this.engine = engine;
        this.format = format;
        this.renderer = renderer;
        this.asOf = asOf;
        this.options = options;
        this.failOn = failOn;
    }

    /** The bodies of the folders: subfolders and fact files, sorted by path. */
    static List<Path> bodies(List<Path> dirs) {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                throw Exit.usage("--each takes folders of bodies; " + d + " is not a folder");
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> Files.isDirectory(p) || isFactFile(p))
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean isFactFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    /** Checks every body and writes reports and the summary; returns the worst exit code. */
    int run(List<Path> bodies, int jobs, Path outputDir, Streams io) throws IOException {
        if (outputDir != null && !Files.isDirectory(outputDir)) {
            throw Exit.usage("--output with --each names a folder; " + outputDir + " is not one");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "anjian-each");
            t.setDaemon(true);
            return t;
        });
        List<Result> results = new ArrayList<>();
        int worst = Exit.OK;
        try {
            // a window of bodies in flight: reports are written in body order as they complete, and no
            // more than a few wait in memory however slow the output or large the batch
            int window = Math.max(1, jobs) * 4;
            java.util.ArrayDeque<Future<Result>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < bodies.size() || !inFlight.isEmpty()) {
                while (next < bodies.size() && inFlight.size() < window) {
                    Path b = bodies.get(next++);
                    inFlight.add(pool.submit(() -> check(b)));
                }
                Result r = join(inFlight.poll());
                results.add(r.row());
                worst = worse(worst, r.code());
                io.err().print(r.diagnostics());
                if (r.report() != null) {
                    write(r, outputDir, io);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        io.out().flush();
        summary(results, io.err());
        return worst;
    }

    private Result check(Path body) {
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(diag, true, StandardCharsets.UTF_8);
        try {
            List<Path> in = new ArrayList<>();
            in.add(body);
            in.addAll(extra);
            LoadResult loaded = Inputs.load(in, pack.catalog(), asOf, err);
            Report report = engine.join().check(loaded.facts().orElseThrow(), options.apply(loaded));
            byte[] rendered = renderer.apply(report).bytes(report);
            long open = report.violations().stream().filter(v -> !v.waived()).count();
            long failing = failOn.map(min -> CheckCommand.failing(report.violations(), min)).orElse(0L);
            int code = failing > 0 ? Exit.VIOLATIONS : Exit.OK;
            return new Result(body, code, rendered, text(diag), report.rating().grade().name(),
                    report.rating().score().toPlainString(), open, code == Exit.OK ? "ok" : "violations");
        } catch (OutOfMemoryError e) {
            // this body's facts and report are unreachable now: the other bodies still run
            err.println(Exit.outOfMemory(body.toString(), true));
            return new Result(body, Exit.INTERNAL, null, text(diag), "-", "-", 0, "out of memory");
        } catch (RuntimeException | IOException e) {
            int code = Exit.of(e);
            err.println("anjian: " + body + ": " + (code == Exit.INTERNAL ? "internal error: " + e : e.getMessage()));
            return new Result(body, code, null, text(diag), "-", "-", 0,
                    code == Exit.INTERNAL ? "internal error" : "invalid input");
        }
    }

    private static String text(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8);
    }

    private void write(Result r, Path outputDir, Streams io) throws IOException {
        if (outputDir == null) {
            io.out().write(r.report());
            return;
        }
        String name = r.body().getFileName().toString().replaceFirst("\\.(?i)ya?ml$", "");
        Path target = outputDir.resolve(name + "." + extension(format));
        AtomicOutput.write(target, out -> out.write(r.report()));
    }

    static String extension(Format f) {
        return switch (f) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
            default -> f.id();
        };
    }

    private static void summary(List<Result> results, PrintStream err) {
        int width = "body".length();
        for (Result r : results) {
            width = Math.max(width, r.body().toString().length());
        }
        String row = "%-" + width + "s  %-9s  %6s  %10s  %s%n";
        err.printf(row, "body", "grade", "score", "violations", "status");
        for (Result r : results) {
            err.printf(row, r.body(), r.grade(), r.score(), r.violations(), r.status());
        }
        long bad = results.stream().filter(r -> r.code() >= Exit.INVALID_INPUT).count();
        err.println("anjian: checked " + results.size() + " bodies" + (bad > 0 ? ", " + bad + " not checked" : ""));
    }

    /** SPEC §8.31: internal error 4 beats invalid input 3 beats violations 1 beats 0. */
    static int worse(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case Exit.INTERNAL -> 4;
            case Exit.INVALID_INPUT -> 3;
            case Exit.VIOLATIONS -> 1;
            case Exit.OK -> 0;
            default -> 2;
        };
    }

    private static Result join(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
