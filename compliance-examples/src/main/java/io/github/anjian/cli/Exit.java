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

    static Failure usage(String message) {
        return new Failure(USAGE, message);
    }

    static Failure input(String message) {
        return new Failure(INVALID_INPUT, message);
    }
}
