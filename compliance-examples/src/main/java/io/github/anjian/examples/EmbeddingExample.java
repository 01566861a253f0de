package io.github.anjian.examples;

import io.github.anjian.catalog.Lang;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import io.github.anjian.rules.AnjianRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an application embeds Anjian: build the engine once (the expensive part), then check any
 * number of fact sets with it, from any thread.
 *
 * <pre>{@code
 * EmbeddingExample anjian = new EmbeddingExample();
 * Report report = anjian.check(Path.of("facts/bureau-a"), LocalDate.of(2025, 12, 31));
 * System.out.println(report.rating().grade() + " " + report.rating().score());
 * }</pre>
 */
public final class EmbeddingExample {

    private final Engine engine = Anjian.engine(AnjianRules.pack());
    private final FactLoader loader = FactLoader.defaults();

    /**
     * Loads one body's fact files and checks them at a date.
     *
     * @throws IllegalArgumentException when the facts do not load; the message lists every error with its place
     */
    public Report check(Path facts, LocalDate asOf) {
        LoadResult loaded = loader.load(List.of(facts));
        if (!loaded.isValid()) {
            throw new IllegalArgumentException(loaded.errors().stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("\n")));
        }
        CheckOptions options = CheckOptions.defaults().asOf(asOf).lang(Lang.EN)
                .warnings(loaded.warnings().stream().map(Diagnostic::toString).toList());
        return engine.check(loaded.facts().orElseThrow(), options);
    }

    /** Checks each folder given and prints one line per body. */
    public static void main(String[] args) {
        EmbeddingExample anjian = new EmbeddingExample();
        for (String folder : args) {
            Report r = anjian.check(Path.of(folder), LocalDate.now());
            System.out.println(r.organizationId() + ": " + r.rating().grade() + ", score " + r.rating().score()
                    + ", " + r.violations().size() + " violations");
        }
    }
}
