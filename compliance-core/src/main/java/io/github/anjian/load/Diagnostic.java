package io.github.anjian.load;

import io.github.anjian.facts.SourceLocation;

/**
 * A problem found while loading fact files: never an exception, always a value with a place.
 * Printed {@code file:line:column: error CODE: message (hint)}.
 *
 * @param severity error (the facts are not usable) or warning
 * @param code a stable code, e.g. {@code unknown-key}, {@code bad-date}, {@code dangling-reference}
 * @param message what is wrong, naming the key or value
 * @param location where in which file
 * @param hint what to do about it (may be empty)
 */
public record Diagnostic(Severity severity, String code, String message, SourceLocation location, String hint)
        implements Comparable<Diagnostic> {

    /** How bad a diagnostic is. */
    public enum Severity { ERROR, WARNING }

    /** An error. */
    public static Diagnostic error(String code, String message, SourceLocation location, String hint) {
        return new Diagnostic(Severity.ERROR, code, message, location, hint == null ? "" : hint);
    }

    /** A warning. */
    public static Diagnostic warning(String code, String message, SourceLocation location, String hint) {
        return new Diagnostic(Severity.WARNING, code, message, location, hint == null ? "" : hint);
    }

    /** True for an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Orders by file, line, column, then code. */
    @Override
    public int compareTo(Diagnostic o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase() + " " + code + ": " + message
                + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
