package io.github.anjian.cli;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.Engine;
import io.github.anjian.rules.AnjianRules;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the rule pack and builds the engine on a background thread, started before the command line
 * is parsed when the command is {@code check}: the KieBase then builds while picocli sets up and the
 * facts load (cold start, docs/performance.md). Nothing is kept between runs. A plain thread, not the
 * common fork-join pool: setting that up costs a cold run more than the thread itself.
 */
final class EngineStart {

    private static FutureTask<RulePack> pack;
    private static FutureTask<Engine> engine;

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
        FutureTask<RulePack> p = new FutureTask<>(AnjianRules::pack);
        FutureTask<Engine> e = new FutureTask<>(() -> Anjian.engine(join(p)));
        Thread t = new Thread(() -> {
            p.run();
            e.run();
        }, "anjian-engine-start");
        t.setDaemon(true);
        t.start();
        pack = p;
        engine = e;
    }

    /** The pack and the engine being built of this run (started now if nothing was started). */
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
    record Started(RulePack pack, FutureTask<Engine> engine) {
        Engine join() {
            return EngineStart.join(engine);
        }
    }

    static <T> T join(FutureTask<T> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
