package io.github.anjian.facts;

/**
 * Where a list item or the organization came from: its field path in the merged facts (e.g.
 * {@code devices[d-7]}, {@code contractors[c1].staff[0]}) and its location in a fact file.
 *
 * @param path the item's path; field paths of missing facts extend it ({@code devices[d-7].antivirus})
 * @param location where the item starts in its file
 */
public record Origin(String path, SourceLocation location) {

    /** The path of a field of this item: {@code path + "." + field}. */
    public String field(String field) {
        return path + "." + field;
    }

    /** An origin for facts built in code rather than loaded from a file. */
    public static Origin synthetic(String path) {
        return new Origin(path, SourceLocation.none("(in code)"));
    }
}
