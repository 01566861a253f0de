package io.github.anjian.test;

import io.github.anjian.engine.CheckOptions;
import io.github.anjian.engine.Engine;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadResult;
import io.github.anjian.report.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads and checks fact files in one call for tests: an {@link AssertionError} listing the diagnostics
 * with their places when the files do not load. Immutable; {@link #asOf} and {@link #options} give new ones.
 *
 * <pre>{@code
 * Report report = Checker.of(engine).asOf(LocalDate.of(2025, 12, 31)).check(Path.of("facts"));
 * }</pre>
 */
public final class Checker {

    private final Engine engine;
    private final CheckOptions options;

    private Checker(Engine engine, CheckOptions options) {
        this.engine = engine;
        this.options = options;
    }

    /** A checker with default options (the facts' own {@code asOf}). */
    public static Checker of(Engine engine) {
        return new Checker(engine, CheckOptions.defaults());
    }

    /** The same checker at another evaluation date. */
    public Checker asOf(LocalDate date) {
        return new Checker(engine, options.asOf(date));
    }

    /** The same checker with other options. */
    public Checker options(CheckOptions other) {
        return new Checker(engine, other);
    }

    /** The engine. */
    public Engine engine() {
        return engine;
    }

    /**
     * Loads the files or folders as one fact set and checks it.
     *
     * @throws AssertionError when they do not load
     */
    public Report check(Path... files) {
        return engine.check(load(files), options);
    }

    /**
     * Loads one fact text (YAML or JSON, by the name's extension) and checks it.
     *
     * @throws AssertionError when it does not load
     */
    public Report checkText(String name, String content) {
        return engine.check(facts(FactLoader.defaults().loadText(name, content), name), options);
    }

    static io.github.anjian.facts.Facts load(Path... files) {
        return facts(FactLoader.defaults().load(List.of(files)), List.of(files).toString());
    }

    static io.github.anjian.facts.Facts facts(LoadResult loaded, String what) {
        if (!loaded.errors().isEmpty() || loaded.facts().isEmpty()) {
            throw new AssertionError("The fact files " + what + " do not load:\n"
                    + loaded.errors().stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
        }
        return loaded.facts().get();
    }
}
