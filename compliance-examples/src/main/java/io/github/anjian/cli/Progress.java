package io.github.anjian.cli;

import java.io.PrintStream;
import java.util.Timer;
import java.util.TimerTask;

/** Tells on stderr which phase runs, but only once a phase has taken longer than a second. */
final class Progress implements AutoCloseable {

    private static final long DELAY_MS = 1000;

    private final PrintStream err;
    private final Timer timer = new Timer("anjian-progress", true);
    private TimerTask pending;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Starts a phase; its name is printed if it is still running after a second. */
    synchronized void phase(String name) {
        if (pending != null) {
            pending.cancel();
        }
        pending = new TimerTask() {
            @Override
            public void run() {
                err.println("anjian: " + name + "…");
            }
        };
        timer.schedule(pending, DELAY_MS);
    }

    @Override
    public synchronized void close() {
        timer.cancel();
    }
}
