package io.github.anjian.facts;

import java.util.Comparator;

/**
 * A place in a fact file: file name as given, 1-based line and column. Printed {@code file:line:column}.
 *
 * @param file the file as the user named it (or its path relative to the folder given)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    /** A location for something that has no place in a file (e.g. a command-line option). */
    public static SourceLocation none(String what) {
        return new SourceLocation(what, 0, 0);
    }

    @Override
    public int compareTo(SourceLocation o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
