package io.github.anjian.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads fact files (YAML or JSON, SPEC §2) into one merged {@link io.github.anjian.facts.Facts}.
 * A folder stands for its {@code *.yaml}, {@code *.yml} and {@code *.json} files in name order.
 * User mistakes never throw: they come back as {@link Diagnostic}s in the {@link LoadResult}, all of
 * them, for the whole file set. Thread-safe; one loader may serve many loads.
 *
 * <pre>{@code
 * LoadResult r = FactLoader.defaults().load(List.of(Path.of("facts/")));
 * r.diagnostics().forEach(d -> log.warn("{}", d));
 * Facts facts = r.facts().orElseThrow();
 * }</pre>
 */
public final class FactLoader {

    private final LoadOptions options;

    private FactLoader(LoadOptions options) {
        this.options = options;
    }

    /** A loader with the default limits. */
    public static FactLoader defaults() {
        return new FactLoader(LoadOptions.defaults());
    }

    /** A loader with the given options. */
    public static FactLoader with(LoadOptions options) {
        return new FactLoader(options);
    }

    /** The options in force. */
    public LoadOptions options() {
        return options;
    }

    /** Loads and merges files and folders. */
    public LoadResult load(List<Path> paths) {
        return new io.github.anjian.load.internal.LoadRun(options).load(paths);
    }

    /** Loads one document given as text (for tests and embedding); {@code name} is used in locations. */
    public LoadResult loadText(String name, String content) {
        return new io.github.anjian.load.internal.LoadRun(options).loadText(name, content);
    }
}
