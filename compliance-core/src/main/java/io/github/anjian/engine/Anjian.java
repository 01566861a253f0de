package io.github.anjian.engine;

import io.github.anjian.catalog.RulePack;

/**
 * The entry point for applications: build an engine once per rule pack, then check any number of
 * fact sets with it, from any number of threads.
 *
 * <pre>{@code
 * Engine engine = Anjian.engine(AnjianRules.pack());
 * LoadResult loaded = FactLoader.defaults().load(List.of(Path.of("facts")));
 * Report report = engine.check(loaded.facts().orElseThrow(), CheckOptions.defaults());
 * }</pre>
 */
public final class Anjian {

    private Anjian() {
    }

    /**
     * Compiles the rule pack into an engine.
     *
     * @throws RulePackException when a rule does not compile or names no catalog requirement
     */
    public static Engine engine(RulePack pack) {
        return new Engine(pack);
    }
}
