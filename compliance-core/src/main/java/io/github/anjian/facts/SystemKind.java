package io.github.anjian.facts;

/** The kind of an information system. Written in fact files in lower case with hyphens (e.g. {@code website}). */
public enum SystemKind {
    /** A website (门户网站); a public-facing one is judged by the WEB requirements. */
    WEBSITE,
    /** An office system (办公系统). */
    OFFICE,
    /** A business system (业务系统) for the body's own work. */
    BUSINESS,
    /** An email system. */
    EMAIL,
    /** Any other system. */
    OTHER
}
