package io.github.anjian.facts;

/** A fact item that knows its path and location in the fact files. */
public interface Located {
    /** Where the item came from. */
    Origin origin();
}
