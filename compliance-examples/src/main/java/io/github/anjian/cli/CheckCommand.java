package io.github.anjian.cli;

import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.catalog.RulePack;
import io.github.anjian.catalog.Severity;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Format;
import io.github.anjian.report.RenderContext;
import io.github.anjian.report.Renderer;
import io.github.anjian.report.Renderers;
import io.github.anjian.report.Report;
import io.github.anjian.report.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code check FILE...}: load, validate, evaluate, render; exit 1 when violations reach --fail-on. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Load, validate and check fact files, then write the report.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact files or folders of fact files.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converters.Formats.class,
            description = "text, json, yaml, markdown, html, sarif, junit, oscal, selfreport (the 自查报告 as Markdown) or docx (the same as Word; needs --output or a redirected stdout). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (atomically) instead of stdout.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.Language.class,
            description = "en or zh. Default: en; zh for selfreport and docx.")
    Lang lang;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Evaluation date YYYY-MM-DD; overrides organization.asOf.")
    LocalDate asOf;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = Converters.Sizes.class,
            description = "Largest fact file read, e.g. 700M or 2G (a body of a million devices is about 650 MB in one file). Default: 64M.")
    Long maxFileSize;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when an unwaived FAIL or PARTIAL is at or above: high, medium, low or none. Default: ${DEFAULT-VALUE}.")
    String failOnName;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a parameter (repeatable), e.g. --param avSignatureDays=14.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A fact file of extra waivers (schema + waivers:), merged with the facts' own; a waiver stated twice is an error.")
    Path waivers;

    @Option(names = "--each", description = "Batch: every subfolder or fact file of each FILE (a folder) is one body, "
            + "checked in parallel with one engine; one report per body (JSON Lines with --format json; with --output, "
            + "a folder, one file per body), a summary table on stderr; exit code of the worst body.")
    boolean each;

    @Option(names = "--jobs", paramLabel = "N", description = "Bodies checked at once with --each. Default: the number of processors.")
    Integer jobs;

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "An earlier JSON report: marks each violation new or existing and lists the fixed ones.")
    Path baseline;

    @Option(names = "--fail-on-new",
            description = "With --baseline: --fail-on counts only new violations (and expired waivers).")
    boolean failOnNew;

    @Option(names = "--simulate-internal-error", hidden = true,
            description = "Test hook: fail with an unexpected exception after loading (exit 4).")
    boolean simulateInternalError;

    @Override
    public Integer call() throws IOException {
        Streams io = main.streams();
        Optional<Severity> failOn = Converters.failOn(failOnName);
        boolean selfReport = format == Format.SELFREPORT || format == Format.DOCX;
        Lang language = lang != null ? lang : selfReport ? Lang.ZH : Lang.EN;
        if (!selfReport && Renderers.of(format).isEmpty()) {
            throw Exit.usage("format " + format.id()
                    + " is not available; use text, json, yaml, markdown, html, sarif, junit, oscal, selfreport or docx");
        }
        if (format == Format.DOCX && output == null && System.console() != null) {
            throw Exit.usage("--format docx writes a binary Word file: give --output FILE.docx (or redirect stdout)");
        }
        if (failOnNew && baseline == null) {
            throw Exit.usage("--fail-on-new needs --baseline REPORT.json");
        }
        Optional<io.github.anjian.report.diff.Snapshot> before = baseline == null ? Optional.empty()
                : Optional.of(Baselines.read(baseline));
        List<Path> inputs = new java.util.ArrayList<>(files);
        if (waivers != null) {
            inputs.add(waivers);
        }
        try (Progress progress = new Progress(io.err())) {
            progress.phase("loading");
            // the engine builds on a second core (started before the command line was parsed) while the facts load
            EngineStart.Started started = EngineStart.take();
            RulePack pack = started.pack();
            Map<String, BigDecimal> overrides = parameters(pack);
            if (each) {
                if (baseline != null) {
                    throw Exit.usage("--baseline compares one report; it does not go with --each");
                }
                return each(pack, started, overrides, failOn, io);
            }
            LoadResult loaded = Inputs.load(inputs, pack.catalog(), Optional.ofNullable(asOf), maxFileSize, io.err());
            HeapAdvice.warning(loaded.facts().orElseThrow().devices().map(d -> d.items().size()).orElse(0),
                    Runtime.getRuntime().maxMemory()).ifPresent(io.err()::println);
            if (simulateInternalError) {
                throw new IllegalStateException("simulated internal error (--simulate-internal-error)");
            }
            progress.phase("checking");
            CheckOptions options = new CheckOptions(Optional.ofNullable(asOf), overrides, language, List.of(),
                    Inputs.warnings(loaded));
            Report checked = started.join().check(loaded.facts().orElseThrow(), options);
            Report report = before.map(checked::withBaseline).orElse(checked);
            progress.phase("writing");
            boolean color = output == null && format == Format.TEXT && System.console() != null
                    && System.getenv("NO_COLOR") == null;
            RenderContext context = RenderContext.of(pack.catalog()).withColor(color).withFacts(loaded.facts().orElseThrow());
            Renderer renderer = format == Format.DOCX ? new DocxRenderer(context)
                    : Renderers.of(format, context).orElseThrow();
            write(report, renderer, io);
            return exitCode(report, failOn, io);
        }
    }

    private int each(RulePack pack, EngineStart.Started started, Map<String, BigDecimal> overrides,
                     Optional<Severity> failOn, Streams io) throws IOException {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw Exit.usage("--jobs takes 1 or more, not " + n);
        }
        if (format == Format.SELFREPORT || format == Format.DOCX) {
            throw Exit.usage("--format " + format.id() + " writes one body's self-inspection report; it does not go with --each");
        }
        RenderContext context = RenderContext.of(pack.catalog());
        // a renderer per report: bodies render on several threads
        Batch batch = new Batch(pack, started, format, r -> format == Format.JSON ? Renderers.jsonLine()
                : Renderers.of(format, context).orElseThrow(), Optional.ofNullable(asOf),
                loaded -> new CheckOptions(Optional.ofNullable(asOf), overrides, lang == null ? Lang.EN : lang, List.of(),
                        Inputs.warnings(loaded)),
                failOn, waivers == null ? List.of() : List.of(waivers));
        return batch.run(Batch.bodies(files), n, output, io);
    }

    private void write(Report report, Renderer renderer, Streams io) throws IOException {
        if (output != null) {
            AtomicOutput.write(output, out -> renderer.render(report, out));
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        renderer.render(report, buffer);
        buffer.writeTo(io.out());
        io.out().flush();
    }

    private int exitCode(Report report, Optional<Severity> failOn, Streams io) {
        List<Violation> counted = failOnNew ? report.violations().stream().filter(report::isNew).toList() : report.violations();
        long failing = failOn.map(min -> failing(counted, min)).orElse(0L);
        if (output != null) {
            io.err().println("anjian: wrote " + output + ": grade " + report.rating().grade() + ", score "
                    + report.rating().score() + ", " + report.violations().stream().filter(v -> !v.waived()).count()
                    + " open violations");
        }
        if (failing > 0) {
            io.err().println("anjian: " + failing + (failOnNew ? " new" : "") + " unwaived violation(s) at or above --fail-on "
                    + failOn.get().name().toLowerCase(java.util.Locale.ROOT) + " (exit 1)");
            return Exit.VIOLATIONS;
        }
        return Exit.OK;
    }

    private Map<String, BigDecimal> parameters(RulePack pack) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Map<String, Parameter> known = pack.catalog().parameters();
        for (Map.Entry<String, String> e : params.entrySet()) {
            Parameter p = known.get(e.getKey());
            if (p == null) {
                throw Exit.usage("unknown parameter " + e.getKey()
                        + Ids.didYouMean(e.getKey(), known.keySet()));
            }
            BigDecimal value;
            try {
                value = new BigDecimal(e.getValue().trim());
            } catch (NumberFormatException ex) {
                throw Exit.usage("--param " + e.getKey() + "=" + e.getValue() + ": not a number");
            }
            Optional<String> problem = p.check(value);
            if (problem.isPresent()) {
                throw Exit.usage("--param: " + problem.get());
            }
            out.put(p.name(), value);
        }
        return out;
    }

    /** Violations counted for --fail-on (unwaived FAIL and PARTIAL; never UNKNOWN, SPEC §8.31). */
    static long failing(List<Violation> violations, Severity min) {
        return violations.stream().filter(v -> !v.waived() && v.severity().atLeast(min)).count();
    }
}
