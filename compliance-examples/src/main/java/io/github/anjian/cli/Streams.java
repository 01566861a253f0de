package io.github.anjian.cli;

import java.io.PrintStream;

/** Where results (out) and diagnostics and progress (err) go. */
record Streams(PrintStream out, PrintStream err) {
}
