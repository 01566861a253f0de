package io.github.anjian.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * A warning before a check whose body looks too large for the Java heap: near its limit the collector
 * can work for minutes before the JVM gives up, so the user hears of it first. The estimate is the
 * measured cost of a full check of generated bodies whose report goes to a temporary file when the heap
 * is short ({@code ReportStorage.AUTO}; docs/performance.md: a million devices with their people,
 * accounts and media check in {@code -Xmx2g}, where the parallel collector reports a largest heap of
 * 1,820 MB), about 1.8 KB per device entry: the facts and the check's working memory.
 */
final class HeapAdvice {

    /** Heap a full check needs per device entry, with the body's other facts in proportion. */
    static final long BYTES_PER_DEVICE = 1_800;
    /** Below this many devices no body comes near a default heap. */
    static final int QUIET_BELOW = 10_000;

    private HeapAdvice() {
    }

    /** The warning for {@code devices} device entries in a JVM whose heap is at most {@code maxHeap} bytes. */
    static Optional<String> warning(int devices, long maxHeap) {
        long need = devices * BYTES_PER_DEVICE;
        if (devices < QUIET_BELOW || need <= maxHeap) {
            return Optional.empty();
        }
        long gb = 1L << 30;
        long suggestGb = Math.max(1, (need + need / 4 + gb - 1) / gb); // a quarter to spare
        return Optional.of(String.format(Locale.ROOT, "anjian: warning: %,d devices may need about %,d MB of heap for a"
                + " full check, more than this JVM's %,d MB; if it runs out of memory, run again with"
                + " java -Xmx%dg -jar anjian.jar ...", devices, need >> 20, maxHeap >> 20, suggestGb));
    }
}
