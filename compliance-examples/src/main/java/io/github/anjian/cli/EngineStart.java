package io.github.anjian.cli;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.Engine;
import io.github.anjian.rules.AnjianRules;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the rule pack and builds the engine on a background thread, started before the command line
 * is parsed when the command is {@code check}: the KieBase then builds while picocli sets up and the
 * facts load (cold start, docs/performance.md). Nothing is kept between runs.
 */
final class EngineStart {

    private static CompletableFuture<RulePack> pack;
    private static CompletableFuture<Engine> engine;

    private EngineStart() {
    }

    /** Starts reading and building if {@code args} name the check command. */
    static synchronized void beginIfCheck(String[] args) {
        for (String a : args) {
            if (a.equals("check")) {
                begin();
                return;
            }
            if (!a.startsWith("-")) {
                return;
            }
        }
    }

    private static void begin() {
        pack = CompletableFuture.supplyAsync(AnjianRules::pack);
        engine = pack.thenApplyAsync(Anjian::engine);
    }

    /** The pack and the engine future of this run (started now if nothing was started). */
    static synchronized Started take() {
        if (pack == null) {
            begin();
        }
        Started s = new Started(join(pack), engine);
        pack = null;
        engine = null;
        return s;
    }

    /** The rule pack and the engine being built from it. */
    record Started(RulePack pack, CompletableFuture<Engine> engine) {
        Engine join() {
            return EngineStart.join(engine);
        }
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
