package io.github.anjian.cli;

import io.github.anjian.engine.CheckException;
import picocli.CommandLine;

/** The exit codes of SPEC §7 and the exceptions that carry them. */
final class Exit {

    static final int OK = 0;
    static final int VIOLATIONS = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int INTERNAL = 4;

    private Exit() {
    }

    /** The exit code an exception stands for: usage 2, input 3, anything unexpected 4. */
    static int of(Throwable t) {
        if (t instanceof Failure f) {
            return f.code;
        }
        if (t instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (t instanceof CheckException) {
            return INVALID_INPUT;
        }
        return INTERNAL;
    }

    /** A user-facing failure with its exit code and a one-line message. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Failure(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /**
     * What to say when the Java heap ran out: the facts are larger than the heap allows, which more
     * heap fixes, so the message says how much to give instead of printing a stack trace.
     *
     * @param what the body or files being checked, or null
     * @param batch whether the check is one of {@code check --each}'s, where fewer jobs also help
     */
    static String outOfMemory(String what, boolean batch) {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        // twice the heap, in whole gigabytes: a million devices check in 2 GB (docs/performance.md)
        long suggestGb = Math.max(1, (2 * maxMb + 1023) / 1024);
        return "anjian: out of memory" + (what == null ? "" : " checking " + what) + ": the Java heap (at most "
                + maxMb + " MB) is too small for these facts; a full check needs about "
                + String.format(java.util.Locale.ROOT, "%.1f", HeapAdvice.BYTES_PER_DEVICE / 1000.0) + " MB of heap per 1,000 devices. Run again with more heap (e.g. java -Xmx" + suggestGb + "g -jar anjian.jar ...)"
                + (batch ? " or fewer --jobs." : ".");
    }

    static Failure usage(String message) {
        return new Failure(USAGE, message);
    }

    static Failure input(String message) {
        return new Failure(INVALID_INPUT, message);
    }
}
