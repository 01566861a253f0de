package io.github.anjian.facts;

/**
 * A place in a fact file: file name as given, 1-based line and column. Printed {@code file:line:column}.
 *
 * @param file the file as the user named it (or its path relative to the folder given)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    /** A location for something that has no place in a file (e.g. a command-line option). */
    public static SourceLocation none(String what) {
        return new SourceLocation(what, 0, 0);
    }

    @Override
    public int compareTo(SourceLocation o) {
        // file, then line, then column (written out: no comparator lambdas to link on a cold start)
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
