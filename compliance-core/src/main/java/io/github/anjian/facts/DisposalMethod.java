package io.github.anjian.facts;

/** How a device or medium was disposed of; {@code none} means it was not sanitized. Written in fact files in lower case with hyphens (e.g. {@code degaussed}). */
public enum DisposalMethod {
    /** Physically destroyed; the only method accepted for a classified device or medium. */
    DESTROYED,
    /** Erased by degaussing. */
    DEGAUSSED,
    /** Erased by overwriting the data. */
    WIPED,
    /** Not sanitized. */
    NONE
}
