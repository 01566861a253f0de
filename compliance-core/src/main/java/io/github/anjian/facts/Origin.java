package io.github.anjian.facts;

import java.util.Objects;

/**
 * Where a list item or the organization came from: its field path in the merged facts (e.g.
 * {@code devices[d-7]}, {@code contractors[c1].staff[0]}) and its location in a fact file.
 *
 * <p>Compact: a loaded item keeps its list's path and its key (both shared with other objects) and
 * its place as numbers; {@link #path()} and {@link #location()} are made when asked for. Equality,
 * hash code and text are those of the pair (path, location). Immutable.
 */
public final class Origin {

    private final String parent;
    private final String key;
    private final String file;
    private final int line;
    private final int column;

    /**
     * An origin.
     *
     * @param path the item's path; field paths of missing facts extend it ({@code devices[d-7].antivirus})
     * @param location where the item starts in its file
     */
    public Origin(String path, SourceLocation location) {
        this(Objects.requireNonNull(path, "path"), null, location.file(), location.line(), location.column());
    }

    private Origin(String parent, String key, String file, int line, int column) {
        this.parent = parent;
        this.key = key;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * The origin of the list item {@code list[key]} at {@code file:line:column}; the path is made only
     * when asked for (the loader's compact form, for millions of items).
     */
    public static Origin ofItem(String list, String key, String file, int line, int column) {
        return new Origin(Objects.requireNonNull(list, "list"), Objects.requireNonNull(key, "key"), file, line,
                column);
    }

    /** The item's path; field paths of missing facts extend it ({@code devices[d-7].antivirus}). */
    public String path() {
        return key == null ? parent : parent + "[" + key + "]";
    }

    /** True when both have the same {@link #path()} (compared without making it). */
    public boolean samePath(Origin other) {
        if (key != null && other.key != null) {
            return key.equals(other.key) && parent.equals(other.parent);
        }
        if (key == null && other.key == null) {
            return parent.equals(other.parent);
        }
        return path().equals(other.path());
    }

    /** Where the item starts in its file. */
    public SourceLocation location() {
        return new SourceLocation(file, line, column);
    }

    /** The path of a field of this item: {@code path + "." + field}. */
    public String field(String field) {
        if (key == null) {
            return parent + "." + field;
        }
        // one string, not the item's path and then the field's: rules ask for field paths millions of times
        return new StringBuilder(parent.length() + key.length() + field.length() + 3)
                .append(parent).append('[').append(key).append("].").append(field).toString();
    }

    /** An origin for facts built in code rather than loaded from a file. */
    public static Origin synthetic(String path) {
        return new Origin(path, SourceLocation.none("(in code)"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && line == other.line && column == other.column
                && Objects.equals(file, other.file) && path().equals(other.path());
    }

    @Override
    public int hashCode() {
        return 31 * path().hashCode() + location().hashCode();
    }

    @Override
    public String toString() {
        return "Origin[path=" + path() + ", location=" + location() + "]";
    }
}
