package io.github.anjian.load;

import io.github.anjian.facts.SourceLocation;

/**
 * A problem found while loading fact files: never an exception, always a value with a place.
 * Printed {@code file:line:column: error CODE: message (hint)}.
 *
 * <p>Codes are stable; {@code docs/diagnostics.md} says when each is given and where it points.
 * <table>
 * <caption>Diagnostic codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>{@code file-not-found}, {@code not-a-file}, {@code no-fact-files}</td><td>a path is missing, not a regular file, or a folder without {@code *.yaml|*.yml|*.json}</td></tr>
 * <tr><td>{@code file-too-large}</td><td>larger than {@link LoadOptions#maxFileBytes()}, checked before reading</td></tr>
 * <tr><td>{@code not-utf8}, {@code empty-file}</td><td>bad bytes (with byte offset), or no document</td></tr>
 * <tr><td>{@code yaml-syntax}, {@code json-syntax}</td><td>the parser failed</td></tr>
 * <tr><td>{@code yaml-alias-limit}, {@code nesting-too-deep}, {@code yaml-tag}</td><td>resource limits; non-standard tags</td></tr>
 * <tr><td>{@code missing-schema}, {@code wrong-schema}</td><td>{@code schema: anjian/v1} missing or different</td></tr>
 * <tr><td>{@code unknown-key}, {@code duplicate-key}, {@code missing-key}</td><td>keys: not in the model (with a suggestion), repeated, required but missing</td></tr>
 * <tr><td>{@code wrong-type}, {@code null-value}, {@code bad-boolean}, {@code bad-date}, {@code bad-enum}, {@code out-of-range}</td><td>values</td></tr>
 * <tr><td>{@code reserved-id}, {@code duplicate-id}, {@code dangling-reference}, {@code duplicate-section}</td><td>ids, references and sections across the file set</td></tr>
 * <tr><td>{@code contradiction}</td><td>SPEC §8.6 contradictions, naming both keys</td></tr>
 * <tr><td>{@code date-after-asof} (warning)</td><td>a past event dated after {@code asOf}</td></tr>
 * <tr><td>{@code unknown-parameter}, {@code unknown-requirement}</td><td>names not known to the options</td></tr>
 * </table>
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
    public enum Severity {
        /** The facts are not usable. */
        ERROR,
        /** Worth a look, but the facts are still usable (e.g. {@code date-after-asof}). */
        WARNING
    }

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
