package io.github.anjian.cli;

import io.github.anjian.catalog.Catalog;
import io.github.anjian.catalog.Parameter;
import io.github.anjian.load.Diagnostic;
import io.github.anjian.load.FactLoader;
import io.github.anjian.load.LoadOptions;
import io.github.anjian.load.LoadResult;
import io.github.anjian.catalog.Requirement;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Loads fact files for a command: the catalog's parameters and ids, the --as-of date; diagnostics to stderr. */
final class Inputs {

    private Inputs() {
    }

    /** Loads the files; prints every diagnostic; fails with exit 3 when any is an error. */
    static LoadResult load(List<Path> files, Catalog catalog, Optional<LocalDate> asOf, PrintStream err) {
        return load(files, catalog, asOf, null, err);
    }

    /** {@link #load(List, Catalog, Optional, PrintStream)} with a file-size limit (null: the loader's default, 64 MiB). */
    static LoadResult load(List<Path> files, Catalog catalog, Optional<LocalDate> asOf, Long maxFileBytes, PrintStream err) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Parameter p : catalog.parameters().values()) {
            types.put(p.name(), p.type().name().toLowerCase(Locale.ROOT));
        }
        LoadOptions options = LoadOptions.defaults().withParameterTypes(types)
                .withRequirementIds(catalog.requirements().stream().map(Requirement::id).collect(Collectors.toSet()));
        if (asOf.isPresent()) {
            options = options.withAsOf(asOf.get());
        }
        if (maxFileBytes != null) {
            options = options.withMaxFileBytes(maxFileBytes);
        }
        LoadResult r = FactLoader.with(options).load(files);
        r.diagnostics().forEach(err::println);
        if (!r.isValid()) {
            int n = r.errors().size();
            throw Exit.input(n + (n == 1 ? " error" : " errors") + " in the fact files; nothing was checked");
        }
        return r;
    }

    /** The loader warnings as report lines. */
    static List<String> warnings(LoadResult r) {
        return r.warnings().stream().map(Diagnostic::toString).toList();
    }
}
