package io.github.anjian.facts;

/** The kind of an information system. Written in fact files in lower case with hyphens (e.g. {@code website}). */
public enum SystemKind {
    WEBSITE,
    OFFICE,
    BUSINESS,
    EMAIL,
    OTHER
}
