package io.github.anjian.load;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Limits and context for loading.
 *
 * @param maxFileBytes largest fact file accepted (default 64 MiB)
 * @param maxAliases most YAML aliases accepted in one file (default 50)
 * @param maxDepth deepest nesting accepted (default 50)
 * @param asOf the evaluation date that overrides {@code organization.asOf} for date warnings
 * @param parameterTypes known parameter names and their types ({@code days}, {@code months},
 *        {@code ratio}); empty map: parameter names are not checked here
 */
public record LoadOptions(long maxFileBytes, int maxAliases, int maxDepth, Optional<LocalDate> asOf,
                          Map<String, String> parameterTypes) {

    /** Copies the map. */
    public LoadOptions {
        parameterTypes = Map.copyOf(parameterTypes);
    }

    /** The defaults: 64 MiB, 50 aliases, depth 50, no asOf override, parameters not checked. */
    public static LoadOptions defaults() {
        return new LoadOptions(64L * 1024 * 1024, 50, 50, Optional.empty(), Map.of());
    }

    /** With another file-size limit. */
    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(bytes, maxAliases, maxDepth, asOf, parameterTypes);
    }

    /** With an evaluation date. */
    public LoadOptions withAsOf(LocalDate date) {
        return new LoadOptions(maxFileBytes, maxAliases, maxDepth, Optional.of(date), parameterTypes);
    }

    /** With the parameter names and types a rule pack knows. */
    public LoadOptions withParameterTypes(Map<String, String> types) {
        return new LoadOptions(maxFileBytes, maxAliases, maxDepth, asOf, types);
    }
}
