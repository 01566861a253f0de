package io.github.anjian.load;

import io.github.anjian.facts.Facts;

import java.util.List;
import java.util.Optional;

/**
 * What loading fact files gave: the merged facts when there was no error, and every diagnostic of
 * the whole file set, sorted by place.
 *
 * @param facts the merged facts, empty when any error was found
 * @param diagnostics all errors and warnings
 */
public record LoadResult(Optional<Facts> facts, List<Diagnostic> diagnostics) {

    /** Copies the diagnostics. */
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the facts loaded without error (warnings allowed). */
    public boolean isValid() {
        return facts.isPresent();
    }

    /** The errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The warnings only. */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
