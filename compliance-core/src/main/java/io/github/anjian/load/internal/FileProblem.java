package io.github.anjian.load.internal;

import io.github.anjian.load.Diagnostic;

/** A file that could not be turned into a node tree, with the diagnostic that says why. */
final class FileProblem extends Exception {
    private final transient Diagnostic diagnostic;

    FileProblem(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
