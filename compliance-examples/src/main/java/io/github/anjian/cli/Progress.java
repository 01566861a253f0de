package io.github.anjian.cli;

import java.io.PrintStream;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Tells on stderr which phase runs, but only once a phase has taken longer than a second; logs each
 * phase's time at debug level ({@code -Dorg.slf4j.simpleLogger.log.io.github.anjian=debug}).
 */
final class Progress implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Progress.class);

    private static final long DELAY_MS = 1000;

    private final PrintStream err;
    private final Timer timer = new Timer("anjian-progress", true);
    private TimerTask pending;
    private String current;
    private long started;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Starts a phase; its name is printed if it is still running after a second. */
    synchronized void phase(String name) {
        logPhase();
        current = name;
        started = System.nanoTime();
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
        logPhase();
        timer.cancel();
    }

    private void logPhase() {
        if (current != null && LOG.isDebugEnabled()) {
            LOG.debug("{} took {} ms (JVM up {} ms)", current, (System.nanoTime() - started) / 1_000_000,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
        current = null;
    }
}
