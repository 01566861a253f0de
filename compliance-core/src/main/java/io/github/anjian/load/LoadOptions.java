package io.github.anjian.load;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Limits and context for loading.
 *
 * @param maxFileBytes largest fact file accepted (default 64 MiB)
 * @param maxAliases most YAML aliases accepted in one file (default 50)
 * @param maxDepth deepest nesting accepted (default 50)
 * @param asOf the evaluation date that overrides {@code organization.asOf} for date warnings
 * @param parameterTypes known parameter names and their types ({@code days}, {@code months},
 *        {@code ratio}); empty map: parameter names are not checked here
 * @param requirementIds known requirement IDs (SPEC §3) for {@code findings.requirement} and waiver
 *        {@code requirement}; empty set: not checked here
 */
public record LoadOptions(long maxFileBytes, int maxAliases, int maxDepth, Optional<LocalDate> asOf,
                          Map<String, String> parameterTypes, Set<String> requirementIds) {

    /** Copies the map and set. */
    public LoadOptions {
        parameterTypes = Map.copyOf(parameterTypes);
        requirementIds = Set.copyOf(requirementIds);
    }

    /** Options without requirement IDs (not checked). */
    public LoadOptions(long maxFileBytes, int maxAliases, int maxDepth, Optional<LocalDate> asOf,
                       Map<String, String> parameterTypes) {
        this(maxFileBytes, maxAliases, maxDepth, asOf, parameterTypes, Set.of());
    }

    /** The defaults: 64 MiB, 50 aliases, depth 50, no asOf override, parameters and requirements not checked. */
    public static LoadOptions defaults() {
        return new LoadOptions(64L * 1024 * 1024, 50, 50, Optional.empty(), Map.of(), Set.of());
    }

    /** With another file-size limit. */
    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(bytes, maxAliases, maxDepth, asOf, parameterTypes, requirementIds);
    }

    /** With another alias limit. */
    public LoadOptions withMaxAliases(int aliases) {
        return new LoadOptions(maxFileBytes, aliases, maxDepth, asOf, parameterTypes, requirementIds);
    }

    /** With another nesting limit. */
    public LoadOptions withMaxDepth(int depth) {
        return new LoadOptions(maxFileBytes, maxAliases, depth, asOf, parameterTypes, requirementIds);
    }

    /** With an evaluation date. */
    public LoadOptions withAsOf(LocalDate date) {
        return new LoadOptions(maxFileBytes, maxAliases, maxDepth, Optional.of(date), parameterTypes, requirementIds);
    }

    /** With the parameter names and types a rule pack knows. */
    public LoadOptions withParameterTypes(Map<String, String> types) {
        return new LoadOptions(maxFileBytes, maxAliases, maxDepth, asOf, types, requirementIds);
    }

    /** With the requirement IDs a rule pack knows. */
    public LoadOptions withRequirementIds(Set<String> ids) {
        return new LoadOptions(maxFileBytes, maxAliases, maxDepth, asOf, parameterTypes, ids);
    }
}
